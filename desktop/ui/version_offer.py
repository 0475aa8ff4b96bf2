"""The question when articles changed since their saved review: carry the review over, start
fresh, or open the earlier version (review/reopen.py acts on the answer)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.review import reopen
from desktop.review.versions import CARRY, EARLIER, FRESH

NAME = "version-offer"
Role = QMessageBox.ButtonRole
BUTTONS = (
    (CARRY, "&Carry over", Role.AcceptRole),
    (FRESH, "&Start fresh", Role.ActionRole),
    (EARLIER, "&Open the earlier version", Role.ActionRole),
)
EXPLAINED = (
    "Carry over: labels, notes and links move to the sentences that stayed; the new and "
    "changed ones are marked. Start fresh: an empty review of the new version. Open the "
    "earlier version: the text you reviewed, read-only. The earlier version always stays in "
    "the library."
)


def ask(window) -> QMessageBox | None:
    """Ask the window's open question (ws.offer), raised above the window; nothing is saved
    until it is answered, so it has no Cancel. Returns the box (`box.choices`: answer ->
    button), or None when there is nothing to ask."""
    offer = window.ws.offer
    for old in window.findChildren(QMessageBox, NAME):  # a question about other articles
        old.hide()
        old.deleteLater()
    if offer is None:
        return None
    box = QMessageBox(
        QMessageBox.Icon.Question, "Articles changed since your review", "", parent=window
    )
    box.setObjectName(NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(offer.question)
    box.setInformativeText(EXPLAINED)
    box.choices = {choice: box.addButton(text, role) for choice, text, role in BUTTONS}
    box.setDefaultButton(box.choices[CARRY])
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.WindowModal)

    def answered(button) -> None:
        owner = box.parentWidget()  # no reference kept to the window (see ARCHITECTURE.md)
        if owner is None or owner.ws.offer is not offer:
            return  # other articles were opened meanwhile
        choice = next(c for c, b in box.choices.items() if b is button)
        owner.perform(reopen.answer(owner.ws, choice))

    box.buttonClicked.connect(answered)
    box.show()
    box.raise_()
    box.activateWindow()
    return box
