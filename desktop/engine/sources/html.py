"""Main text and metadata of a web page, without navigation, teasers, comments or share boxes."""

from __future__ import annotations

import logging
import re

import trafilatura

from desktop.engine import limits
from desktop.engine.deadline import Overtime, within
from desktop.engine.errors import InputError
from desktop.engine.limits import seconds
from desktop.engine.sources.extracted import Extracted, join_paragraphs, make
from desktop.engine.sources.markup import prepare

# trafilatura reports pages it cannot parse through logging; the user sees our InputError instead
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

_SPACE = re.compile(r"[ \t\u00a0\u2009\u202f]+")
# tags in trafilatura's output tree whose children are separate blocks rather than inline text
_CONTAINERS = {"list", "quote", "div"}


def extract_html(
    html: str,
    url: str = "",
    location: str = "",
    raw: bytes | None = None,
    **meta: str,
) -> Extracted:
    """Extract the article from HTML (a saved page, a download, or the clipboard)."""
    source = location or url or "pasted HTML"
    document = _extract_in_time(prepare(html, source), url, source)
    if document is None:
        raise InputError(source, "no article text found on the page")
    title = _clean(document.title or "")
    paragraphs = _paragraphs(document.body)
    if paragraphs and title and _clean(paragraphs[0]) == title:
        paragraphs = paragraphs[1:]  # the headline is kept as the title, not as body text
    text = join_paragraphs(paragraphs)
    if not text:
        raise InputError(source, "no article text found on the page")
    return make(
        text,
        location=source,
        title=title,
        author=_clean(document.author or ""),
        date=document.date or "",
        site=_clean(document.sitename or ""),
        final_url=url,
        raw=html.encode("utf-8") if raw is None else raw,
        content_type=meta.pop("content_type", "text/html"),
        **meta,
    )


def _extract_in_time(html: str, url: str, source: str):
    """The extractor's document, or InputError when it takes longer than EXTRACT_SECONDS
    (the extractor is then stopped: see engine/deadline.py)."""

    def work():
        # precision mode keeps donation and share boxes out (measured on
        # tests/engine/sources/pages); when it finds nothing, the default mode gets a chance
        return _extract(html, url, precise=True) or _extract(html, url, precise=False)

    try:
        return within(limits.EXTRACT_SECONDS, work, name="twofold-extract")
    except Overtime:
        raise InputError(
            source,
            f"the article could not be found within {seconds(limits.EXTRACT_SECONDS)} "
            "(the page is too complex)",
        ) from None
    except Exception as error:  # noqa: BLE001 - whatever the parser meets, one line for the user
        raise InputError(
            source, f"could not be read as a web page ({type(error).__name__})"
        ) from error


def _extract(html: str, url: str, precise: bool):
    document = trafilatura.bare_extraction(
        html,
        url=url or None,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=precise,
    )
    if document is None or document.body is None or not _paragraphs(document.body):
        return None
    return document


def _paragraphs(element) -> list[str]:
    """One string per block of trafilatura's tree; <lb/> line breaks stay as single newlines."""
    blocks: list[str] = []
    for child in element:
        if child.tag in _CONTAINERS and any(len(grand) or grand.text for grand in child):
            nested = _paragraphs(child)
            lead = _clean(child.text or "")
            blocks.extend(([lead] if lead else []) + nested)
        else:
            blocks.append(_block_text(child))
        tail = _clean(child.tail or "")
        if tail:
            blocks.append(tail)
    return [block for block in blocks if block]


def _block_text(element) -> str:
    return "\n".join(_clean(line) for line in _inline(element).split("\n") if line.strip())


def _inline(element) -> str:
    parts = [element.text or ""]
    for child in element:
        parts.append("\n" if child.tag == "lb" else _inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
