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
