"""Find the quotations in an article: quotation marks of both languages, and colon speech."""

# One pass over the quotation marks of each paragraph with a small stack pairs openers and
# closers („…“ ‚…‘ »…« «…» "…" '…' “…” ‘…’); an apostrophe (don’t, the players’ union) is told
# apart by its neighbours. The outermost pairs are the quotations; nested ones stay inside them.
# A quotation interrupted by its attribution („…“, sagte er, „…“) becomes one quotation.

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from desktop.engine.models import Article
from desktop.engine.quotes_speaker import (
    UNKNOWN,
    WORD,
    Speaker,
    attribution,
    names_a_thing,
    speech_verb,
    tokens,
)
from desktop.engine.segment import paragraph_spans

_MARKS = re.compile(r"[\"'„“”‚‘’»«›‹]")
_CLOSERS = {
    "„": "“”", "“": "”“", '"': '"', "‚": "‘’", "‘": "’", "'": "'",
    "»": "«", "«": "»", "›": "‹", "‹": "›",
}  # fmt: skip
_SINGLE_CLOSERS = "’'"
_OPEN_BEFORE = "([{<–—-/:;" + "".join(_CLOSERS) + "”’"
_CLOSE_AFTER = ".,;:!?)]}>–—-…/" + "".join(_CLOSERS) + "”’"
_MAX_DEPTH = 8  # deeper nesting is broken markup; a bounded stack keeps the scan linear
_MIN_WORDS = 4  # shorter unattributed quotes are terms or titles ("America First"), not speech
_JOIN_WORDS = 12  # the most words an attribution between two halves of one quotation has
# An attribution is read from at most this many characters beside the quotation: a sentence
# can be a megabyte long, and reading all of it for every quotation would be quadratic.
_CLAUSE_CHARS = 400
_COLON_VERB_WORDS = 6  # colon speech: the speech verb is among the last words before the colon


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: `start`/`end` enclose its words in Article.text (from the first to the last
    part when an attribution interrupts it), `text` is the parts' words joined by a space."""

    start: int
    end: int
    text: str
    speaker: Speaker = UNKNOWN
    parts: tuple[tuple[int, int], ...] = ()
    marked: bool = True  # False: reported speech after a colon, without quotation marks
    paragraph: int = 0
    nested: tuple[tuple[int, int], ...] = ()  # quotations inside it: someone else's words

    @property
    def speaker_name(self) -> str:
        return self.speaker.name or "unknown"


class _Sentences:
    """Sentence bounds around an offset, from the article's own split."""

    def __init__(self, article: Article):
        self.spans = [(s.start, s.end) for s in article.sentences]
        self.starts = [s for s, _ in self.spans]

    def around(self, pos: int) -> tuple[int, int]:
        i = max(0, bisect.bisect_right(self.starts, pos) - 1)
        return self.spans[i] if self.spans else (0, pos)


def find_quotes(article: Article) -> tuple[Quote, ...]:
    """Every quotation in the article, in text order, with the speaker its clause names."""
    text, lang = article.text, article.language
    sentences = _Sentences(article)
    found: list[Quote] = []
    for number, (p_start, p_end) in enumerate(paragraph_spans(text)):
        spans, nested = _pairs(text, p_start, p_end)
        found.extend(_quotations(text, spans, nested, sentences, lang, number))
        found.extend(_colon_speech(text, spans, sentences, lang, number, p_start, p_end))
    found.sort(key=lambda q: q.start)
    return tuple(found)


def _pairs(text: str, start: int, end: int) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """(opening mark, closing mark) offsets of one paragraph's outermost quotations, and of
    the quotations nested in them."""
    marks = [(m.start(), m.group()) for m in _MARKS.finditer(text, start, end)]
    # Where a single closer could also be a possessive ("the players’ union"), a later closer of
    # the same kind decides; these lists make that look-up constant time.
    later = {c: [i for i, ch in marks if ch == c and _closes(text, i, start, end)] for c in "’'"}
    stack: list[tuple[str, int]] = []
    closed: list[tuple[int, int]] = []
    for i, c in marks:
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if c in _SINGLE_CLOSERS and prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe inside a word
        opens = _opens(text, i, start, end)
        closes = _closes(text, i, start, end)
        if closes and not (opens and not closes):
            at = _matching(stack, c)
            if at is not None and not _possessive(text, i, c, later, end):
                closed.append((stack[at][1], i))
                del stack[at:]
                continue
        if opens and c in _CLOSERS:
            stack.append((c, i))
            if len(stack) > _MAX_DEPTH:
                del stack[0]
    closed.sort(key=lambda s: (s[0], -s[1]))
    outer: list[tuple[int, int]] = []
    nested: list[tuple[int, int]] = []
    for s in closed:
        if not outer or s[0] > outer[-1][1]:
            outer.append(s)
        else:
            nested.append(s)
    return outer, nested


def _opens(text: str, i: int, start: int, end: int) -> bool:
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    return not nxt.isspace() and (prev.isspace() or prev in _OPEN_BEFORE)


def _closes(text: str, i: int, start: int, end: int) -> bool:
    prev = text[i - 1] if i > start else " "
    nxt = text[i + 1] if i + 1 < end else " "
    return not prev.isspace() and (nxt.isspace() or nxt in _CLOSE_AFTER)


def _matching(stack: list[tuple[str, int]], c: str) -> int | None:
    for at in range(len(stack) - 1, -1, -1):
        if c in _CLOSERS[stack[at][0]]:
            return at
    return None


