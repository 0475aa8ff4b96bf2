"""Linking by hand: the status-bar prompt that holds the keyboard while a link draft exists."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from desktop.review import links
from desktop.review.changes import Changes
from desktop.review.workspace import Workspace

NEXT_KEYS = {Qt.Key.Key_J, Qt.Key.Key_Down}
PREVIOUS_KEYS = {Qt.Key.Key_K, Qt.Key.Key_Up}
CONFIRM_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
HINT = "J / K choose · Shift+J / Shift+K more or fewer · Enter links · Esc cancels"


class LinkMode(QLabel):
    """Shown while the workspace has a link draft; the window's shortcuts are switched off
    meanwhile so J, K, Enter and Esc reach it. Shift+J / Shift+K widen or narrow the right
    side to several sentences (an n:m link)."""

    def __init__(self, window):
        super().__init__()
        self.main = window
        self.setObjectName("link-mode")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._disabled: list = []
        self.hide()

    @property
    def active(self) -> bool:
        return self.main.ws.link is not None

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if not changes.link:
            return
        if ws.link is not None:
            if not self._disabled:
                self._enter()
            self.setText(f"{ws.link.describe()}: {HINT}")
        elif self._disabled:
            self._leave()

    def _enter(self) -> None:
        self._disabled = [a for a in self.main.actions_by_name.values() if a.isEnabled()]
        # Clicks pick sentences too; the panes must not take the keyboard away meanwhile.
        for pane in self.main.panes.values():
            pane.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        for action in self._disabled:
            action.setEnabled(False)
        # A temporary status message would hide the prompt.
        self.main.statusBar().clearMessage()
        self.main.statusBar().addWidget(self, 1)
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def _leave(self) -> None:
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        for pane in self.main.panes.values():
            pane.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.main.statusBar().removeWidget(self)
        self.hide()
        self.main.panes[self.main.active_side].setFocus()

    def keyPressEvent(self, event) -> None:
        key = event.key()
        wider = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        ws = self.main.ws
        if key in NEXT_KEYS:
            self.main.perform(links.move_link(ws, "more" if wider else "next"))
        elif key in PREVIOUS_KEYS:
            self.main.perform(links.move_link(ws, "fewer" if wider else "previous"))
        elif key in CONFIRM_KEYS:
            self.main.perform(links.confirm_link(ws))
        elif key == Qt.Key.Key_Escape:
            self.main.perform(links.cancel_link(ws))
        else:
            event.accept()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        # Clicking elsewhere ends the mode rather than leaving every shortcut switched off.
        if self.active and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.main.ws.link = None
            self.main.perform(Changes(link=True, selection=True))
