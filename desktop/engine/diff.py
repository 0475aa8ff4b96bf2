"""Word-level differences inside a pair: what the window and the exports mark inline."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from desktop.engine.models import WordOp

_TOKEN = re.compile(r"\w+(?:[-'’.,]\w+)*|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Words and punctuation marks of a text, as written."""
    return _TOKEN.findall(text)


def word_diff(left: str, right: str) -> tuple[WordOp, ...]:
    """Differences between two sentences, word by word (case-insensitive matching).

    Each step carries the original text of its words, spacing and case included.
    """
    a = list(_TOKEN.finditer(left))
    b = list(_TOKEN.finditer(right))
    ops = Levenshtein.opcodes([m.group().casefold() for m in a], [m.group().casefold() for m in b])
    return tuple(
        WordOp(
            op.tag,
            _span(left, a, op.src_start, op.src_end),
            _span(right, b, op.dest_start, op.dest_end),
        )
        for op in ops
    )


def _span(text: str, matches: list[re.Match[str]], start: int, end: int) -> str:
    if start >= end:
        return ""
    return text[matches[start].start() : matches[end - 1].end()]


def marked_spans(original: str, ops: tuple[WordOp, ...], side: str) -> list[tuple[str, bool]]:
    """Pieces of the original sentence (its own spacing kept) and whether each differs from
    the other side: what the window's detail panel and the exports mark inline."""
    out: list[tuple[str, bool]] = []
    cursor = 0
    for op in ops:
        words = (op.left if side == "left" else op.right).split()
        if not words:
            continue
        begin = cursor
        for word in words:
            found = original.find(word, cursor)
            cursor = found + len(word) if found >= 0 else cursor
        piece = original[begin:cursor] if cursor > begin else " ".join(words)
        _add(out, piece, op.tag != "equal")
    if cursor < len(original):
        _add(out, original[cursor:], False)
    return out


def _add(out: list[tuple[str, bool]], piece: str, changed: bool) -> None:
    # Neighbouring changes read as one marked phrase rather than a row of fragments.
    if out and out[-1][1] == changed:
        out[-1] = (out[-1][0] + piece, changed)
    else:
        out.append((piece, changed))


def marked_offsets(
    text: str, start: int, ops: tuple[WordOp, ...], side: str
) -> list[tuple[int, int]]:
    """Where the words of one side that differ from the other lie in `text` (the article),
    its sentences starting at `start`: the inline marks of a pair in the window. Words of one
    run of differences (spacing between them included) make one span."""
    out: list[tuple[int, int]] = []
    cursor = start
    for op in ops:
        for word in (op.left if side == "left" else op.right).split():
            found = text.find(word, cursor)
            if found < 0:
                continue
            end = found + len(word)
            if op.tag != "equal":
                if out and out[-1][1] == cursor and not text[cursor:found].strip():
                    out[-1] = (out[-1][0], end)
                else:
                    out.append((found, end))
            cursor = end
    return out
