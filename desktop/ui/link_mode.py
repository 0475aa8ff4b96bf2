"""Linking by hand: the chosen left sentences, a right sentence picked with J/K, Enter links."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.ui.changes import Changes

NEXT_KEYS = {Qt.Key.Key_J, Qt.Key.Key_Down}
PREVIOUS_KEYS = {Qt.Key.Key_K, Qt.Key.Key_Up}
CONFIRM_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}


class LinkMode(QLabel):
    """A status-bar prompt that holds the keyboard while linking; the window's shortcuts are
    switched off meanwhile so J, K, Enter and Esc reach it. Shift+J / Shift+K widen or narrow
    the right side to several sentences (an n:m link)."""

    def __init__(self, window, on_link: Callable[[tuple[int, ...], tuple[int, ...]], None]):
        super().__init__()
        self.main = window
        self.on_link = on_link
        self.setObjectName("link-mode")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.left: tuple[int, ...] = ()
        self.candidate = 0
        self.extra = 0  # further right sentences after the candidate
        self._disabled: list = []
        self.hide()

    @property
    def active(self) -> bool:
        return bool(self.left)

    @property
    def picked(self) -> tuple[int, ...]:
        return tuple(range(self.candidate, self.candidate + self.extra + 1))

    def start(self, left: tuple[int, ...], candidate: int) -> None:
        self.left = tuple(left)
        count = len(self.main.articles["right"].sentences)
        self.candidate = max(0, min(count - 1, candidate))
        self.extra = 0
        self._disabled = [a for a in self.main.actions_by_name.values() if a.isEnabled()]
        # Clicks pick sentences too; the panes must not take the keyboard away meanwhile.
        for pane in self.main.panes.values():
            pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.main.panes["left"].sentenceClicked.connect(self._clicked_left)
        self.main.panes["right"].sentenceClicked.connect(self._clicked_right)
        for action in self._disabled:
            action.setEnabled(False)
        # A temporary status message would hide the prompt.
        self.main.statusBar().clearMessage()
        self.main.statusBar().addWidget(self, 1)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show()

    def finish(self) -> None:
        for action in self._disabled:
            action.setEnabled(True)
        for pane in self.main.panes.values():
            pane.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.main.panes["left"].sentenceClicked.disconnect(self._clicked_left)
        self.main.panes["right"].sentenceClicked.disconnect(self._clicked_right)
        self._disabled = []
        self.left = ()
        self.main.statusBar().removeWidget(self)
        self.hide()
        self.main.panes[self.main.active_side].setFocus()
        self.main.apply(Changes(selection=True))

    def _show(self) -> None:
        names = _numbers(self.left)
        self.setText(
            f"Linking left {names} to right {_numbers(self.picked)}: "
            "J / K choose · Shift+J / Shift+K more or fewer · Enter links · Esc cancels"
        )
        panes = self.main.panes
        panes["left"].set_current(self.left)
        panes["right"].set_current(self.picked)
        right = panes["right"]
        right.scroll_to_doc_y(right.doc_top(self.candidate) - right.viewport().height() // 3)
        self.main.band.update()
        articles = self.main.articles
        left_text = " ".join(articles["left"].sentences[i].text for i in self.left)
        right_text = " ".join(articles["right"].sentences[j].text for j in self.picked)
        self.main.detail.setHtml(
            "<p><b>Link by hand</b> — J / K choose the right sentence, Enter links, Esc cancels."
            f'</p><table width="100%" cellspacing="6"><tr><td width="50%" valign="top">'
            f"<i>Left {names}</i><br>{escape(left_text)}</td>"
            f'<td width="50%" valign="top"><i>Right {_numbers(self.picked)}</i><br>'
            f"{escape(right_text)}</td></tr></table>"
        )

    def _clicked_left(self, sid: int) -> None:
        # Runs after the window selected the clicked item; the link display is put back.
        self.left = (sid,)
        self._show()

    def _clicked_right(self, sid: int) -> None:
        self.candidate, self.extra = sid, 0
        self._show()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        count = len(self.main.articles["right"].sentences)
        wider = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in NEXT_KEYS and wider:
            self.extra = min(count - 1 - self.candidate, self.extra + 1)
            self._show()
        elif key in PREVIOUS_KEYS and wider:
            self.extra = max(0, self.extra - 1)
            self._show()
        elif key in NEXT_KEYS:
            self.candidate = min(count - 1, self.candidate + self.extra + 1)
            self.extra = 0
            self._show()
        elif key in PREVIOUS_KEYS:
            self.candidate = max(0, self.candidate - 1)
            self.extra = 0
            self._show()
        elif key in CONFIRM_KEYS:
            left, right = self.left, self.picked
            self.finish()
            self.on_link(left, right)
        elif key == Qt.Key.Key_Escape:
            self.finish()
            self.main.statusBar().showMessage("Linking cancelled", 3000)
        else:
            event.accept()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        # Clicking elsewhere ends the mode rather than leaving every shortcut switched off.
        if self.active and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.finish()


def _numbers(ids: tuple[int, ...]) -> str:
    """Sentence numbers as a reader counts them: "3" or "3–5"."""
    first, last = ids[0] + 1, ids[-1] + 1
    return f"sentence {first}" if first == last else f"sentences {first}–{last}"
