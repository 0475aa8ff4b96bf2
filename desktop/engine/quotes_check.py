"""Check each quotation against the other article: verbatim, altered, paraphrased, attributed
differently or absent, with the words that differ."""

# The quoted words are located in the other article word by word: rapidfuzz's partial_ratio
# picks the paragraph, partial_ratio_alignment the place inside it (so a quote inside a longer
# sentence is found), and a short search around that place fixes where the match starts and
# ends (an edited quote has words added or dropped). Same words -> verbatim; nearly the same
# (ALTERED_SIMILARITY) -> altered. Otherwise the sentences sharing most content words are asked
# same_content(); enough shared content -> paraphrased. A match inside a quotation of the other
# article given to someone else is "attributed differently".

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from desktop.engine.diff import word_diff
from desktop.engine.models import Article, WordOp
from desktop.engine.quotes_content import content_words, same_content
from desktop.engine.quotes_find import Quote
from desktop.engine.quotes_people import same_speaker
from desktop.engine.quotes_speaker import WORD, Speaker
from desktop.engine.text import normalize_for_matching

VERBATIM = "verbatim"
ALTERED = "altered"
PARAPHRASED = "paraphrased"
ATTRIBUTED_DIFFERENTLY = "attributed differently"
ABSENT = "absent"
VERDICTS = (VERBATIM, ALTERED, PARAPHRASED, ATTRIBUTED_DIFFERENTLY, ABSENT)

# Word-level Levenshtein similarity (0-1) from which a match is the same quote, edited.
ALTERED_SIMILARITY = 0.6
# A shortened quote: the other article quotes at least this share of its words unchanged (and at
# least _SHORTENED_WORDS of them, and a third of the quote) and little else.
SHORTENED_SHARE = 0.9
_SHORTENED_WORDS = 5
# Share of the quote's content words the other article states, from which it is a paraphrase.
PARAPHRASE_CONTENT = 0.5
_MIN_CONTENT_WORDS = 3  # fewer content words cannot tell a paraphrase from a coincidence
_EXACT_SHARE = 0.2  # a paraphrase shares at least one in five content words exactly
_CANDIDATES = 3  # sentences (by shared content words) asked same_content()
# partial_ratio (0-100) below which the words are too far apart to be an edited quote: the ends
# of such a match are not searched (that search is most of the time spent on absent quotes).
_REFINE_FROM = 50
_PARAGRAPHS = 2  # paragraphs (by partial_ratio) searched for the quoted words
_WORDY = re.compile(r"\w")


@dataclass(frozen=True, slots=True)
class QuoteCheck:
    """One quotation's verdict against the other article. `match` is the (start, end) of the
    matching words or sentences in the other article's text, None when absent; `differences`
    are the word-level steps that differ (typography and punctuation left out). `wording` is
    the verdict on the words alone (an "attributed differently" quote may be verbatim);
    `similarity` is the word-level similarity, or same_content() for a paraphrase."""

    quote: Quote
    verdict: str
    side: str = "left"
    match: tuple[int, int] | None = None
    other_speaker: Speaker | None = None
    differences: tuple[WordOp, ...] = ()
    similarity: float = 0.0
    wording: str = ABSENT


def _fold(word: str) -> str:
    return unicodedata.normalize("NFC", word.lower()).replace("’", "'")


