"""The review items of a comparison (pairs and unique sentences) in reading order."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from desktop.engine.models import Comparison, Link, Pair

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


def item_key(kind: str, left: tuple[int, ...], right: tuple[int, ...]) -> str:
    """A stable text key such as "pair:3,4:7", "left:5:" or "right::2"."""
    return f"{kind}:{','.join(map(str, left))}:{','.join(map(str, right))}"


def disjoint(links: Iterable[Link], score: Callable[[int, int], float]) -> tuple[Link, ...]:
    """The links with no sentence in two of them, so each sentence belongs to one item.

    The aligner may chain groups (a sentence in two stars); a sentence stays in the link with
    the strongest pair that holds it and weaker ones lose it, with their score taken again over
    the pairs left (`score(i, j)`). A link whose one side went wholly to stronger links joins
    the link holding its strongest pair: its other sentences report what that one does, and
    shown alone they would read "only in one article" (the fire "broke out at 7 pm in a hall"
    beside the lead that took the partner). Nothing unsupported is scored: a link's score is
    the mean of the linked pairs it holds. Ordered by their best pair, not their mean: a star
    of a 100 and a 39 must not lose its 100 to a single 97 and keep the 39."""
    kept: list[Link] = []
    support: list[set[tuple[int, int]]] = []  # the linked pairs each kept link holds
    holder: dict[tuple[int, int], int] = {}  # (side, sentence) -> its kept link

    def strongest(link: Link) -> tuple:
        best = max(score(i, j) for i in link.left for j in link.right)
        return (-best, -link.score, link.left, link.right)

    def mean(pairs: set[tuple[int, int]]) -> float:
        return round(sum(score(i, j) for i, j in pairs) / len(pairs), 1)

    for link in sorted(links, key=strongest):
        left = tuple(i for i in link.left if (0, i) not in holder)
        right = tuple(j for j in link.right if (1, j) not in holder)
        if not left and not right:
            continue
        pairs = {(i, j) for i in link.left for j in link.right if i in left or j in right}
        if left and right:
            index = len(kept)
            pairs = {(i, j) for i in left for j in right}
            kept.append(link if (left, right) == (link.left, link.right) else None)
            support.append(set())
        else:  # one side taken: the rest joins the link that holds its strongest pair
            i, j = max(pairs, key=lambda p: (score(*p), -p[0], -p[1]))
            index = holder[(1, j)] if left else holder[(0, i)]
            pairs = {(a, b) for a, b in pairs if holder.get((1, b) if left else (0, a)) == index}
        support[index] |= pairs
        for i, j in pairs:
            holder.setdefault((0, i), index)
            holder.setdefault((1, j), index)
        if kept[index] is None or not (left and right):
            held = support[index]
            kept[index] = Link(
                tuple(sorted({a for a, _ in held})), tuple(sorted({b for _, b in held})), mean(held)
            )
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
