"""The other article's closest sentences to a one-sided item, as every export lists them."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.engine.items import Item, closest_to
from desktop.engine.models import Comparison


@dataclass(frozen=True, slots=True)
class CloseRow:
    """A sentence of the other article that scored too low to be linked with a one-sided
    item: the item holding it (its number in the export), its score, the words they share."""

    side: str  # the other article's side: "left" or "right"
    sid: int
    item: int | None
    score: float
    evidence: tuple[str, ...]
    text: str


def closest_rows(
    comparison: Comparison, item: Item, item_of: dict[tuple[str, int], int]
) -> tuple[CloseRow, ...]:
    """For an item only one article has: the other article's closest sentences
    (Comparison.closest), with the numbers of the items they are in (`item_of`)."""
    other = "right" if item.left else "left"
    article = comparison.right if other == "right" else comparison.left
    return tuple(
        CloseRow(
            other,
            near.sid,
            item_of.get((other, near.sid)),
            near.score,
            near.evidence,
            article.sentences[near.sid].text,
        )
        for near in closest_to(comparison, item)
    )


def item_numbers(all_items: tuple[Item, ...]) -> dict[tuple[str, int], int]:
    """(side, sentence id) -> the number of the item holding it, counting from 1."""
    out: dict[tuple[str, int], int] = {}
    for number, item in enumerate(all_items, start=1):
        for sid in item.left:
            out[("left", sid)] = number
        for sid in item.right:
            out[("right", sid)] = number
    return out
