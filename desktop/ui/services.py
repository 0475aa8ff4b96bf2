"""The service surface a command sees (commands.Services): a few things of the window, no more."""

from __future__ import annotations

from desktop.review.changes import Changes
from desktop.ui.dialogs import DIALOGS


class WindowServices:
    """The service surface a command sees (commands.Services), made for one call so no
    command keeps the window."""

    __slots__ = ("_window",)

    def __init__(self, window):  # the MainWindow the command runs in
        self._window = window

    @property
    def active_side(self) -> str:
        return self._window.active_side

    def perform(self, changes: Changes) -> Changes:
        return self._window.perform(changes)

    def show(self, dialog: str) -> None:
        DIALOGS[dialog](self._window)

    def switch_pane(self) -> None:
        self._window.switch_pane()

    def zoom(self, by: int) -> None:
        from desktop.ui.zoom import zoom

        self._window.perform(Changes(notice=zoom(self._window, by)))

    def paste_into(self, side: str) -> bool:
        return self._window.paste_into(side)

    def close(self) -> bool:
        return self._window.close()
