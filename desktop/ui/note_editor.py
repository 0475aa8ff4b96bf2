"""The note editor for one review item: Ctrl+Return saves, Esc cancels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
)

LONG = 40  # characters written: more than that is not thrown away without asking


class NoteEditor(QDialog):
    """Calls `on_save(text)` on Ctrl+Return or Save and closes only if it returns True, so a
    note the database refused stays on screen; closing any other way changes nothing."""

    def __init__(self, parent, heading: str, text: str, on_save: Callable[[str], bool]):
        super().__init__(parent)
        self.on_save = on_save
        self.original = text
        self.setObjectName("note-editor")
        self.setWindowTitle("Note")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        title = QLabel(heading)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        layout.addWidget(title)
        self.text = QPlainTextEdit()
        self.text.setPlainText(text)
        self.text.setTabChangesFocus(True)
        self.text.setPlaceholderText("What to check, who to call, why it matters…")
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setToolTip("Save (Ctrl+Return)")
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # The text box would take Ctrl+Return as a line break; it saves instead.
        self.text.installEventFilter(self)
        self.resize(480, 220)

    def eventFilter(self, watched, event) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            self.save()
            return True
        return False

    def reject(self) -> None:
        """Esc or Cancel: a note with more than a few words written asks first."""
        written = self.text.toPlainText().strip()
        if written != self.original.strip() and len(written) > LONG and not self.ask_discard():
            return
        super().reject()

    def ask_discard(self) -> bool:
        """True to throw away what was written (tests replace this)."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self,
            "Note",
            "Discard this note? What you wrote is not saved.",
            buttons.Discard | buttons.Cancel,
            buttons.Cancel,
        )
        return answer == buttons.Discard

    def save(self) -> None:
        if self.on_save(self.text.toPlainText().strip()):
            self.accept()
