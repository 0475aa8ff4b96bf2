"""The visible text of a fragment's block elements, for markup the article extractor finds
nothing in (a paragraph or a fact box copied from a browser): one paragraph per block.

The markup comes bounded from markup.prepare (size, element count, nesting); the tree is walked
once without recursion, so the work is linear in its size."""

from __future__ import annotations

import re

import lxml.html
from lxml import etree

from desktop.engine.sources.extracted import CELL_SEPARATOR

# Never article text, with everything inside them.
_HIDDEN = {
    "head", "title", "nav", "header", "footer", "aside", "form", "button", "select", "option",
    "menu", "noscript", "script", "style", "template", "dialog", "svg", "iframe", "object",
}  # fmt: skip
# Each of these starts and ends a paragraph; the text between blocks is a paragraph too.
_BLOCKS = {
    "html", "body", "p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
    "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre", "figure", "figcaption",
    "table", "thead", "tbody", "tfoot", "tr", "caption", "address", "hr", "center", "details",
    "summary",
}  # fmt: skip
# The cells of a table row are joined into one unit (extracted.CELL_SEPARATOR).
_CELLS = {"td", "th"}
_SPACE = re.compile(r"[ \t\u00a0\u2009\u202f\r\f\v]+")


def visible_blocks(html: str) -> list[str]:
    """One string per block with visible text, in document order; <br> stays a line break."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.LxmlError, ValueError):
        return []  # nothing a parser can read: the caller says "no article text"
    # the walker passes over comments and their tails; taken out, their tails join the text
    etree.strip_tags(root, etree.Comment, etree.ProcessingInstruction)
    blocks: list[str] = []
    line: list[str] = []
    cells = 0  # cells with text in the current row

    def flush() -> None:
        nonlocal cells
        text = "\n".join(_clean(part) for part in "".join(line).split("\n"))
        line.clear()
        cells = 0
        if text.strip():
            blocks.append(text.strip("\n"))

    walker = etree.iterwalk(root, events=("start", "end"))
    for event, element in walker:
        tag = element.tag.lower() if isinstance(element.tag, str) else ""
        if event == "end":
            if tag in _BLOCKS or tag in _HIDDEN:
                flush()
            line.append(element.tail or "")
        elif tag in _HIDDEN or not tag:
            flush()
            walker.skip_subtree()
        else:
            if tag in _BLOCKS:
                flush()
            elif tag == "br":
                line.append("\n")
            text = element.text or ""
            if tag in _CELLS and _cell_text(element):
                line.append(CELL_SEPARATOR if cells else "")
                cells += 1
            line.append(text)
    flush()
    return blocks


def _cell_text(cell) -> bool:
    # Whether a cell shows anything: empty cells (merged, spacing) add no separator.
    return any(piece.strip() for piece in cell.itertext())


def _clean(text: str) -> str:
    return _SPACE.sub(" ", text).strip()
