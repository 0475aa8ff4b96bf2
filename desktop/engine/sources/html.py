"""Main text and metadata of a web page, without navigation, teasers, comments or share boxes."""

from __future__ import annotations

import logging
import re
from types import SimpleNamespace

import trafilatura

from desktop.engine import limits
from desktop.engine.deadline import Overtime, within
from desktop.engine.errors import InputError
from desktop.engine.limits import seconds
from desktop.engine.sources.blocks import visible_blocks
from desktop.engine.sources.extracted import Extracted, join_paragraphs, make
from desktop.engine.sources.markup import prepare
from desktop.wording import phrase

# trafilatura reports pages it cannot parse through logging; the user sees our InputError instead
logging.getLogger("trafilatura").addHandler(logging.NullHandler())

_SPACE = re.compile(r"[ \t\u00a0\u2009\u202f]+")
# tags in trafilatura's output tree whose children are separate blocks rather than inline text
_CONTAINERS = {"list", "quote", "div"}
# A kicker or a teaser line may come before the headline the extractor kept.
_HEADLINE_REACH = 3
# What a fragment read without the extractor has of a page's metadata: nothing.
_NO_METADATA = SimpleNamespace(title="", author="", date="", sitename="")


def extract_html(
    html: str,
    url: str = "",
    location: str = "",
    raw: bytes | None = None,
    **meta: str,
) -> Extracted:
    """Extract the article from HTML (a saved page, a download, or the clipboard)."""
    source = location or url or "pasted HTML"
    document, paragraphs = _extract_in_time(prepare(html, source), url, source)
    text = join_paragraphs(paragraphs)
    if not text:
        raise InputError(source, phrase("no article text found on the page"))
    found = document or _NO_METADATA
    return make(
        text,
        location=source,
        title=_title(found),
        author=_clean(found.author or ""),
        date=found.date or "",
        site=_clean(found.sitename or ""),
        final_url=url,
        raw=html.encode("utf-8") if raw is None else raw,
        content_type=meta.pop("content_type", "text/html"),
        **meta,
    )


def _read(html: str, url: str) -> tuple[object | None, list[str]]:
    """The extractor's document (None when it found nothing) and the article's paragraphs."""
    # precision mode keeps donation and share boxes out (measured on tests/engine/sources/pages);
    # when it finds nothing, the default mode gets a chance
    document = _extract(html, url, precise=True) or _extract(html, url, precise=False)
    if document is None:
        # a fragment copied from a browser can be too short to look like an article to the
        # extractor: its visible text is what the journalist selected
        return None, visible_blocks(html)
    paragraphs = _paragraphs(document.body)
    title = _title(document)
    if title and not _headline_kept(document.body, paragraphs, title):
        paragraphs.insert(0, title)
    return document, paragraphs


def _title(document) -> str:
    return _clean(" ".join((document.title or "").split()))


def _headline_kept(body, paragraphs: list[str], title: str) -> bool:
    """Whether the extractor kept the headline near the top (an <h1>, or the title's text).

    The headline is the article's first unit and compared too (framing often differs there);
    when the extractor dropped the <h1>, the title it took from og:title or <title> stands in."""
    top = body[:_HEADLINE_REACH]
    if any(child.tag == "head" and child.get("rend") == "h1" for child in top):
        return True
    return title in {_clean(paragraph) for paragraph in paragraphs[:_HEADLINE_REACH]}


def _extract_in_time(html: str, url: str, source: str):
    """What _read finds, or InputError when it takes longer than EXTRACT_SECONDS (the
    extractor is then stopped: see engine/deadline.py)."""
    try:
        return within(limits.EXTRACT_SECONDS, lambda: _read(html, url), name="twofold-extract")
    except Overtime:
        raise InputError(
            source,
            phrase(
                "the article could not be found within {time} (the page is too complex)",
                time=seconds(limits.EXTRACT_SECONDS),
            ),
        ) from None
    except Exception as error:  # noqa: BLE001 - whatever the parser meets, one line for the user
        raise InputError(
            source, phrase("could not be read as a web page ({error})", error=type(error).__name__)
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
