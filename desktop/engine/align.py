"""Align sentences that report the same facts; scoring once, thresholding cheaply."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence

import numpy as np

from desktop.engine.models import Link
from desktop.engine.similarity import Overlap
from desktop.engine.text import normalize_for_matching

DEFAULT_THRESHOLD = 55.0
Progress = Callable[[int, int], None]

DICE_SHARE = 0.5  # the rest is containment, which keeps the pieces of a split sentence
SIMILAR_SHARE = 0.2  # edit similarity of the lemma strings: word order and near-copies
EXCLUSIVE_BONUS = 0.3  # per shared word no other sentence uses
EXCLUSIVE_MAX = 1  # one per pair: the words of one name ("Vereinigte Staaten") count once
NUMBER_PENALTY = 0.15  # different numbers: likely a different fact
# A pair must be (nearly) the best for its row or its column: a sentence with no counterpart
# still has a best match on one topic, and that is what the relative criterion filters out.
OTHER_SIDE_GAP = 0.6  # cost per point behind the best of the weaker side (lets n:m through)
BEST_SIDE_GAP = 3.0  # cost per point behind the best of both sides (rarely worth a link)
ORDER_PENALTY = 0.3  # cost of going against the order of confident matches, when texts keep it
ANCHOR = 0.5  # a mutual best match this good is a confident one
MIN_ANCHORS = 3
ORDERED_SHARE = 0.8  # share of confident matches in order for a text pair to count as ordered
# In ordered texts, weak pairs on the best in-order chain gain: a rewrite that shares few words
# with its original still sits between the neighbours it was aligned with.
PATH_BONUS = 0.3
PATH_COST = 0.2  # pairs weaker than this cost the chain more than they add


class Aligner:
    """Scores every left/right sentence pair once; `links(threshold)` is then cheap.

    A pair's score (0-100) starts from how much content the two sentences share (IDF-weighted
    lemmas with German compounds split, see similarity.Overlap), rewards a rare word only they
    share, penalises different numbers, and then how far the pair is behind the best pair of
    its row and of its column: a sentence with no counterpart still has a best match on the
    same topic, and this relative cost is what keeps it "only in one source". When the texts
    keep their order (a rewrite, a simplification), pairs against that order lose and weak
    pairs on the best in-order chain gain. Pairs then group into n:m links.
    """

    def __init__(
        self,
        left: Sequence[str],
        right: Sequence[str],
        lang: str = "de",
        progress: Progress | None = None,
    ):
        # Soft hyphens, typographic quotes and odd spaces would otherwise split or hide words.
        self.left = [normalize_for_matching(t) for t in left]
        self.right = [normalize_for_matching(t) for t in right]
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
    base = (1 - SIMILAR_SHARE) * base + SIMILAR_SHARE * overlap.similar
    base -= NUMBER_PENALTY * overlap.numbers
    base += EXCLUSIVE_BONUS * np.minimum(overlap.exclusive, EXCLUSIVE_MAX)
    against = _against_order(base)
    if against is not None:
        base -= ORDER_PENALTY * against
        base += PATH_BONUS * _monotone_path(base - PATH_COST)
    behind_row = base.max(axis=1, keepdims=True) - base
    behind_col = base.max(axis=0, keepdims=True) - base
    best = np.minimum(behind_row, behind_col)
    other = np.maximum(behind_row, behind_col)
    score = base - BEST_SIDE_GAP * best - OTHER_SIDE_GAP * other
    return np.clip(score * 100, 0, 100).astype(np.float32)


def _against_order(base: np.ndarray) -> np.ndarray | None:
    """1 for pairs that cross the order of confident matches; None if the texts do not keep order.

    Rewrites and simplifications mostly keep the order of facts; news reports often do not, so
    the order priors only apply when nearly all confident matches (mutual best) run in order.
    """
    n, m = base.shape
    out = np.zeros((n, m), dtype=np.float32)
    rows = np.arange(n)
    best_col = base.argmax(axis=1)
    mutual = (base.argmax(axis=0)[best_col] == rows) & (base[rows, best_col] >= ANCHOR)
    anchors = [(int(i), int(best_col[i])) for i in rows[mutual]]
    chain = _increasing(anchors)
    if len(anchors) < MIN_ANCHORS or len(chain) < ORDERED_SHARE * len(anchors):
        return None
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


def _monotone_path(gain: np.ndarray) -> np.ndarray:
    """Pairs on the in-order chain of pairs with the largest total gain (1:n and n:1 runs kept).

    A dynamic programme row by row; within a row the sideways run is a running maximum.
    """
    n, m = gain.shape
    entry = np.zeros((n, m), dtype=np.int32)
    came = np.zeros((n, m), dtype=np.int8)  # 0 start, 1 from above, 2 jump from an earlier pair
    top = np.zeros(m, dtype=np.float64)  # best total in rows above, up to each column
    top_at = np.full(m, -1, dtype=np.int64)
    history = np.empty((n, m), dtype=np.int64 if n * m > 2**31 - 1 else np.int32)
    above = np.full(m, -np.inf)
    cols = np.arange(m)
    for i in range(n):
        jump = np.concatenate(([0.0], top[:-1]))
        x = np.maximum(np.maximum(above, jump), 0)
        came[i] = np.where(x <= 0, 0, np.where(above >= jump, 1, 2))
        s = gain[i]
        cum = np.cumsum(s)
        prev = cum - s
        vals = x - prev
        run = np.maximum.accumulate(vals)
        entry[i] = np.maximum.accumulate(np.where(vals == run, cols, 0))
        best = run + cum
        above = best
        # running best over rows so far, per column prefix, with where it was reached
        row_best = np.maximum.accumulate(best)
        row_at = np.maximum.accumulate(np.where(best == row_best, cols, 0))
        better = row_best > top
        top = np.where(better, row_best, top)
        top_at = np.where(better, i * m + row_at, top_at)
        history[i] = top_at
    on = np.zeros((n, m), dtype=np.float32)
    if top[-1] <= 0:
        return on
    i, j = divmod(int(top_at[-1]), m)
    while i >= 0:
        k = int(entry[i, j])
        on[i, k : j + 1] = 1
        how = came[i, k]
        if how == 0:
            break
        if how == 1:
            i, j = i - 1, k
        else:
            i, j = divmod(int(history[i - 1, k - 1]), m)
    return on


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
