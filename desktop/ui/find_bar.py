"""The find bar (Ctrl+F): a query for both articles, the match count, previous and next."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop.review.changes import Changes
from desktop.review.workspace import SIDES, Workspace
from desktop.ui import bindings


class FindBar(QWidget):
    """Hidden until Ctrl+F. Typing searches; Enter and Shift+Enter step; Esc closes. It only
    says what the user wants: the window runs the find operations and hands back the state."""

    searched = Signal(str)
    stepped = Signal(int)
    closed = Signal()

    def __init__(self, tables: bindings.Tables, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("find-bar")
        row = QHBoxLayout(self)
        row.setContentsMargins(6, 2, 6, 2)
        row.addWidget(QLabel("Find:"))
        self.field = QLineEdit()
        self.field.setObjectName("find-field")
        self.field.setPlaceholderText("a word or phrase in either article")
        self.field.setClearButtonEnabled(True)
        self.field.setAccessibleName("Find in both articles")
        row.addWidget(self.field, 1)
        self.count = QLabel()
        self.count.setObjectName("find-count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        row.addWidget(self.count)
        normal = tables.get("normal", {})
        for glyph, step, command in (("↑", -1, "previous-match"), ("↓", 1, "next-match")):
            button = QToolButton()
            button.setText(glyph)
            keys = ", ".join(bindings.keys_for(command, normal))
            button.setToolTip(("Previous match" if step < 0 else "Next match") + f" ({keys})")
            button.clicked.connect(lambda _c=False, s=step: self.stepped.emit(s))
            row.addWidget(button)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip("Close (Esc)")
        close.clicked.connect(self.close_bar)
        row.addWidget(close)
        self.field.textEdited.connect(self.searched.emit)
        self.hide()

    def open(self) -> None:
        self.show()
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()
        if self.field.text():
            self.searched.emit(self.field.text())

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            self.stepped.emit(-1 if shift else 1)
        elif event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        else:
            super().keyPressEvent(event)

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if changes.find:
            self.count.setText(ws.found.describe())


class MatchesView:
    """The panes mark every match of the search and the current one more strongly."""

    def __init__(self, panes: dict):
        self.panes = panes

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if not (changes.find or changes.articles):
            return
        current = ws.found.current
        for side in SIDES:
            by_sentence: dict[int, list[tuple[int, int]]] = {}
            for match in ws.found.matches:
                if match.side == side:
                    by_sentence.setdefault(match.sentence, []).append((match.start, match.end))
            spot = (current.start, current.end) if current and current.side == side else None
            self.panes[side].set_matches(by_sentence, spot)
        if current is not None and ws.item_at(current.side, current.sentence) is None:
            # Boilerplate is no item, so nothing scrolled to it: the pane does.
            pane = self.panes[current.side]
            top = pane.doc_top(current.sentence)
            pane.scroll_to_doc_y(top - pane.viewport().height() // 3)
