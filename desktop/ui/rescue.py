"""When the review database goes (deleted, replaced, read-only): say so, offer a new file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox

# How often the window looks at its database file while nothing is written (ms).
CHECK_EVERY_MS = 3000
SAVE = "Save review as…"


class Rescue(QObject):
    """Watches the window's database and offers, once, to save the review to a new file.

    `ask_path` and `ask_close` are what the user is asked (dialogs; tests replace them)."""

    def __init__(self, window):
        super().__init__(window)
        self.offered = False
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(lambda: self._window().perform(self._window().ws.check_store()))
        self.timer.start()

    def _window(self):
        return self.parent()

    def handles(self, message: str) -> bool:
        """True if this problem is the database going: then the offer says it, not a box."""
        window = self._window()
        if not window.ws.lost or self.offered:
            return False
        self.offered = True
        box = QMessageBox(QMessageBox.Icon.Warning, "Twofold", message, parent=window)
        box.setObjectName("rescue-offer")
        box.setTextFormat(Qt.TextFormat.PlainText)
        save = box.addButton(SAVE, QMessageBox.ButtonRole.AcceptRole)
        box.addButton("Not now", QMessageBox.ButtonRole.RejectRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.buttonClicked.connect(lambda button: button is save and self.save_as())
        box.show()
        box.raise_()  # above the window, not behind it
        box.activateWindow()
        return True

    def save_as(self) -> bool:
        """Ask for a new file and save the review there; True when it was saved."""
        window = self._window()
        path = self.ask_path()
        if not path:
            return False
        changes = window.perform(window.ws.save_to(path))
        if changes.done:
            self.offered = False
        return bool(changes.done)

    def ask_path(self) -> str:
        window = self._window()
        start = window.ws.store.path.with_name("review-saved.db") if window.ws.store else Path()
        path, _ = QFileDialog.getSaveFileName(window, SAVE, str(start), "Twofold review (*.db)", "")
        return path

    def before_close(self) -> bool:
        """False to keep the window open: the database went and the review is not saved yet."""
        window = self._window()
        window.perform(window.ws.check_store())
        if not window.ws.lost:
            return True
        answer = self.ask_close(window.ws.lost)
        if answer == "save":
            return self.save_as()
        return answer == "discard"

    def ask_close(self, message: str) -> str:
        """ "save", "discard" or "cancel"."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.warning(
            self._window(),
            "Twofold",
            f"{message}\n\nSave the review to a new file before closing?",
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(answer, "cancel")
