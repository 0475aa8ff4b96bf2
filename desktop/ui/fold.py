"""A short window gives the panes the room: below SHORT px the detail panel folds away, and
I shows or hides it by hand (a choice that then stays, whatever the height)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

SHORT = 700  # px of window height


class DetailFold:
    def __init__(self, detail: QWidget):
        self.detail = detail
        self.by_hand: bool | None = None  # shown (True) or hidden (False) with I

    def resized(self, height: int) -> None:
        if self.by_hand is None:
            self.detail.setVisible(height >= SHORT)

    def toggle(self) -> str:
        self.by_hand = not self.detail.isVisible()
        self.detail.setVisible(self.by_hand)
        return "Item details shown" if self.by_hand else "Item details hidden (I shows them)"
