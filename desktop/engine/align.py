"""Align sentences that report the same facts; scoring once, thresholding cheaply."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

import numpy as np

from desktop.engine.models import Link
from desktop.engine.similarity import Overlap

DEFAULT_THRESHOLD = 50.0
Progress = Callable[[int, int], None]

DICE_SHARE = 0.5  # the rest is containment, which keeps the pieces of a split sentence
EXCLUSIVE_BONUS = 0.3  # per shared word no other sentence uses (at most two count)
NUMBER_PENALTY = 0.15  # different numbers: likely a different fact
# A pair must be (nearly) the best for its row or its column: a sentence with no counterpart
# still has a best match on one topic, and that is what the relative criterion filters out.
OTHER_SIDE_GAP = 0.6  # cost per point behind the best of the weaker side (lets n:m through)
BEST_SIDE_GAP = 3.0  # cost per point behind the best of both sides (rarely worth a link)
ORDER_PENALTY = 0.3  # cost of going against the order of confident matches, when texts keep it
ANCHOR = 0.5  # a mutual best match this good is a confident one
MIN_ANCHORS = 3
ORDERED_SHARE = 0.8  # share of confident matches in order for a text pair to count as ordered


class Aligner:
    """Scores every left/right sentence pair once; `links(threshold)` is then cheap."""

    def __init__(
        self,
        left: Sequence[str],
        right: Sequence[str],
        lang: str = "de",
        progress: Progress | None = None,
    ):
        self.left = list(left)
        self.right = list(right)
        self.lang = lang
        n, m = len(self.left), len(self.right)
        if n and m:
            self.scores = _scores(Overlap(self.left, self.right, lang, progress))
        else:
            self.scores = np.zeros((n, m), dtype=np.float32)
            if progress:
                progress(1, 1)
        rows, cols = np.nonzero(self.scores > 0)
        order = np.argsort(-self.scores[rows, cols], kind="stable")
        self._rows, self._cols = rows[order], cols[order]
        self._sorted = self.scores[self._rows, self._cols]

    def links(self, threshold: float = DEFAULT_THRESHOLD) -> tuple[Link, ...]:
        """Groups of sentences linked by pairs scoring at least `threshold` (n:m allowed)."""
        count = int(np.searchsorted(-self._sorted, -max(threshold, 1e-6), side="right"))
        return _groups(
            self._rows[:count].tolist(), self._cols[:count].tolist(), self._sorted[:count].tolist()
        )


def _scores(overlap: Overlap) -> np.ndarray:
    base = DICE_SHARE * overlap.dice + (1 - DICE_SHARE) * overlap.contained
    base -= NUMBER_PENALTY * overlap.numbers
    base += EXCLUSIVE_BONUS * np.minimum(overlap.exclusive, 2)
    base -= ORDER_PENALTY * _against_order(base)
    behind_row = base.max(axis=1, keepdims=True) - base
    behind_col = base.max(axis=0, keepdims=True) - base
    best = np.minimum(behind_row, behind_col)
    other = np.maximum(behind_row, behind_col)
    score = base - BEST_SIDE_GAP * best - OTHER_SIDE_GAP * other
    return np.clip(score * 100, 0, 100).astype(np.float32)


def _against_order(base: np.ndarray) -> np.ndarray:
    """1 for pairs that cross the order of confident matches, when the texts keep their order.

    Rewrites and simplifications mostly keep the order of facts; news reports often do not, so
    the prior only applies when nearly all confident matches (mutual best) run in order.
    """
    n, m = base.shape
    out = np.zeros((n, m), dtype=np.float32)
    rows = np.arange(n)
    best_col = base.argmax(axis=1)
    mutual = (base.argmax(axis=0)[best_col] == rows) & (base[rows, best_col] >= ANCHOR)
    anchors = [(int(i), int(best_col[i])) for i in rows[mutual]]
    chain = _increasing(anchors)
    if len(anchors) < MIN_ANCHORS or len(chain) < ORDERED_SHARE * len(anchors):
        return out
    cols = np.arange(m)
    k = 0
    for i in range(n):
        while k < len(chain) and chain[k][0] < i:
            k += 1
        lo = chain[k - 1][1] if k > 0 else 0
        nxt = k + 1 if k < len(chain) and chain[k][0] == i else k
        hi = chain[nxt][1] if nxt < len(chain) else m - 1
        out[i] = (cols < lo) | (cols > hi)
    return out


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest run of pairs whose right index increases with the left one."""
    if not pairs:
        return []
    tails: list[int] = []
    tail_at: list[int] = []
    before = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos] = j
            tail_at[pos] = k
        before[k] = tail_at[pos - 1] if pos else -1
    chain = []
    k = tail_at[-1]
    while k >= 0:
        chain.append(pairs[k])
        k = before[k]
    return chain[::-1]


def _groups(rows: list[int], cols: list[int], scores: list[float]) -> tuple[Link, ...]:
    """Pairs grouped into n:m links whose every left/right combination is itself a linked pair.

    A linked group where all combinations pair up (two sentences merged into two) is one link;
    otherwise each sentence with several partners becomes a 1:n star, so a link never claims a
    pair the scores did not support. A sentence may then sit in two links (a chain).
    """
    score = {(i, j): s for i, j, s in zip(rows, cols, scores, strict=True)}
    partners: dict[tuple[int, int], set[int]] = {}
    for i, j in score:
        partners.setdefault((0, i), set()).add(j)
        partners.setdefault((1, j), set()).add(i)
    links = []
    done: set[tuple[int, int]] = set()
    seen: set[int] = set()
    for i, _ in score:
        if i in seen:
            continue
        lefts, rights = _component_side(i, partners)
        seen |= lefts
        if len(lefts) * len(rights) <= len(score) and all(
            (a, b) in score for a in lefts for b in rights
        ):
            group = [(a, b) for a in lefts for b in rights]
            links.append(_link(group, score))
            done.update(group)
    # Stars around the sentences with most partners, for the groups that are not complete.
    rest = [pair for pair in score if pair not in done]
    hubs = sorted(
        {(0, i) for i, _ in rest} | {(1, j) for _, j in rest},
        key=lambda hub: (-len(partners[hub]), hub),
    )
    for side, k in hubs:
        group = [
            pair
            for pair in ((k, o) if side == 0 else (o, k) for o in sorted(partners[(side, k)]))
            if pair not in done
        ]
        if group:
            links.append(_link(group, score))
            done.update(group)
    links.sort(key=lambda link: (link.left[0], link.right[0]))
    return tuple(links)


def _component_side(i: int, partners: dict[tuple[int, int], set[int]]) -> tuple[set[int], set[int]]:
    """Left and right sentences connected to left sentence `i` through linked pairs."""
    lefts, rights = {i}, set()
    todo = [(0, i)]
    while todo:
        side, k = todo.pop()
        for o in partners[(side, k)]:
            seen = rights if side == 0 else lefts
            if o not in seen:
                seen.add(o)
                todo.append((1 - side, o))
    return lefts, rights


def _link(group: list[tuple[int, int]], score: dict[tuple[int, int], float]) -> Link:
    left = tuple(sorted({i for i, _ in group}))
    right = tuple(sorted({j for _, j in group}))
    return Link(left, right, round(sum(score[p] for p in group) / len(group), 1))


def align(
    left: Sequence[str],
    right: Sequence[str],
    lang: str = "de",
    threshold: float = DEFAULT_THRESHOLD,
) -> tuple[Link, ...]:
    """Align two lists of sentences in one call."""
    return Aligner(left, right, lang).links(threshold)
