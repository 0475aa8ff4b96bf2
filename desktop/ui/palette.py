"""Ctrl+K: every command by name with its key; type to filter, Enter runs the chosen one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.ui import bindings
from desktop.ui.commands import MODES, NORMAL, REGISTRY


def entries(tables: bindings.Tables | None = None) -> list[tuple[str, str, str]]:
    """(name, help, keys) for every registered command, sorted by name; a command of another
    mode than the normal one says which (its keys work only there)."""
    tables = bindings.DEFAULT if tables is None else tables
    out = []
    for name, cmd in sorted(REGISTRY.items()):
        keys = ", ".join(bindings.keys_for(name, tables.get(cmd.mode, {})))
        help_text = cmd.help if cmd.mode == NORMAL else f"{cmd.help} ({MODES[cmd.mode].lower()})"
        out.append((name, help_text, keys))
    return out


class CommandPalette(QDialog):
    commandChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None, tables: bindings.Tables | None = None):
        super().__init__(parent)
        self.setObjectName("command-palette")
        self.setWindowTitle("Commands")
        self.setModal(False)
        self.resize(560, 380)
        layout = QVBoxLayout(self)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Type to filter commands…")
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget()
        self.list.setObjectName("commands")
        # Long entries wrap instead of scrolling sideways.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        self._entries = entries(tables)
        self.filter.textChanged.connect(self.apply_filter)
        self.filter.returnPressed.connect(self.run_selected)
        self.list.itemActivated.connect(lambda _item: self.run_selected())
        self.filter.installEventFilter(self)
        self.apply_filter("")

    def apply_filter(self, text: str) -> None:
        """Show commands containing every typed word, in the order of their help texts; those
        whose name matches come first."""
        words = text.lower().replace("-", " ").split()
        shown = []
        for name, help_text, keys in self._entries:
            spaced = name.replace("-", " ")
            haystack = f"{spaced} {help_text} {keys}".lower()
            if all(w in haystack for w in words):
                rank = not all(w in spaced for w in words)
                shown.append((rank, help_text.casefold(), name, help_text, keys))
        self.list.clear()
        for _rank, _order, name, help_text, keys in sorted(shown):
            # What it does, as a reader says it, then its keys; the internal name only in
            # the tooltip (typing it still finds the command).
            item = QListWidgetItem(help_text + (f"  —  {keys}" if keys else ""))
            item.setToolTip(name)
            item.setData(Qt.ItemDataRole.UserRole, name)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def visible_names(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.list.count())]

    def eventFilter(self, watched, event) -> bool:
        # Up/Down in the filter box move through the list, as in every command palette.
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = self.list.currentRow() + step
            if 0 <= row < self.list.count():
                self.list.setCurrentRow(row)
            return True
        return super().eventFilter(watched, event)

    def run_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.accept()
        self.commandChosen.emit(item.data(Qt.ItemDataRole.UserRole))
