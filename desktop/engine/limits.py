"""Every limit a user can meet with bad or huge input, in one place (the README lists them).

Readers, the fetcher, the sentence splitter and the aligner read their bounds from here; each
limit exists so that hostile or broken input gets a clear message in seconds instead of a
hang, a crash or all the machine's memory."""

from __future__ import annotations

import math

from desktop.engine.errors import InputError
from desktop.wording import joined, phrase

# Files and downloads
FILE_BYTES = 50 * 2**20  # an article file as read from disk
WEB_BYTES = 10 * 2**20  # the body of a web page, text or PDF downloaded
WEB_SECONDS = 15.0  # one deadline for connecting, headers and body of a download
WEB_REDIRECTS = 5

# Inside documents
DOCX_UNPACKED = 64 * 2**20  # all parts of a Word file together, unpacked (zip bombs stop here)
DOCX_PARTS = 2000  # files inside one Word package
DOCX_PARAGRAPHS = 1_000_000  # paragraphs and tables of one Word file (~5 s to read)
MARKUP_BYTES = 3 * 2**20  # a page's markup once scripts, styles and comments are out
MARKUP_TAGS = 30_000  # elements of one page given to the article extractor
MARKUP_DEPTH = 200  # nesting kept; deeper tags are dropped, their text kept
EXTRACT_SECONDS = 15.0  # the article extractor on one page, the text of one PDF

# Sentences and scoring
SENTENCE_CHARS = 1000  # a longer sentence is cut at a space before this (lists, tables, junk)
SCORED_PAIRS = 9_000_000  # sentences left x right scored at once (3,000 × 3,000; ~60 B each)
LEMMA_WORDS = 10_000  # distinct words given dictionary forms (an article has 500-3,000)
# Words whose dictionary forms are kept on disk for the next run: ~0.7 MB, read in ~12 ms (far
# less than loading simplemma); a larger memo would cost a short comparison more than it saves.
SEEN_WORDS = 30_000
# Characters left x right given to fuzzy string scoring, summed over all pairs (~0.5 s on two
# cores; a news article pair stays far below: 20 KB x 20 KB is 4 * 10**8). Past it, every
# sentence is scored on its beginning; word overlap still sees the whole sentence.
FUZZY_CHAR_PAIRS = 10**10
# Clauses left x right matched (clauses.py; 2,000 x 2,000 news sentences make about 10 million).
# Past it, the last clauses of the longest sentences are taken as one.
CLAUSE_PAIRS = 16_000_000


# What the CLI, the window and the exports say of sentences cut at SENTENCE_CHARS.
CUT_NOTE = phrase(
    "Sentences longer than {limit:,} characters are compared in pieces of at most that length",
    limit=SENTENCE_CHARS,
)
PIECE_NOTE = phrase(
    "Part of a sentence longer than {limit:,} characters: compared in pieces of at most that "
    "length",
    limit=SENTENCE_CHARS,
)


def cut_note(left, right) -> str:
    """CUT_NOTE with the pieces on each side of two articles ("" when no sentence was cut)."""
    cut = [phrase("left {count:,}", count=len(left.cut))] if left.cut else []
    cut += [phrase("right {count:,}", count=len(right.cut))] if right.cut else []
    return phrase("{note} ({sides})", note=CUT_NOTE, sides=joined(", ", cut)) if cut else ""


def amount(n: int) -> str:
    """A size as a reader says it: "21 MB", "16384 bytes"."""
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else phrase("{count} bytes", count=n)


def seconds(value: float) -> str:
    """A time limit as messages say it: "15 s"."""
    return f"{value:g} s"


def cut_point(text: str, start: int, end: int, limit: int | None = None) -> int:
    """Where the first piece of text[start:end] longer than `limit` (SENTENCE_CHARS) ends: after
    the last space in the second half of the limit, else at the limit (one unbroken token)."""
    limit = SENTENCE_CHARS if limit is None else limit
    if end - start <= limit:
        return end
    space = text.rfind(" ", start + limit // 2, start + limit)
    return space + 1 if space >= 0 else start + limit


def scoring_prefixes(texts) -> tuple[list[str], list[int]]:
    """Texts as scoring takes them, each at most SENTENCE_CHARS long (longer ones scored on
    their beginning), and the indices of the ones cut. For sentence lists given whole (the
    `align` command), where cutting them in pieces would change the indices."""
    out, cut = [], []
    for index, text in enumerate(texts):
        if len(text) > SENTENCE_CHARS:
            text = text[: cut_point(text, 0, len(text))].rstrip()
            cut.append(index)
        out.append(text)
    return out, cut


def cap_for(left: list[int], right: list[int], budget: int) -> int | None:
    """The largest cap c with sum(min(x, c) for x in left) * (the same for right) <= budget:
    how much of each text (characters, clauses) work that grows with the product may take.
    None when all of them fit uncut."""

    def cost(cap: int) -> int:
        return sum(min(x, cap) for x in left) * sum(min(x, cap) for x in right)

    if cost(max(left + right, default=0)) <= budget:
        return None
    low, high = 1, max(left + right)  # cost(1) is at most SCORED_PAIRS, far below any budget
    while low < high:
        middle = (low + high + 1) // 2
        low, high = (middle, high) if cost(middle) <= budget else (low, middle - 1)
    return low


def check_pairs(left: int, right: int, source: str = "the two articles") -> None:
    """InputError before scoring when left x right sentence pairs would not fit in memory:
    the score matrices grow with the product, about 60 bytes a pair."""
    if left * right > SCORED_PAIRS:
        side = math.isqrt(SCORED_PAIRS)
        raise InputError(
            source,
            phrase(
                "have {left:,} and {right:,} sentences, {pairs:,} pairs to score; Twofold "
                "scores at most {limit:,} at once (such as {side:,} × {side:,} sentences)",
                left=left,
                right=right,
                pairs=left * right,
                limit=SCORED_PAIRS,
                side=side,
            ),
        )
