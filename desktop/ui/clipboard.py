"""Pasting an article: a browser's HTML becomes clean article text, plain text stays as is."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QMimeData
from PySide6.QtGui import QGuiApplication

from desktop.engine.errors import InputError
from desktop.engine.load import article_from_extracted
from desktop.engine.models import Article
from desktop.engine.sources.address import is_address
from desktop.ui.i18n import tr
from desktop.wording import phrase


def extracted_from_mime(mime: QMimeData):
    """The article in clipboard data: extracted from HTML (a copied web page) when there is
    HTML with article text in it, else the plain text as it is."""
    from desktop.engine.sources import extract_html, extract_text  # slow import, on demand

    if mime.hasHtml() and mime.html().strip():
        try:
            return extract_html(mime.html())
        except InputError:
            # A copied snippet can be too short to look like an article; its text still is one.
            if not (mime.hasText() and mime.text().strip()):
                raise
    if mime.hasText() and mime.text().strip():
        return extract_text(mime.text())
    raise InputError("clipboard", phrase("holds no text (copy the article first)"))


def article_from_mime(mime: QMimeData, side: str) -> Article:
    """An Article from clipboard data, named after the page it came from when it has a title."""
    extracted = extracted_from_mime(mime)
    article = article_from_extracted(extracted)
    if extracted.content_type == "text/html":
        title = tr("Pasted page (left)") if side == "left" else tr("Pasted page (right)")
    else:
        title = tr("Pasted text (left)") if side == "left" else tr("Pasted text (right)")
    # No path: pasted text is not a file, so it must not enter the recent list.
    return dataclasses.replace(article, path="", title=article.title or title)


def paste_into(window, side: str) -> bool:
    """Ctrl+Shift+V: the clipboard becomes the article on `side` (a copied link opens its page)."""
    mime = QGuiApplication.clipboard().mimeData()
    if mime is not None and not mime.hasHtml() and mime.hasText() and is_address(mime.text()):
        window.fetch(side, mime.text().strip())
        return True
    try:
        article = article_from_mime(mime if mime is not None else QMimeData(), side)
    except InputError as exc:
        window.report_error(tr("Cannot paste: {problem}", problem=exc.problem))
        return False
    window.set_articles(**{side: article})
    return True
