"""Undo history of review actions; each step is already in the store when it is pushed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Step:
    """One committed action: `backward` undoes it in the store, `forward` does it again.

    `key` is the item it acted on (undo shows it); `realigns` when the alignment has to be
    recomputed afterwards (hand-made links and unlinks)."""

    text: str
    key: str
    forward: Callable[[], None]
    backward: Callable[[], None]
    realigns: bool = False


class History:
    """A list of steps and a cursor between the done and the undone ones (like QUndoStack)."""

    def __init__(self) -> None:
        self.steps: list[Step] = []
        self.index = 0  # steps[:index] are done, steps[index:] undone

    def push(self, step: Step) -> None:
        """A new action: what was undone cannot be redone any more."""
        del self.steps[self.index :]
        self.steps.append(step)
        self.index = len(self.steps)

    def clear(self) -> None:
        self.steps.clear()
        self.index = 0

    @property
    def can_undo(self) -> bool:
        return self.index > 0

    @property
    def can_redo(self) -> bool:
        return self.index < len(self.steps)

    def to_undo(self) -> Step | None:
        return self.steps[self.index - 1] if self.can_undo else None

    def to_redo(self) -> Step | None:
        return self.steps[self.index] if self.can_redo else None

    def undone(self) -> None:
        self.index -= 1

    def redone(self) -> None:
        self.index += 1

    def drop(self, step: Step) -> None:
        """Forget a step that could not be replayed (the store refused it)."""
        position = self.steps.index(step)
        del self.steps[position]
        if position < self.index:
            self.index -= 1
