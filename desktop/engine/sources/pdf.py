"""Text of a PDF with a text layer, lines re-joined into paragraphs; scans are refused."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError

from desktop.engine import limits
from desktop.engine.deadline import Overtime, within
from desktop.engine.errors import InputError
from desktop.engine.limits import seconds
from desktop.engine.sources.extracted import Extracted, join_paragraphs, make
from desktop.wording import phrase

_SENTENCE_END = (".", "!", "?", ":", '"', "“", "”", "»", "«", ")")
_PAGE_NUMBER = re.compile(
    r"^\s*(?:-\s*)?\d{1,4}(?:\s*-)?\s*$|^\s*(?:Seite|Page)\s+\d+(?:\s*(?:/|von|of)\s*\d+)?\s*$",
    re.IGNORECASE,
)
AES_HINT = phrase("Twofold needs the cryptography package to open it (pip install cryptography)")
# a line this much shorter than the page's usual line ends its paragraph
_SHORT_LINE = 0.7


def read_pdf(source: str, data: bytes, **meta: str) -> Extracted:
    """Extract paragraphs from every page; title and author from the document information."""
    pages, info = _pages(source, data)
    paragraphs = lines_to_paragraphs(pages)
    if not any(p.strip() for p in paragraphs):
        raise InputError(source, phrase("has no text layer; it needs OCR first"))
    # the creation date says when the file was made, not when the article appeared: left out
    return make(
        join_paragraphs(paragraphs),
        location=source,
        title=_info(info, "title"),
        author=_info(info, "author"),
        raw=data,
        content_type=meta.pop("content_type", "application/pdf"),
        **meta,
    )


def _pages(source: str, data: bytes):
    """The text of each page and the document information, within EXTRACT_SECONDS.

    pypdf raises many kinds of errors on broken files (and DependencyError for AES without
    the cryptography package): all of them mean the file cannot be read, said in one line."""
    pages: list[str] = []
    count = [0]

    def work():
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(source, phrase("is password protected"))
        count[0] = len(reader.pages)
        for page in reader.pages:
            pages.append(page.extract_text() or "")
        return reader.metadata

    try:
        # Past the limit the reading is stopped, inside a page too (engine/deadline.py).
        return pages, within(limits.EXTRACT_SECONDS, work, name="twofold-pdf")
    except Overtime:
        raise InputError(
            source,
            phrase(
                "took longer than {time} to read ({read} of {pages} pages)",
                time=seconds(limits.EXTRACT_SECONDS),
                read=len(pages),
                pages=count[0],
            ),
        ) from None
    except InputError:
        raise
    except DependencyError as exc:
        raise InputError(source, phrase("is encrypted with AES; {hint}", hint=AES_HINT)) from exc
    except FileNotDecryptedError as exc:
        raise InputError(source, phrase("is password protected")) from exc
    except RecursionError as exc:
        raise InputError(source, phrase("is not a readable PDF (nested too deeply)")) from exc
    except Exception as exc:  # noqa: BLE001 - a broken file can raise anything inside pypdf
        detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(
            source, phrase("is not a readable PDF ({detail})", detail=detail[:120])
        ) from exc


def _info(info, name: str) -> str:
    try:
        return str(getattr(info, name) or "").strip() if info is not None else ""
    except Exception:  # noqa: BLE001 - a damaged information dictionary only loses the title
        return ""


def lines_to_paragraphs(pages: list[str]) -> list[str]:
    """Typeset lines back into paragraphs: blank lines and short last lines end a paragraph."""
    paragraphs: list[str] = []
    current: list[str] = []
    for page in pages:
        lines = [line.strip() for line in page.splitlines()]
        lines = [line for line in lines if not _PAGE_NUMBER.match(line) or not line]
        widths = sorted(len(line) for line in lines if line)
        usual = widths[int(len(widths) * 0.9)] if widths else 0
        for index, line in enumerate(lines):
            if not line:
                paragraphs.append(_join(current))
                current = []
                continue
            current.append(line)
            short = len(line) < _SHORT_LINE * usual and not line.endswith("-")
            if index == len(lines) - 1:
                # a full line without a full stop at the foot of a page runs on to the next page;
                # a page holding a single line is a title or cover page
                ends = line.endswith(_SENTENCE_END) or short or len(widths) == 1
            else:
                ends = short
            if ends:
                paragraphs.append(_join(current))
                current = []
    paragraphs.append(_join(current))
    return [p for p in paragraphs if p]


def _join(lines: list[str]) -> str:
    text = ""
    for line in lines:
        if not text:
            text = line
        elif re.search(r"\w-$", text) and line[:1].islower():
            text = text[:-1] + line  # word broken across lines by hyphenation
        elif text.endswith("-"):
            text += line  # compound like "US-" / "Präsident" keeps its hyphen
        else:
            text += " " + line
    return text