class Target:
    """The other article, prepared once for checking many quotations against it."""

    def __init__(self, article: Article, quotes: tuple[Quote, ...]):
        self.article = article
        self.quotes = tuple(sorted(quotes, key=lambda q: q.start))
        self.quote_starts = [q.start for q in self.quotes]
        # The attribution between the parts of an interrupted quotation („…“, sagte er, „…“)
        # is left out, so the parts read as the one quotation they are.
        gaps = sorted(
            (a[1], b[0]) for q in quotes for a, b in zip(q.parts, q.parts[1:], strict=False)
        )
        words: list = []
        self.segment: list[int] = []  # words in one segment are contiguous in the text
        segment = 0
        for t in WORD.finditer(article.text):
            g = bisect.bisect_right(gaps, (t.start(), float("inf"))) - 1
            if g >= 0 and gaps[g][0] <= t.start() < gaps[g][1]:
                if self.segment and self.segment[-1] == segment:
                    segment += 1
                continue
            words.append(t)
            self.segment.append(segment)
        self.spans = [t.span() for t in words]
        self.words = [_fold(t.group()) for t in words]
        starts = [t.start() for t in words]
        self.paragraphs: list[tuple[int, int]] = []  # word index ranges
        self.sentence_words: list[tuple[int, int]] = []
        by_paragraph: dict[int, list[int]] = {}
        for s in article.sentences:
            lo, hi = bisect.bisect_left(starts, s.start), bisect.bisect_left(starts, s.end)
            self.sentence_words.append((lo, hi))
            by_paragraph.setdefault(s.paragraph, []).append(s.id)
        self.paragraph_of = [s.paragraph for s in article.sentences]
        for ids in by_paragraph.values():
            self.paragraphs.append(
                (self.sentence_words[ids[0]][0], self.sentence_words[ids[-1]][1])
            )
        self.units = [self.words[lo:hi] for lo, hi in self.paragraphs]
        self.content = content_words([s.text for s in article.sentences], article.language)
        self.index: dict[str, list[int]] = {}
        for i, words_ in enumerate(self.content):
            for w in words_:
                self.index.setdefault(w, []).append(i)

    def offsets(self, lo: int, hi: int) -> tuple[int, int]:
        return (self.spans[lo][0], self.spans[hi - 1][1])

    def text_of(self, lo: int, hi: int) -> str:
        """The text of words lo..hi, without the attributions left out between them."""
        pieces, first = [], lo
        for k in range(lo + 1, hi + 1):
            if k == hi or self.segment[k] != self.segment[first]:
                pieces.append(self.article.text[self.spans[first][0] : self.spans[k - 1][1]])
                first = k
        return " ".join(pieces)

    def quote_at(self, start: int, end: int) -> Quote | None:
        """The other article's quotation that holds most of [start, end)."""
        best, overlap = None, 0
        # Quotations do not overlap: walking back from `end`, the first one ending before
        # `start` is the last to look at.
        for i in range(bisect.bisect_left(self.quote_starts, end) - 1, -1, -1):
            q = self.quotes[i]
            if q.end <= start:
                break
            shared = sum(max(0, min(e, end) - max(s, start)) for s, e in q.parts)
            if shared > overlap:
                best, overlap = q, shared
        return best

    def speaker_at(self, start: int, end: int) -> Speaker | None:
        """The speaker of the other article's quotation that holds most of [start, end)."""
        best = self.quote_at(start, end)
        if best is None or any(s <= start and end <= e for s, e in best.nested):
            return None  # words quoted inside the quotation are not its speaker's own
        return best.speaker


def check_quote(quote: Quote, lang: str, target: Target, side: str = "left") -> QuoteCheck:
    """The verdict for one quotation against the prepared other article."""
    words = [_fold(w) for w in WORD.findall(quote.text)]
    if not words or not target.words:
        return QuoteCheck(quote, ABSENT, side)
    lo, hi, similarity = _locate(words, target)
    verdict = None
    shortened = _shortened(words, target, lo, hi) if similarity < ALTERED_SIMILARITY else None
    if similarity >= ALTERED_SIMILARITY:
        start, end = target.offsets(lo, hi)
        differences = _differences(quote.text, target.text_of(lo, hi))
        verdict = ALTERED if differences else VERBATIM
    elif shortened is not None:
        start, end = shortened.start, shortened.end
        differences = _differences(quote.text, shortened.text)
        verdict = ALTERED
    else:
        found = _paraphrase(quote, lang, target)
        if found is not None:
            start, end, similarity = found
            differences = _differences(quote.text, target.article.text[start:end])
            verdict = PARAPHRASED
    if verdict is None:
        return QuoteCheck(quote, ABSENT, side, similarity=similarity)
    other = target.speaker_at(start, end)
    wording = verdict
    if other is not None and same_speaker(quote.speaker, other) is False:
        verdict = ATTRIBUTED_DIFFERENTLY
    match = (start, end)
    return QuoteCheck(quote, verdict, side, match, other, differences, similarity, wording)


def _locate(words: list[str], target: Target) -> tuple[int, int, float]:
    """The best-matching word range of the other article and its word-level similarity."""
    best = (0, 0, 0.0)
    found = process.extract(words, target.units, scorer=fuzz.partial_ratio, limit=_PARAGRAPHS)
    for _, _, p in found:
        base = target.paragraphs[p][0]
        al = fuzz.partial_ratio_alignment(words, target.units[p])
        if al is None:
            continue
        lo, hi = base + al.dest_start, base + al.dest_end
        if al.score < _REFINE_FROM:
            score = Levenshtein.normalized_similarity(words, target.words[lo:hi])
            candidate = (lo, hi, score)
        else:
            candidate = _refine(words, target.words, lo, hi)
        if candidate[2] > best[2]:
            best = candidate
    return best


