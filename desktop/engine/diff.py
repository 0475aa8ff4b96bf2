"""Word-level differences inside a pair, and flags for numbers, dates and names that differ."""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from desktop.engine.models import Discrepancy, WordOp

_TOKEN = re.compile(r"\w+(?:[-'’.,]\w+)*|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    return _TOKEN.findall(text)


def word_diff(left: str, right: str) -> tuple[WordOp, ...]:
    """Differences between two sentences, word by word (case-insensitive matching)."""
    a, b = tokens(left), tokens(right)
    ops = Levenshtein.opcodes([t.lower() for t in a], [t.lower() for t in b])
    return tuple(
        WordOp(
            op.tag, " ".join(a[op.src_start : op.src_end]), " ".join(b[op.dest_start : op.dest_end])
        )
        for op in ops
    )


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def discrepancies(left: str, right: str) -> tuple[Discrepancy, ...]:
    """Numbers present on both sides but not the same."""
    ln, rn = set(_NUMBER.findall(left)), set(_NUMBER.findall(right))
    if ln and rn and ln != rn:
        return (Discrepancy("number", tuple(sorted(ln - rn)), tuple(sorted(rn - ln))),)
    return ()
