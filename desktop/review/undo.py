"""Undo and redo of review actions: the store is written back first, then the view follows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.review.changes import Changes
from desktop.review.history import Step
from desktop.store.errors import StoreError
from desktop.wording import phrase, reason

if TYPE_CHECKING:
    from desktop.review.workspace import Workspace


def undo(ws: Workspace) -> Changes:
    step = ws.history.to_undo()
    if step is None:
        return Changes(notice=phrase("Nothing to undo"))
    return _replay(ws, step, "Undo")


def redo(ws: Workspace) -> Changes:
    step = ws.history.to_redo()
    if step is None:
        return Changes(notice=phrase("Nothing to redo"))
    return _replay(ws, step, "Redo")


def _replay(ws: Workspace, step: Step, verb: str) -> Changes:
    try:
        (step.backward if verb == "Undo" else step.forward)()
    except StoreError as error:
        # Not written, so not shown as done; a step that cannot be replayed is dropped.
        ws.history.drop(step)
        why = reason(error)
        if verb == "Undo":
            return Changes(problem=phrase("Undo failed: {error}", error=why))
        return Changes(problem=phrase("Redo failed: {error}", error=why))
    if verb == "Undo":
        ws.history.undone()
    else:
        ws.history.redone()
    changes = ws.realign() if step.realigns else Changes()
    index = ws.index_of(step.key)
    changes = changes | (ws.select(index) if index is not None else Changes(annotations=True))
    return changes | Changes(annotations=True, done=_replayed(verb, step.text))


def _replayed(verb: str, what: str) -> str:
    if verb == "Undo":
        return phrase("undo {action}", action=what)
    return phrase("redo {action}", action=what)
