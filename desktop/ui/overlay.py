"""The `?` overlay: every shortcut of every mode's key table with its command's help text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui import bindings
from desktop.ui.commands import MODES, REGISTRY
from desktop.ui.i18n import tr, translated


def rows(table: bindings.Table) -> list[tuple[str, str]]:
    """(keys, help) per bound command, in the table's order; generated, never hand-written."""
    return [
        (" / ".join(bindings.keys_for(n, table)), translated(REGISTRY[n].help))
        for n in bindings.commands_of(table)
    ]


def sections(tables: bindings.Tables | None = None) -> list[tuple[str, list[tuple[str, str]]]]:
    """(mode title, rows) for each mode, in the order of desktop/ui/commands' MODES."""
    tables = bindings.DEFAULT if tables is None else tables
    return [
        (translated(title), rows(tables[mode])) for mode, title in MODES.items() if tables.get(mode)
    ]


class ShortcutOverlay(QWidget):
    """Dims the window and lists the shortcuts; any key or click closes it."""

    def __init__(self, parent: QWidget, tables: bindings.Tables | None = None):
        super().__init__(parent)
        self.setObjectName("shortcut-overlay")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setAlignment(Qt.AlignmentFlag.AlignCenter)
        card = QFrame(self)
        card.setObjectName("shortcut-card")
        card.setAutoFillBackground(True)
        card.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(card)
        grid.setContentsMargins(22, 18, 22, 18)
        grid.setHorizontalSpacing(24)
        title = QLabel(tr("Keyboard shortcuts"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        grid.addWidget(title, 0, 0, 1, 4)
        self.entries: list[tuple[str, str]] = []
        # One column pair per mode, so the whole table fits on the window.
        for column, (mode_title, entries) in enumerate(sections(tables)):
            heading = QLabel(mode_title)
            strong = heading.font()
            strong.setBold(True)
            strong.setItalic(True)
            heading.setFont(strong)
            grid.addWidget(heading, 1, 2 * column, 1, 2, Qt.AlignmentFlag.AlignLeft)
            self.entries += entries
            for row, (keys, help_text) in enumerate(entries, start=2):
                key_label = QLabel(keys)
                key_label.setTextFormat(Qt.TextFormat.PlainText)
                bold = key_label.font()
                bold.setBold(True)
                key_label.setFont(bold)
                key_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                text = QLabel(help_text)
                text.setTextFormat(Qt.TextFormat.PlainText)
                grid.addWidget(key_label, row, 2 * column)
                grid.addWidget(text, row, 2 * column + 1)
        hint = QLabel(tr("Press any key or click to close"))
        hint.setEnabled(False)
        grid.addWidget(hint, grid.rowCount(), 0, 1, 4, Qt.AlignmentFlag.AlignCenter)
        outer.addWidget(card)
        self.hide()

    def open(self) -> None:
        self.setGeometry(self.parentWidget().rect())
        self.raise_()
        self.show()
        self.setFocus()

    def paintEvent(self, event) -> None:
        QPainter(self).fillRect(self.rect(), QColor(0, 0, 0, 120))

    def keyPressEvent(self, event) -> None:
        self.hide()
        event.accept()

    def mousePressEvent(self, event) -> None:
        self.hide()
        event.accept()
