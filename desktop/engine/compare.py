"""Compare two articles: pairs, unique sentences and coverage, at any threshold."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from desktop.engine import limits
from desktop.engine.agreement import discrepancies
from desktop.engine.align import DEFAULT_THRESHOLD, Aligner, Progress
from desktop.engine.diff import word_diff
from desktop.engine.facts import sentence_states
from desktop.engine.items import disjoint
from desktop.engine.language import NAMES
from desktop.engine.models import Article, Comparison, Coverage, Link, Near, Pair
from desktop.wording import phrase

# What the CLI and the window say when no pair links (two unrelated articles).
SHARE_NOTHING = phrase(
    "These articles share almost nothing: no sentence pair reports the same fact."
)


def language_note(left: Article, right: Article) -> str:
    """What the CLI and the window say when the articles are in two languages, else "".

    The scores compare words, so a German article against an English one shares only names
    and numbers with it: the reader is told why, instead of seeing 0 pairs unexplained."""
    if left.language == right.language:
        return ""
    names = [NAMES.get(article.language, article.language) for article in (left, right)]
    return phrase(
        "left is {left}, right is {right}: Twofold compares within one language",
        left=names[0],
        right=names[1],
    )


def warnings(comparison: Comparison) -> list[str]:
    """What the CLI, the JSON and the window say about a comparison besides its figures."""
    notes = [language_note(comparison.left, comparison.right)]
    notes.append("" if comparison.pairs else SHARE_NOTHING)
    return [note for note in notes if note]


class PreparedComparison:
    """Two articles scored once; `at(threshold)` builds a Comparison quickly (slider, re-open)."""

    def __init__(self, left: Article, right: Article, progress: Progress | None = None):
        self.left = left
        self.right = right
        limits.check_pairs(len(left.sentences), len(right.sentences))
        self.aligner = Aligner(
            [s.text for s in left.sentences],
            [s.text for s in right.sentences],
            lang=left.language,
            progress=progress,
        )
        self._pairs: dict[Link, Pair] = {}
        # A sentence's closest sentences do not depend on the threshold: found once each.
        self._closest: dict[tuple[str, int], tuple[Near, ...]] = {}
        self._last: tuple[tuple, Comparison] | None = None

    def at(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        manual: Iterable[Link] = (),
        unlinked=(),
        include_boilerplate: bool = False,
    ) -> Comparison:
        """The comparison at `threshold`; manual links win over automatic ones touching them,
        and no sentence is in two pairs.

        Boilerplate sentences (donation appeals, source lines) count as unique content and in
        coverage only with `include_boilerplate`."""
        manual = tuple(manual)
        key = (threshold, manual, frozenset(unlinked), include_boilerplate)
        if self._last is not None and self._last[0] == key:
            return self._last[1]  # the worker made it already, or nothing changed
        comparison = self._at(threshold, manual, set(unlinked), include_boilerplate)
        self._last = (key, comparison)
        return comparison

    def _at(
        self, threshold: float, manual: tuple[Link, ...], unlinked: set, include_boilerplate: bool
    ) -> Comparison:
        taken_l = {i for m in manual for i in m.left}
        taken_r = {j for m in manual for j in m.right}
        links = [
            link
            for link in self.aligner.links(threshold)
            if not (taken_l & set(link.left) or taken_r & set(link.right))
            and (link.left, link.right) not in unlinked
        ]
        # One sentence, one item: chained groups give up their shared sentences to the
        # strongest; what is left of a group the journalist unlinked stays unlinked.
        scores = self.aligner.scores
        links = [
            link
            for link in disjoint(links, lambda i, j: float(scores[i, j]))
            if (link.left, link.right) not in unlinked
        ]
        pairs = [self._pair(link) for link in links]
        pairs += [self._pair(m, manual=True) for m in manual]
        pairs.sort(key=lambda p: (min(p.left), min(p.right)))
        weight = self.aligner.overlap.weight if self.aligner.overlap else None
        comparison = _comparison(
            self.left, self.right, threshold, tuple(pairs), include_boilerplate, weight
        )
        return replace(
            comparison,
            closest_left=self._closest_of("left", {i for p in pairs for i in p.left}),
            closest_right=self._closest_of("right", {j for p in pairs for j in p.right}),
        )

    def _closest_of(self, side: str, paired: set[int]) -> tuple[tuple[Near, ...], ...]:
        """Each sentence's closest sentences of the other article, empty for paired ones."""
        article = self.left if side == "left" else self.right
        ids = [s.id for s in article.sentences]
        missing = [i for i in ids if i not in paired and (side, i) not in self._closest]
        for sid, near in zip(missing, self.aligner.nearest_each(side, missing), strict=True):
            self._closest[(side, sid)] = near
        return tuple(() if i in paired else self._closest[(side, i)] for i in ids)

    def _pair(self, link: Link, manual: bool = False) -> Pair:
        key = Link(link.left, link.right, link.score if not manual else -1)
        pair = self._pairs.get(key)
        if pair is None:
            lt = " ".join(self.left.sentences[i].text for i in link.left)
            rt = " ".join(self.right.sentences[j].text for j in link.right)
            ops = word_diff(lt, rt)
            pair = Pair(
                link.left,
                link.right,
                link.score,
                ops,
                discrepancies(lt, rt, self.left.language, ops),
                manual,
                self.aligner.evidence(link.left, link.right),
            )
            self._pairs[key] = pair
        return pair


