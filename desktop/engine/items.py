"""The review items of a comparison (pairs and unique sentences) in reading order."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desktop.engine.align import worth_checking
from desktop.engine.models import Comparison, Link, Near, Pair

PAIR, ONLY_LEFT, ONLY_RIGHT = "pair", "left", "right"


@dataclass(frozen=True, slots=True)
class Item:
    """A pair or a sentence only one side has; `key` identifies it across sessions.

    `boilerplate` marks an unpaired furniture sentence (donation appeal, source line): shown
    and annotatable, but not a finding of "only in one source"."""

    kind: str
    left: tuple[int, ...]
    right: tuple[int, ...]
    pair: Pair | None = None
    boilerplate: bool = False

    @property
    def key(self) -> str:
        return item_key(self.kind, self.left, self.right)


def closest_to(comparison: Comparison, item: Item) -> tuple[Near, ...]:
    """A one-sided item's closest sentences of the other article (Comparison.closest); none
    for a pair."""
    if item.pair is not None:
        return ()
    side, ids = ("left", item.left) if item.left else ("right", item.right)
    return comparison.closest(side, ids[0])


def to_check(comparison: Comparison, item: Item) -> bool:
    """A one-sided finding (not boilerplate) whose closest sentence came close to a link
    (align.worth_checking): the C key's walk, the detail panel and the exports say so."""
    return not item.boilerplate and worth_checking(closest_to(comparison, item))


def item_key(kind: str, left: tuple[int, ...], right: tuple[int, ...]) -> str:
    """A stable text key such as "pair:3,4:7", "left:5:" or "right::2"."""
    return f"{kind}:{','.join(map(str, left))}:{','.join(map(str, right))}"


def disjoint(links: Iterable[Link], score: Callable[[int, int], float]) -> tuple[Link, ...]:
    """The links regrouped so that each sentence belongs to one item: the item of its
    strongest linked pair.

    The aligner's links may chain (a sentence in two stars). Taken strongest pair first, a pair
    of two new sentences starts an item and a pair with one sentence placed already brings the
    other into that item; a pair between two items joins nothing. So a sentence is never shown
    as "only in one article" while a linked partner of it is in the other, and a star does not
    keep a weak member whose own best partner lies elsewhere (the identical quotation, not the
    headline that mentions it). An item's score is the mean of the linked pairs it holds."""
    scored = {(i, j): score(i, j) for link in links for i in link.left for j in link.right}
    item_of: dict[tuple[int, int], int] = {}  # (side, sentence) -> its item
    members: list[tuple[set[int], set[int]]] = []
    held: list[list[float]] = []  # the scores of the linked pairs inside each item
    for (i, j), value in sorted(scored.items(), key=lambda p: (-p[1], p[0])):
        left, right = item_of.get((0, i)), item_of.get((1, j))
        if left is None and right is None:
            item_of[(0, i)] = item_of[(1, j)] = len(members)
            members.append(({i}, {j}))
            held.append([])
        elif left is None:
            item_of[(0, i)] = right
            members[right][0].add(i)
        elif right is None:
            item_of[(1, j)] = left
            members[left][1].add(j)
        elif left != right:
            continue  # a pair between two items joins nothing
        held[item_of[(0, i)]].append(value)
    kept = [
        Link(tuple(sorted(left)), tuple(sorted(right)), round(sum(s) / len(s), 1))
        for (left, right), s in zip(members, held, strict=True)
    ]
    kept.sort(key=lambda x: (x.left[0], x.right[0]))
    return tuple(kept)


def unpaired_boilerplate(comparison: Comparison) -> tuple[frozenset[int], frozenset[int]]:
    """Furniture sentences on each side that are neither paired nor counted as unique."""
    in_l = {i for p in comparison.pairs for i in p.left}
    in_r = {j for p in comparison.pairs for j in p.right}
    left = comparison.left.boilerplate - in_l - set(comparison.unique_left)
    right = comparison.right.boilerplate - in_r - set(comparison.unique_right)
    return frozenset(left), frozenset(right)


_last: list = [None, ()]  # the newest comparison and its items: made once, off the window


def items(comparison: Comparison) -> tuple[Item, ...]:
    """Pairs and one-sided sentences in reading order: by left position, right-only ones
    placed after the pair that holds the right sentence just before them."""
    last, made = _last
    if last is comparison:
        return made
    made = _items(comparison)
    _last[:] = [comparison, made]
    return made


def _items(comparison: Comparison) -> tuple[Item, ...]:
    order: list[tuple[float, int, Item]] = []
    for p in comparison.pairs:
        order.append((min(p.left), 0, Item(PAIR, p.left, p.right, p)))
    furniture_l, furniture_r = unpaired_boilerplate(comparison)
    for i in sorted({*comparison.unique_left, *furniture_l}):
        order.append((i, 1, Item(ONLY_LEFT, (i,), (), boilerplate=i in furniture_l)))
    anchor_of_right = {j: min(p.left) for p in comparison.pairs for j in p.right}
    for j in sorted({*comparison.unique_right, *furniture_r}):
        anchor = next(
            (anchor_of_right[k] for k in range(j - 1, -1, -1) if k in anchor_of_right), -1
        )
        item = Item(ONLY_RIGHT, (), (j,), boilerplate=j in furniture_r)
        order.append((anchor + 0.5, 2 + j / 1e6, item))
    order.sort(key=lambda t: (t[0], t[1]))
    return tuple(item for _, _, item in order)
