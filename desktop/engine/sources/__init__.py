"""Bring an article in from where a journalist has it: a web address, a saved page, Word, PDF, text."""

from __future__ import annotations

import re
from pathlib import Path

from desktop.engine.errors import InputError
from desktop.engine.sources.decoding import decode_html
from desktop.engine.sources.documents import extract_text, read_docx, read_markdown, read_plain
from desktop.engine.sources.extracted import Extracted
from desktop.engine.sources.html import extract_html
from desktop.engine.sources.pdf import read_pdf
from desktop.engine.sources.web import is_address, read_url

__all__ = ["Extracted", "extract_html", "extract_text", "read_source", "SUFFIXES"]

MAX_FILE_BYTES = 50 * 1024 * 1024
_DOMAIN = re.compile(r"^(?:www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/)", re.IGNORECASE)
SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".docx", ".pdf")


def read_source(location: str, lang: str = "auto") -> Extracted:
    """Read an article from an http(s) address or a file, chosen by scheme and file suffix.

    lang is accepted for symmetry with load_article; extraction itself is language-independent.
    """
    if is_address(location):
        return read_url(location.strip(), lang=lang)
    path = Path(location)
    data = _read_file(path, location)
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm", ".xhtml"):
        return extract_html(
            decode_html(data), location=location, raw=data, content_type="text/html"
        )
    if suffix == ".docx":
        return read_docx(location, data)
    if suffix == ".pdf":
        return read_pdf(location, data)
    if suffix in (".md", ".markdown"):
        return read_markdown(location, data)
    if suffix == ".doc":
        raise InputError(location, "is an old Word (.doc) file; save it as .docx first")
    return read_plain(location, data)


def _read_file(path: Path, location: str) -> bytes:
    if not path.exists():
        if _DOMAIN.match(location.strip()):
            raise InputError(location, "no such file (write web addresses with https://)")
        raise InputError(location, "no such file")
    if path.is_dir():
        raise InputError(location, "is a folder, not a file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise InputError(location, f"is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InputError(location, f"cannot be read ({exc.strerror})") from exc
