"""Clauses of a sentence: the fact units Twofold matches below the sentence level.

A news sentence often holds several facts ("Nach den Einsätzen der DEA in Sinaloa – mit dem
Ziel, Drogenkartelle zu zerschlagen – will Rubio ..."). Clauses are cut at commas, semicolons,
colons, brackets and dashes and before a conjunction; pieces of fewer than MIN_WORDS words join
their neighbour, so a clause still says something.
"""

from __future__ import annotations

import re

MIN_WORDS = 4
# A cut is the separator itself; the linear pattern looks at one separator at a time.
_CUT = re.compile(
    r"\s*[,;:()\[\]]\s+|\s+[-–—]\s+"
    r"|\s+(?=(?:und|aber|sondern|während|weil|nachdem|wobei|sowie"
    r"|and|but|while|because|after|which|who|when|whereas)\s)"
)
_WORD = re.compile(r"\w+")


def clause_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each clause in `text`, in order; one span for a one-clause sentence."""
    pieces: list[list[int]] = []
    pos = 0
    for m in _CUT.finditer(text):
        if m.start() > pos:
            pieces.append([pos, m.start()])
        pos = m.end()
    if pos < len(text):
        pieces.append([pos, len(text)])
    merged: list[list[int]] = []
    for piece in pieces:
        short = len(_WORD.findall(text[piece[0] : piece[1]])) < MIN_WORDS
        if merged and (short or _words(text, merged[-1]) < MIN_WORDS):
            merged[-1][1] = piece[1]
        else:
            merged.append(piece)
    return [(a, b) for a, b in merged] or [(0, len(text))]


def clauses(text: str) -> list[str]:
    """The clauses of `text` as strings."""
    return [text[a:b] for a, b in clause_spans(text)]


def _words(text: str, span: list[int]) -> int:
    return len(_WORD.findall(text[span[0] : span[1]]))
