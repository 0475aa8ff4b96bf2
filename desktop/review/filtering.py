"""Differences only: the items a reader checks first (what one source says, pairs that state
something differently, sentences only partly in the other article); the rest can be folded."""

from __future__ import annotations

from desktop.engine.facts import PARTLY
from desktop.engine.items import Item, unpaired_boilerplate
from desktop.engine.models import Comparison


def is_difference(item: Item, comparison: Comparison) -> bool:
    """Not something both articles report alike."""
    if item.pair is None or item.pair.discrepancies:
        return True
    left, right = comparison.states_left, comparison.states_right
    return any(i < len(left) and left[i] == PARTLY for i in item.left) or any(
        j < len(right) and right[j] == PARTLY for j in item.right
    )


def hidden_sentences(
    items: tuple[Item, ...], comparison: Comparison | None
) -> dict[str, frozenset[int]]:
    """Per side, the sentences folded away: shared agreeing pairs, and furniture."""
    if comparison is None:
        return {"left": frozenset(), "right": frozenset()}
    left, right = (set(ids) for ids in unpaired_boilerplate(comparison))
    for item in items:
        if not is_difference(item, comparison):
            left.update(item.left)
            right.update(item.right)
    return {"left": frozenset(left), "right": frozenset(right)}


def describe(items: tuple[Item, ...], comparison: Comparison) -> str:
    shown = sum(1 for item in items if is_difference(item, comparison))
    folded = len(items) - shown
    return (
        f"Differences only: {shown} item{'s' * (shown != 1)} shown, "
        f"{folded} that both report alike folded away (F shows everything)"
    )
