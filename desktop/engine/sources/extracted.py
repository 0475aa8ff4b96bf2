"""The result of reading an article from a file or an address, with where it came from."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop.engine.clock import now_utc
from desktop.engine.fingerprint import fingerprint


@dataclass(frozen=True)
class Extracted:
    """Article text (paragraphs separated by blank lines) plus metadata and the raw source."""

    text: str
    location: str
    title: str = ""
    author: str = ""
    date: str = ""
    site: str = ""
    final_url: str = ""
    fetched: str = ""
    content_type: str = ""
    raw: bytes = field(default=b"", repr=False)
    sha256: str = ""
    encoding: str = "utf-8"  # of a text file as read (pages and documents decode themselves)


def make(text: str, location: str, **meta: str | bytes) -> Extracted:
    """Build an Extracted, normalising paragraphs and filling in fetched time and checksum."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # a line of spaces between paragraphs separates them like an empty one
    body = join_paragraphs("\n".join(line.rstrip() for line in lines).split("\n\n"))
    meta.setdefault("fetched", now_utc())
    return Extracted(text=body, location=location, sha256=fingerprint(body), **meta)  # type: ignore[arg-type]


def join_paragraphs(paragraphs) -> str:
    """Join paragraphs with one blank line, dropping empty ones and trailing spaces."""
    cleaned = []
    for paragraph in paragraphs:
        lines = [line.rstrip() for line in paragraph.split("\n")]
        block = "\n".join(line for line in lines if line.strip()).strip("\n")
        if block.strip():
            cleaned.append(block)
    return "\n\n".join(cleaned)


# A table row is one unit, its cells joined, so that "Pegel Passau – 12,20 m" stays one fact
# that can be compared with the other article's "Pegel Passau: 12,20 Meter".
CELL_SEPARATOR = " – "


def table_row(cells) -> str:
    """The text of a table row: its cells with text, each on one line, joined."""
    return CELL_SEPARATOR.join(" ".join(cell.split()) for cell in cells if cell.strip())
