"""The `?` overlay: every shortcut of every mode's key table with its command's help text."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import bindings
from desktop.ui.commands import GROUPS, MODES, NORMAL, REGISTRY

COLUMN = 420  # px a column of keys and help texts needs at least
KEYS_WIDTH = 190  # px for the keys, the spacing beside them included; the help text wraps


def rows(table: bindings.Table) -> list[tuple[str, str]]:
    """(keys, help) per bound command, in the table's order; generated, never hand-written."""
    return [
        (" / ".join(bindings.keys_for(n, table)), REGISTRY[n].help)
        for n in bindings.commands_of(table)
    ]


def sections(tables: bindings.Tables | None = None) -> list[tuple[str, str, list]]:
    """(mode title, heading, rows): the normal mode's keys by command group, in menu order,
    then each other mode's keys under its title."""
    tables = bindings.DEFAULT if tables is None else tables
    out = []
    for mode, title in MODES.items():
        table = tables.get(mode)
        if not table:
            continue
        if mode != NORMAL:
            out.append((title, "", rows(table)))
            continue
        by_group: dict[str, list[str]] = {}
        for name in bindings.commands_of(table):
            by_group.setdefault(REGISTRY[name].group, []).append(name)
        groups = sorted(
            by_group,
            key=lambda g: min(_menu_place(n) for n in by_group[g]),
        )
        for group in groups:
            sub = {key: name for key, name in table.items() if name in by_group[group]}
            out.append((title, group, rows(sub)))
    return out


def _menu_place(name: str) -> int:
    """Where a command's group comes in the menus (desktop/ui/commands' GROUPS)."""
    order = [module.__name__ for module in GROUPS]
    module = REGISTRY[name].func.__module__
    return order.index(module) if module in order else len(order)


def bold(text: str, italic: bool = False, scale: float = 1.0) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setBold(True)
    font.setItalic(italic)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


class ShortcutOverlay(QWidget):
    """Dims the window and lists the shortcuts in as many columns as fit, scrolling when
    the window is short; any key or click closes it, and that key does nothing else."""

    def __init__(self, parent: QWidget, tables: bindings.Tables | None = None):
        super().__init__(parent)
        self.setObjectName("shortcut-overlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.sections = sections(tables)
        self.entries: list[tuple[str, str]] = [r for _m, _h, part in self.sections for r in part]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 18, 24, 18)
        self.card = QFrame(self)
        self.card.setObjectName("shortcut-card")
        self.card.setAutoFillBackground(True)
        self.card.setFrameShape(QFrame.Shape.StyledPanel)
        inside = QVBoxLayout(self.card)
        inside.setContentsMargins(18, 12, 18, 10)
        inside.addWidget(bold("Keyboard shortcuts", scale=1.3))
        self.scroll = QScrollArea()
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        inside.addWidget(self.scroll, 1)
        hint = QLabel("Press any key or click to close")
        hint.setEnabled(False)
        inside.addWidget(hint, 0, Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(self.card)
        self.columns = (0, 0)
        self.hide()

    def _fill(self, columns: int, help_width: int) -> None:
        """Lay the sections out in `columns` columns of about equal length."""
        content = QWidget()
        row = QHBoxLayout(content)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(28)
        total = sum(len(part) + 2 for _m, _h, part in self.sections)
        grids: list[QGridLayout] = []
        used, shown_mode = 0, ""
        for mode, heading, part in self.sections:
            if not grids or (used >= total / columns * len(grids) and len(grids) < columns):
                grid = QGridLayout()
                grid.setHorizontalSpacing(16)
                grid.setVerticalSpacing(3)
                row.addLayout(grid)
                grids.append(grid)
            grid = grids[-1]
            if mode != shown_mode:
                grid.addWidget(bold(mode, scale=1.1), grid.rowCount(), 0, 1, 2)
                shown_mode = mode
            if heading:
                grid.addWidget(bold(heading, italic=True), grid.rowCount(), 0, 1, 2)
            for keys, help_text in part:
                line = grid.rowCount()
                key_label = bold(keys)
                key_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                text = QLabel(help_text)
                text.setTextFormat(Qt.TextFormat.PlainText)
                text.setWordWrap(True)
                text.setFixedWidth(help_width)
                grid.addWidget(key_label, line, 0)
                grid.addWidget(text, line, 1)
            used += len(part) + 2
        for grid in grids:
            grid.setRowStretch(grid.rowCount(), 1)
        row.addStretch(1)
        self.scroll.setWidget(content)
        self.columns = (columns, help_width)

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        room = self.width() - 100  # margins and the scroll bar
        columns = max(1, min(4, room // COLUMN))
        help_width = min(room // columns - KEYS_WIDTH, 420)
        if (columns, help_width) != self.columns:
            self._fill(columns, help_width)
        self.raise_()
        self.show()
        self.setFocus()

    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), QColor(0, 0, 0, 120))

    def event(self, event) -> bool:
        # The key that closes the overlay is claimed before the window's shortcuts see it, so
        # pressing J to close does not also go to the next item.
        if event.type() == QEvent.Type.ShortcutOverride:
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        self.hide()
        event.accept()

    def mousePressEvent(self, event) -> None:
        self.hide()
        event.accept()
