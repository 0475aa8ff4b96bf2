"""The one way in for articles: a web address, a saved page, Word, PDF, Markdown or text.

`read_source(location)` decides by scheme and suffix and returns an Extracted; the readers of
pages, PDFs and Word files are imported only when one is read (they are slow to import)."""

from __future__ import annotations

from pathlib import Path

from desktop.engine.errors import InputError
from desktop.engine.sources.address import is_address
from desktop.engine.sources.extracted import Extracted
from desktop.engine.sources.files import read_file
from desktop.wording import phrase

__all__ = ["SUFFIXES", "Extracted", "extract_html", "extract_text", "read_source"]

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown")
SUFFIXES = (".txt", ".text", *MARKDOWN_SUFFIXES, *HTML_SUFFIXES, ".docx", ".pdf")


def read_source(location: str, lang: str = "auto") -> Extracted:
    """Read an article from an http(s) address or a file, chosen by scheme and file suffix;
    any other file is read as plain text. Every failure is an InputError naming the source.

    lang is accepted for symmetry with load_article; extraction itself is language-independent.
    """
    if is_address(location):
        from desktop.engine.sources.web import read_url

        return read_url(location.strip(), lang=lang)
    suffix = Path(location).suffix.lower()
    data = read_file(location)
    if suffix == ".doc":
        raise InputError(location, phrase("is an old Word (.doc) file; save it as .docx first"))
    if suffix in HTML_SUFFIXES:
        from desktop.engine.sources.decoding import decode_html
        from desktop.engine.sources.html import extract_html

        return extract_html(
            decode_html(data), location=location, raw=data, content_type="text/html"
        )
    if suffix == ".pdf":
        from desktop.engine.sources.pdf import read_pdf

        return read_pdf(location, data)
    if suffix == ".docx":
        from desktop.engine.sources.word import read_docx

        return read_docx(location, data)
    from desktop.engine.sources import documents

    if suffix in MARKDOWN_SUFFIXES:
        return documents.read_markdown(location, data)
    return documents.read_plain(location, data)


def __getattr__(name: str):
    # extract_html pulls in the HTML extractor; loaded the first time someone asks for it.
    if name == "extract_html":
        from desktop.engine.sources.html import extract_html

        return extract_html
    if name == "extract_text":
        from desktop.engine.sources.documents import extract_text

        return extract_text
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
