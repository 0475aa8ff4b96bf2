"""Compare two articles: pairs, unique sentences and coverage, at any threshold."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.engine.align import DEFAULT_THRESHOLD, Aligner, Progress
from desktop.engine.diff import discrepancies, word_diff
from desktop.engine.models import Article, Comparison, Coverage, Link, Pair


class PreparedComparison:
    """Two articles scored once; `at(threshold)` builds a Comparison quickly (slider, re-open)."""

    def __init__(self, left: Article, right: Article, progress: Progress | None = None):
        self.left = left
        self.right = right
        self.aligner = Aligner(
            [s.text for s in left.sentences],
            [s.text for s in right.sentences],
            lang=left.language,
            progress=progress,
        )
        self._pairs: dict[Link, Pair] = {}

    def at(
        self, threshold: float = DEFAULT_THRESHOLD, manual: Iterable[Link] = (), unlinked=()
    ) -> Comparison:
        """The comparison at `threshold`; manual links win over automatic ones touching them."""
        manual = tuple(manual)
        unlinked = set(unlinked)
        taken_l = {i for m in manual for i in m.left}
        taken_r = {j for m in manual for j in m.right}
        links = [
            link
            for link in self.aligner.links(threshold)
            if not (taken_l & set(link.left) or taken_r & set(link.right))
            and (link.left, link.right) not in unlinked
        ]
        pairs = [self._pair(link) for link in links]
        pairs += [self._pair(m, manual=True) for m in manual]
        pairs.sort(key=lambda p: (min(p.left), min(p.right)))
        return _comparison(self.left, self.right, threshold, tuple(pairs))

    def _pair(self, link: Link, manual: bool = False) -> Pair:
        key = Link(link.left, link.right, link.score if not manual else -1)
        pair = self._pairs.get(key)
        if pair is None:
            lt = " ".join(self.left.sentences[i].text for i in link.left)
            rt = " ".join(self.right.sentences[j].text for j in link.right)
            pair = Pair(
                link.left,
                link.right,
                link.score,
                word_diff(lt, rt),
                discrepancies(lt, rt, self.left.language),
                manual,
            )
            self._pairs[key] = pair
        return pair


def _comparison(
    left: Article, right: Article, threshold: float, pairs: tuple[Pair, ...]
) -> Comparison:
    in_l = {i for p in pairs for i in p.left}
    in_r = {j for p in pairs for j in p.right}
    unique_left = tuple(s.id for s in left.sentences if s.id not in in_l)
    unique_right = tuple(s.id for s in right.sentences if s.id not in in_r)
    coverage = Coverage(
        left_in_right=_share(len(in_l), len(left.sentences)),
        right_in_left=_share(len(in_r), len(right.sentences)),
        left_chars_in_right=_share(sum(len(left.sentences[i].text) for i in in_l), _chars(left)),
        right_chars_in_left=_share(sum(len(right.sentences[j].text) for j in in_r), _chars(right)),
    )
    return Comparison(left, right, threshold, pairs, unique_left, unique_right, coverage)


def _chars(article: Article) -> int:
    return sum(len(s.text) for s in article.sentences)


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def compare(
    left: Article,
    right: Article,
    threshold: float = DEFAULT_THRESHOLD,
    progress: Progress | None = None,
) -> Comparison:
    """Compare two articles in one call."""
    return PreparedComparison(left, right, progress).at(threshold)
