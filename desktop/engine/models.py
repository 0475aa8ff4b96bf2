"""Frozen records the engine returns; everything above the engine reads these."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import PurePath


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence; `start`/`end` are offsets into the article's original text."""

    id: int
    start: int
    end: int
    text: str
    paragraph: int = 0


@dataclass(frozen=True, slots=True)
class Provenance:
    """Where an article came from and when it was read; `raw` is the page or file as received,
    kept so the extraction can be checked later."""

    location: str = ""
    final_url: str = ""
    title: str = ""
    author: str = ""
    date: str = ""
    site: str = ""
    fetched: str = ""
    content_type: str = ""
    sha256: str = ""
    raw: bytes = field(default=b"", repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Article:
    """An article as loaded: original text, its sentences and where it came from.

    `boilerplate` holds the ids of furniture sentences (donation appeals, source lines, ...);
    `cut` the ids of sentences cut from one longer than limits.SENTENCE_CHARS."""

    text: str
    sentences: tuple[Sentence, ...]
    language: str
    path: str = ""
    title: str = ""
    encoding: str = "utf-8"
    boilerplate: frozenset[int] = frozenset()
    provenance: Provenance | None = None
    cut: frozenset[int] = frozenset()

    @property
    def name(self) -> str:
        if self.title:
            return self.title
        if self.path:
            return PurePath(self.path).name
        return "Untitled"


@dataclass(frozen=True, slots=True)
class Link:
    """Sentences the aligner judged to report the same facts (n:m), with a 0–100 score."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float


@dataclass(frozen=True, slots=True)
class Near:
    """A sentence of the other article close to a sentence left unlinked: its id, its score
    (below the threshold, or it would be linked) and the words the two share."""

    sid: int
    score: float
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class WordOp:
    """One step of a word-level difference: tag is equal, replace, delete or insert."""

    tag: str
    left: str
    right: str


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """A number, date or name that one side of a pair has and the other has differently."""

    kind: str
    left: tuple[str, ...]
    right: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Pair:
    """An aligned group of sentences with its word diff and discrepancy flags."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float
    word_diff: tuple[WordOp, ...] = ()
    discrepancies: tuple[Discrepancy, ...] = ()  # "do they agree?": empty when they do
    manual: bool = False
    evidence: tuple[str, ...] = ()  # why they were linked: the words, names, numbers shared


@dataclass(frozen=True, slots=True)
class Coverage:
    """Share (0–1) of each article's sentences and characters found in the other one."""

    left_in_right: float
    right_in_left: float
    left_chars_in_right: float
    right_chars_in_left: float


@dataclass(frozen=True, slots=True)
class Comparison:
    """The whole result: both articles, the pairs and what only one side says."""

    left: Article
    right: Article
    threshold: float
    pairs: tuple[Pair, ...]
    unique_left: tuple[int, ...]
    unique_right: tuple[int, ...]
    coverage: Coverage
    include_boilerplate: bool = False
    # Per sentence, in id order: shared / partly / unique / boilerplate (facts.py), and the
    # character spans (offsets into the article text) the other article does not report.
    states_left: tuple[str, ...] = ()
    states_right: tuple[str, ...] = ()
    unique_spans_left: tuple[tuple[tuple[int, int], ...], ...] = ()
    unique_spans_right: tuple[tuple[tuple[int, int], ...], ...] = ()
    # Per sentence, in id order: for one in no pair, the other article's closest sentences
    # (Aligner.nearest), so whoever reads "only in one source" can check it; else empty.
    closest_left: tuple[tuple[Near, ...], ...] = ()
    closest_right: tuple[tuple[Near, ...], ...] = ()

    def closest(self, side: str, sid: int) -> tuple[Near, ...]:
        """The other article's closest sentences to sentence `sid` of `side` (none if paired)."""
        near = self.closest_left if side == "left" else self.closest_right
        return near[sid] if sid < len(near) else ()

    @property
    def disagreeing(self) -> tuple[Pair, ...]:
        """The pairs whose sentences state something differently."""
        return tuple(p for p in self.pairs if p.discrepancies)
