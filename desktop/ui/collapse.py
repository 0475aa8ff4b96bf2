"""The text a pane shows when some sentences are folded away: each run of them becomes one
short line, and offsets map between the article and what is shown (no Qt here)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from desktop.engine.models import Article


def placeholder(count: int) -> str:
    return f"⋯ {count} sentence{'s' * (count != 1)} folded away (F shows them) ⋯"


@dataclass(frozen=True, slots=True)
class Folded:
    """Article text with runs of hidden sentences replaced by a placeholder line.

    `pieces` are (article start, shown start, length) of the text kept, in order; `marks`
    the (shown start, shown end) of each placeholder."""

    text: str
    pieces: tuple[tuple[int, int, int], ...]
    marks: tuple[tuple[int, int], ...]
    starts: tuple[int, ...] = ()  # each piece's shown start, for the way back

    def shown(self, pos: int) -> int:
        """An article offset in the shown text (a hidden one: its placeholder's start)."""
        if not self.marks:
            return pos
        n = bisect_right(self.pieces, (pos, float("inf"), 0)) - 1
        if n < 0:
            return 0
        start, shown, length = self.pieces[n]
        return shown + min(pos - start, length)

    def original(self, pos: int) -> int:
        """A shown offset in the article (inside a placeholder: the hidden run's start)."""
        if not self.marks:
            return pos
        n = bisect_right(self.starts, pos) - 1
        if n < 0:
            return 0
        start, shown, length = self.pieces[n]
        return start + min(pos - shown, length)


def fold(article: Article, hidden: frozenset[int] | set[int]) -> Folded:
    """The article's text with each run of `hidden` sentences (and the space between them)
    replaced by one placeholder."""
    text = article.text
    if not hidden:
        return Folded(text, ((0, 0, len(text)),), ())
    out: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    marks: list[tuple[int, int]] = []
    cursor, length = 0, 0
    sentences = article.sentences
    i = 0
    while i < len(sentences):
        if sentences[i].id not in hidden:
            i += 1
            continue
        j = i
        while j + 1 < len(sentences) and sentences[j + 1].id in hidden:
            j += 1
        begin, end = sentences[i].start, sentences[j].end
        kept = text[cursor:begin]
        pieces.append((cursor, length, len(kept)))
        out.append(kept)
        length += len(kept)
        mark = placeholder(j - i + 1)
        marks.append((length, length + len(mark)))
        out.append(mark)
        length += len(mark)
        cursor = end
        i = j + 1
    pieces.append((cursor, length, len(text) - cursor))
    out.append(text[cursor:])
    starts = tuple(shown for _start, shown, _length in pieces)
    return Folded("".join(out), tuple(pieces), tuple(marks), starts)