def _possessive(text: str, i: int, c: str, later: dict[str, list[int]], end: int) -> bool:
    """A single closer followed by a lowercase word, with another closer of its kind to come."""
    if c not in later or i + 2 >= end or not text[i + 2].islower():
        return False
    positions = later[c]
    return bisect.bisect_right(positions, i) < len(positions)


def _words(s: str) -> int:
    return len(WORD.findall(s))


def _quotations(text, spans, nested, sentences, lang, paragraph) -> list[Quote]:
    groups: list[list[tuple[int, int]]] = []
    gap_speakers: list[Speaker | None] = []
    for span in spans:
        joined = groups and _interruption(text, groups[-1][-1], span, sentences, lang)
        if joined:
            groups[-1].append(span)
            gap_speakers[-1] = joined
        else:
            groups.append([span])
            gap_speakers.append(None)
    found = []
    previous_close = -1
    for k, group in enumerate(groups):
        first_open, last_close = group[0][0], group[-1][1]
        next_open = groups[k + 1][0][0] if k + 1 < len(groups) else len(text)
        speaker = gap_speakers[k]
        if speaker is None:
            bounds = (first_open, last_close, previous_close, next_open)
            speaker = _attributed(text, bounds, sentences, lang)
        parts = tuple(_inner(text, o, c) for o, c in group)
        parts = tuple(p for p in parts if p[0] < p[1])
        if not parts:
            continue
        words = " ".join(text[s:e] for s, e in parts)
        short = _words(words) < _MIN_WORDS
        if short and _names_a_thing(text, first_open):
            continue  # "sagte der „Süddeutschen Zeitung“", "von einem „Neustart“"
        follower = text[last_close + 1 : last_close + 40].lstrip()[:1]
        if speaker is None and (short or follower.isalnum()):
            continue  # a term, title or scare quote; "Der Film „…“ lief" is a title too
        previous_close = last_close  # the text before a skipped title still attributes
        inner = tuple(n for n in nested if first_open < n[0] and n[1] < last_close)
        found.append(
            Quote(
                parts[0][0], parts[-1][1], words, speaker or UNKNOWN, parts, True, paragraph, inner
            )
        )
    return found


def _names_a_thing(text: str, open_at: int) -> bool:
    """The word before the mark is an article or preposition: the quote names something."""
    before = tokens(text, max(0, open_at - 30), open_at)
    return bool(before) and names_a_thing(before[-1].low)


def _inner(text: str, open_at: int, close_at: int) -> tuple[int, int]:
    s, e = open_at + 1, close_at
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e)


def _interruption(text, first, second, sentences, lang) -> Speaker | None:
    """The speaker when the text between two quotations is only their attribution (and the
    second has none of its own)."""
    gap = text[first[1] + 1 : second[0]]
    inner_end = text[first[0] + 1 : first[1]].rstrip()
    if "\n" in gap or ":" in gap or _words(gap) > _JOIN_WORDS:
        return None
    if not (gap.lstrip().startswith(",") or inner_end.endswith(",")):
        return None
    toks = tokens(text, first[1] + 1, second[0])
    if sum(speech_verb(toks, k, len(toks)) for k in range(len(toks))) != 1:
        return None
    _, s_end = sentences.around(second[1])
    if second[1] + 1 < s_end:
        own = tokens(text, second[1] + 1, min(s_end, second[1] + _CLAUSE_CHARS))
        if attribution(text, own, "after", lang) is not None:
            return None  # „…“, sagte Reul. „…“, kündigte er an: two quotations
    return attribution(text, toks, "after", lang)


def _attributed(text, bounds, sentences: _Sentences, lang: str) -> Speaker | None:
    """The speaker named after the quotation (first) or before it; None when neither names
    one and neither has a speech verb."""
    open_at, close_at, previous_close, next_open = bounds
    s_start, _ = sentences.around(open_at)
    _, s_end = sentences.around(close_at)
    after = None
    if close_at + 1 < s_end:
        end = min(s_end, next_open, close_at + _CLAUSE_CHARS)
        after = attribution(text, tokens(text, close_at + 1, end), "after", lang)
    begin = _clause_start(text, max(s_start, previous_close + 1), open_at)
    before = attribution(text, tokens(text, begin, open_at), "before", lang)
    for who in (after, before):
        if who is not None and who.kind:
            return who
    return after or before


def _clause_start(text: str, start: int, end: int) -> int:
    """Where the clause before `end` starts: `start`, or a word start _CLAUSE_CHARS back."""
    if end - start <= _CLAUSE_CHARS:
        return start
    space = text.find(" ", end - _CLAUSE_CHARS, end)
    return space + 1 if space >= 0 else end - _CLAUSE_CHARS


def _colon_speech(text, spans, sentences, lang, paragraph, p_start, p_end) -> list[Quote]:
    """Reported speech without marks: "Der Minister sagte: Wir werden nicht nachgeben." """
    found = []
    for s_start, s_end in sentences.spans[
        bisect.bisect_left(sentences.starts, p_start) : bisect.bisect_left(sentences.starts, p_end)
    ]:
        colon = text.find(":", s_start, s_end)
        if colon < 0 or any(o <= colon <= c for o, c in spans):
            continue
        rest = text[colon + 1 : s_end].lstrip()
        if not rest[:1].isalpha() or _words(rest) < 3:
            continue
        toks = tokens(text, _clause_start(text, s_start, colon), colon)
        words = [k for k, t in enumerate(toks) if t.text[:1].isalnum()]
        if not any(speech_verb(toks, k, len(toks)) for k in words[-_COLON_VERB_WORDS:]):
            continue
        start = s_end - len(rest)
        speaker = attribution(text, toks, "before", lang) or UNKNOWN
        found.append(Quote(start, s_end, rest, speaker, ((start, s_end),), False, paragraph))
    return found
