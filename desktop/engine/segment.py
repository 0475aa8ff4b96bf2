"""Split news text into sentences; every non-space character belongs to exactly one sentence."""

import re

_END = re.compile(r"[.!?…]+[\"'“”„«»)\]]*(?=\s+)")


def split_spans(text: str, lang: str = "de") -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of `text`, whitespace trimmed."""
    spans: list[tuple[int, int]] = []
    for block in re.finditer(r"[^\n]+", text):
        start = block.start()
        for match in _END.finditer(block.group()):
            end = block.start() + match.end()
            _add(text, start, end, spans)
            start = end
        _add(text, start, block.end(), spans)
    return spans


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if stripped:
        lead = len(piece) - len(piece.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


def split_sentences(text: str, lang: str = "de") -> list[str]:
    """The sentences of `text` as strings."""
    return [text[s:e] for s, e in split_spans(text, lang)]