def _comparison(
    left: Article,
    right: Article,
    threshold: float,
    pairs: tuple[Pair, ...],
    include_boilerplate: bool = False,
    weight=None,
) -> Comparison:
    in_l = {i for p in pairs for i in p.left}
    in_r = {j for p in pairs for j in p.right}
    counted_l = _counted(left, in_l, include_boilerplate)
    counted_r = _counted(right, in_r, include_boilerplate)
    coverage = Coverage(
        left_in_right=_share(len(in_l & counted_l), len(counted_l)),
        right_in_left=_share(len(in_r & counted_r), len(counted_r)),
        left_chars_in_right=_share(_chars(left, in_l & counted_l), _chars(left, counted_l)),
        right_chars_in_left=_share(_chars(right, in_r & counted_r), _chars(right, counted_r)),
    )
    partners_l: dict[int, list[int]] = {}
    partners_r: dict[int, list[int]] = {}
    for p in pairs:
        for i in p.left:
            partners_l.setdefault(i, []).extend(p.right)
        for j in p.right:
            partners_r.setdefault(j, []).extend(p.left)
    furniture_l = frozenset(s.id for s in left.sentences) - counted_l
    furniture_r = frozenset(s.id for s in right.sentences) - counted_r
    states_l, spans_l = sentence_states(left, partners_l, right, furniture_l, weight)
    states_r, spans_r = sentence_states(right, partners_r, left, furniture_r, weight)
    return Comparison(
        left,
        right,
        threshold,
        pairs,
        tuple(sorted(counted_l - in_l)),
        tuple(sorted(counted_r - in_r)),
        coverage,
        include_boilerplate,
        states_l,
        states_r,
        spans_l,
        spans_r,
    )


def _counted(article: Article, paired: set[int], include_boilerplate: bool) -> set[int]:
    """Sentences that count as content: all but unpaired boilerplate, unless it is included."""
    ids = {s.id for s in article.sentences}
    return ids if include_boilerplate else ids - (article.boilerplate - paired)


def _chars(article: Article, ids: set[int]) -> int:
    return sum(len(article.sentences[i].text) for i in ids)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def compare(
    left: Article,
    right: Article,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Progress | None = None,
    include_boilerplate: bool = False,
) -> Comparison:
    """Compare two articles in one call."""
    return PreparedComparison(left, right, progress).at(
        threshold, include_boilerplate=include_boilerplate
    )
