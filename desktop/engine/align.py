"""Align sentences that report the same facts; scoring once, thresholding cheaply."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from desktop.engine.judge import same_fact
from desktop.engine.models import Link, Near
from desktop.engine.progress import Progress
from desktop.engine.similarity import Overlap
from desktop.engine.text import normalize_for_matching
from desktop.engine.word_parts import expand

# The score is calibrated (judge.py): 30 links a pair when about a third of such pairs are the
# same fact. Below even odds on purpose: one event told in several sentences on each side gives
# pairs that each look uncertain, and a missed link hides a shared fact as "only in one source".
DEFAULT_THRESHOLD = 30.0
# A sentence left unlinked is shown its closest sentences of the other article from this score
# on: one in twenty such pairs is the same fact (calibrated), worth a look, not a link.
NEAR_FLOOR = 5.0
NEAR_COUNT = 2
# A one-sided sentence whose closest sentence scores this much is worth a second look: on
# ECB+ a third of them (37 of 116) are reported by the other article after all, against 6 %
# of all one-sided sentences (104 of 1,753). On DEplain 34 of 100, no more than its 35 % of
# all (189 of 546): its missed rewrites mostly share no word, so nothing comes close.
CHECK_SCORE = 15.0
__all__ = ["DEFAULT_THRESHOLD", "Aligner", "Progress", "align"]


def worth_checking(near: Sequence[Near]) -> bool:
    """Whether a one-sided sentence's closest sentences (Aligner.nearest, best first) came
    close enough to a link for a second look (CHECK_SCORE)."""
    return bool(near) and near[0].score >= CHECK_SCORE


class Aligner:
    """Scores every left/right sentence pair once; `links(threshold)` is then cheap.

    A pair's score (0-100) answers "same fact?" only: a learned, calibrated combination of
    conflict-neutral evidence (features.py, judge.py) — shared weighted words and clauses, rare
    words only the two share, shared numbers, how far the pair is behind the best of its row
    and column, how much the two articles share at all, document order. Pairs scoring at least
    the threshold group into n:m links; "do they agree?" is asked of the links (agreement.py).
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
        self.overlap: Overlap | None = None  # the shared words behind each score (evidence)
        if n and m:
            self.scores, self.overlap = same_fact(self.left, self.right, lang, progress)
        else:
            self.scores = np.zeros((n, m), dtype=np.float32)
            if progress:
                progress(1, 1)
        rows, cols = np.nonzero(self.scores >= 1)
        order = np.argsort(-self.scores[rows, cols], kind="stable")
        self._rows, self._cols = rows[order], cols[order]
        self._sorted = self.scores[self._rows, self._cols]

    def links(self, threshold: float = DEFAULT_THRESHOLD) -> tuple[Link, ...]:
        """Groups of sentences linked by pairs scoring at least `threshold` (n:m allowed)."""
        count = int(np.searchsorted(-self._sorted, -max(threshold, 1e-6), side="right"))
        return _groups(
            self._rows[:count].tolist(), self._cols[:count].tolist(), self._sorted[:count].tolist()
        )

    def nearest(
        self, side: str, ids: Sequence[int], count: int = NEAR_COUNT, floor: float = NEAR_FLOOR
    ) -> tuple[Near, ...]:
        """The other article's sentences that score best with sentences `ids` of `side` (each
        scored by its best pair with them), at least `floor`, best first, with their evidence."""
        if not len(ids) or not self.scores.size:
            return ()
        best = self._block(side, ids).max(axis=0, keepdims=True)
        return self._nearest_rows(side, [list(ids)], best, count, floor)[0]

    def nearest_each(
        self, side: str, ids: Sequence[int], count: int = NEAR_COUNT, floor: float = NEAR_FLOOR
    ) -> list[tuple[Near, ...]]:
        """nearest(side, [i]) for every sentence i of `ids`, found in one pass (a comparison
        asks it for all its unpaired sentences)."""
        if not len(ids) or not self.scores.size:
            return [() for _ in ids]
        groups = [[i] for i in ids]
        return self._nearest_rows(side, groups, self._block(side, ids), count, floor)

    def _block(self, side: str, ids: Sequence[int]) -> np.ndarray:
        """The scores of sentences `ids` of `side` (rows) with every sentence of the other."""
        return self.scores[list(ids), :] if side == "left" else self.scores[:, list(ids)].T

    def _nearest_rows(self, side, groups, rows: np.ndarray, count: int, floor: float):
        """Each row's best `count` sentences of the other side from `floor`, with evidence."""
        order = np.argsort(-rows, axis=1, kind="stable")[:, :count]
        out = []
        for group, row, best in zip(groups, rows.tolist(), order.tolist(), strict=True):
            near = []
            for other in best:
                if row[other] < floor:
                    break
                pair = (group, [other]) if side == "left" else ([other], group)
                near.append(Near(other, row[other], self.evidence(*pair)))
            out.append(tuple(near))
        return out

    def evidence(self, left: Sequence[int], right: Sequence[int]) -> tuple[str, ...]:
        """The content words, names and numbers sentences `left` and `right` share, a word
        one side holds inside another included, as the score counts it ("Brandursache" shares
        "ursache" with "Ursache des Brandes")."""
        o = self.overlap
        if o is None:
            return ()
        words_l = set().union(*(o.left_bags[i] for i in left))
        words_r = set().union(*(o.right_bags[j] for j in right))
        both = expand(words_l, o.related, words_r) & expand(words_r, o.related, words_l)
        # one letter is no word ("Bank's" gives "s")
        shared = [w for w in both if w not in o.stop and not w.startswith("<") and len(w) > 1]
        return tuple(sorted(shared, key=lambda w: (-o.weight.get(w, 0), w)))


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