def _shortened(words: list[str], target: Target, lo: int, hi: int) -> Quote | None:
    """The other article's quotation at the match when it is a cut-down copy of this one."""
    if hi <= lo:
        return None
    other = target.quote_at(*target.offsets(lo, hi))
    if other is None:
        return None
    theirs = [_fold(w) for w in WORD.findall(other.text)]
    same = sum(
        op.src_end - op.src_start for op in Levenshtein.opcodes(words, theirs) if op.tag == "equal"
    )
    enough = max(_SHORTENED_WORDS, len(words) / 3)
    return other if same >= enough and same >= SHORTENED_SHARE * len(theirs) else None


def _refine(words: list[str], other: list[str], lo: int, hi: int) -> tuple[int, int, float]:
    """Move the ends of a match word by word while that brings it closer to the quote. The
    alignment can be shorter than the quote (words dropped or changed), hence the slack."""
    reach = max(3, len(words) // 3)
    slack = reach + max(0, len(words) - (hi - lo))

    def score(a: int, b: int) -> float:
        return Levenshtein.normalized_similarity(words, other[a:b])

    best = (lo, hi, score(lo, hi))
    for b in range(max(lo + 1, hi - reach), min(len(other), hi + slack) + 1):
        if (s := score(lo, b)) > best[2]:
            best = (lo, b, s)
    hi = best[1]
    for a in range(max(0, lo - slack), min(hi, lo + reach)):
        if (s := score(a, hi)) > best[2]:
            best = (a, hi, s)
    return best


def _paraphrase(quote: Quote, lang: str, target: Target) -> tuple[int, int, float] | None:
    """The other article's sentences (one or a few in a row) that say what the quote says."""
    (mine,) = content_words([quote.text], lang)
    if len(mine) < _MIN_CONTENT_WORDS:
        return None
    hits = Counter(i for w in mine for i in target.index.get(w, ()))
    span = max(1, min(3, len(re.findall(r"[.!?](?:\s|$)", quote.text))))
    best = None
    for i, shared in hits.most_common(_CANDIDATES):
        if shared < _EXACT_SHARE * len(mine):
            break  # too few words in common for compound parts to make up the rest
        for first in range(i - span + 1, i + 1):
            last = first + span - 1
            if first < 0 or last >= len(target.content):
                continue
            if target.paragraph_of[first] != target.paragraph_of[last]:
                continue
            sentences = target.article.sentences[first : last + 1]
            text = " ".join(s.text for s in sentences)
            score = same_content(quote.text, text, lang)
            if score >= PARAPHRASE_CONTENT and (best is None or score > best[2]):
                best = (sentences[0].start, sentences[-1].end, score)
    return best


def _differences(mine: str, theirs: str) -> tuple[WordOp, ...]:
    """Word steps that differ, ignoring case, typography and punctuation; neighbouring steps
    read as one ("in diesem Jahr" -> "vorerst", not "in" -> "vorerst" and "diesem Jahr" gone)."""
    merged: list[WordOp] = []
    joined = False  # the last entry of `merged` is a difference still open for merging
    for op in word_diff(normalize_for_matching(mine), normalize_for_matching(theirs)):
        if op.tag == "equal":
            joined = False
            continue
        if joined:
            last = merged.pop()
            left = " ".join(w for w in (last.left, op.left) if w)
            right = " ".join(w for w in (last.right, op.right) if w)
            op = WordOp("replace" if left and right else op.tag, left, right)
        merged.append(op)
        joined = True
    return tuple(_words_only(op) for op in merged if _WORDY.search(op.left + op.right))


def _words_only(op: WordOp) -> WordOp:
    """A side holding only punctuation is empty: '"is" -> "\u201d"' is "is" dropped."""
    left = op.left if _WORDY.search(op.left) else ""
    right = op.right if _WORDY.search(op.right) else ""
    tag = "replace" if left and right else "delete" if left else "insert"
    return WordOp(tag, left, right)


def check_quotes(
    quotes: tuple[Quote, ...],
    lang: str,
    other: Article,
    other_quotes: tuple[Quote, ...],
    side: str = "left",
) -> tuple[QuoteCheck, ...]:
    """Every quotation of one article (on `side`) checked against the other article."""
    if not quotes:
        return ()
    target = Target(other, other_quotes)
    return tuple(check_quote(q, lang, target, side) for q in quotes)
