"""Undoable review actions: each already written to the store when pushed; undo writes back."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from desktop.store.errors import StoreError
from desktop.store.records import Annotation
from desktop.ui.session import Override


class StoredCommand(QUndoCommand):
    """The store was written before the push, so the first redo (from push) does nothing."""

    def __init__(self, review, text: str, key: str):
        super().__init__(text)
        self.review = review
        self.key = key
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:
            self._pushed = True
            return
        self._run(self.forward, "Redo")

    def undo(self) -> None:
        self._run(self.backward, "Undo")

    def _run(self, step, verb: str) -> None:
        try:
            step()
        except StoreError as error:
            # Not written, so not shown as done; the stack drops a step it cannot replay.
            self.setObsolete(True)
            self.review.fail(f"{verb} failed: {error}")
            return
        self.review.replayed(f"{verb.lower()} {self.text()}", self.key, self.realigns)

    realigns = False

    def forward(self) -> None:
        raise NotImplementedError

    def backward(self) -> None:
        raise NotImplementedError


class AnnotationCommand(StoredCommand):
    """A label, note or reviewed mark on one item."""

    def __init__(self, review, text: str, key: str, before: Annotation | None, after):
        super().__init__(review, text, key)
        self.before, self.after = before, after

    def forward(self) -> None:
        self.review.session.restore(self.key, self.after)

    def backward(self) -> None:
        self.review.session.restore(self.key, self.before)


class OverrideCommand(StoredCommand):
    """Hand-made links and unlinks; the alignment is recomputed after each step."""

    realigns = True

    def __init__(self, review, text: str, key: str, before: list[Override], after):
        super().__init__(review, text, key)
        self.before, self.after = before, after

    def forward(self) -> None:
        self.review.session.set_overrides(self.after)

    def backward(self) -> None:
        self.review.session.set_overrides(list(reversed(self.before)))
