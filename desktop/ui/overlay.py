"""The `?` overlay: every shortcut in the bindings table with its command's help text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop.ui import bindings
from desktop.ui.commands import REGISTRY


def rows(table: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(keys, help) per bound command, in the table's order; generated, never hand-written."""
    table = bindings.DEFAULT if table is None else table
    seen: list[str] = []
    for name in table.values():
        if name not in seen:
            seen.append(name)
    return [(" / ".join(bindings.keys_for(n, table)), REGISTRY[n].help) for n in seen]


class ShortcutOverlay(QWidget):
    """Dims the window and lists the shortcuts; any key or click closes it."""

    def __init__(self, parent: QWidget, table: dict[str, str] | None = None):
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
        title = QLabel("Keyboard shortcuts")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        title.setFont(font)
        grid.addWidget(title, 0, 0, 1, 2)
        self.entries = rows(table)
        for row, (keys, help_text) in enumerate(self.entries, start=1):
            key_label = QLabel(keys)
            key_label.setTextFormat(Qt.TextFormat.PlainText)
            bold = key_label.font()
            bold.setBold(True)
            key_label.setFont(bold)
            key_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text = QLabel(help_text)
            text.setTextFormat(Qt.TextFormat.PlainText)
            grid.addWidget(key_label, row, 0)
            grid.addWidget(text, row, 1)
        hint = QLabel("Press any key or click to close")
        hint.setEnabled(False)
        grid.addWidget(hint, len(self.entries) + 1, 0, 1, 2, Qt.AlignmentFlag.AlignCenter)
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
