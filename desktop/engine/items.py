"""The review items of a comparison (pairs and unique sentences) in reading order."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.engine.models import Comparison, Pair

PAIR, ONLY_LEFT, ONLY_RIGHT = "pair", "left", "right"


@dataclass(frozen=True, slots=True)
class Item:
    """A pair or a sentence only one side has; `key` identifies it across sessions."""

    kind: str
    left: tuple[int, ...]
    right: tuple[int, ...]
    pair: Pair | None = None

    @property
    def key(self) -> str:
        return item_key(self.kind, self.left, self.right)


def item_key(kind: str, left: tuple[int, ...], right: tuple[int, ...]) -> str:
    """A stable text key such as "pair:3,4:7", "left:5:" or "right::2"."""
    return f"{kind}:{','.join(map(str, left))}:{','.join(map(str, right))}"


def items(comparison: Comparison) -> tuple[Item, ...]:
    """Pairs and unique sentences in reading order: by left position, right-only ones
    placed after the pair that holds the right sentence just before them."""
    order: list[tuple[float, int, Item]] = []
    for p in comparison.pairs:
        order.append((min(p.left), 0, Item(PAIR, p.left, p.right, p)))
    for i in comparison.unique_left:
        order.append((i, 1, Item(ONLY_LEFT, (i,), ())))
    anchor_of_right = {j: min(p.left) for p in comparison.pairs for j in p.right}
    for j in comparison.unique_right:
        anchor = next(
            (anchor_of_right[k] for k in range(j - 1, -1, -1) if k in anchor_of_right), -1
        )
        order.append((anchor + 0.5, 2 + j / 1e6, Item(ONLY_RIGHT, (), (j,))))
    order.sort(key=lambda t: (t[0], t[1]))
    return tuple(item for _, _, item in order)
