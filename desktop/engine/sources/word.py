"""Text of a Word (.docx) file: body paragraphs and table rows in order, read as a stream.

The package is checked before anything is unpacked (sizes as the zip declares them, which
zipfile enforces while reading), and the XML is parsed without entities, DTDs or the network,
one paragraph or table at a time (memory stays one of them), so a zip bomb or entity amplification
is one line at once and half a million empty paragraphs take seconds, not minutes."""

from __future__ import annotations

import io
import posixpath
import zipfile

from lxml import etree

from desktop.engine import limits
from desktop.engine.errors import InputError
from desktop.engine.limits import amount
from desktop.engine.sources.extracted import Extracted, join_paragraphs, make, table_row

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
NOT_WORD = "is not a readable Word (.docx) file"
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_MAIN = "/officeDocument"  # the end of the main document's relationship type
_DC = "{http://purl.org/dc/elements/1.1/}"
# How python-docx reads a run: text, tabs and line breaks, in order.
_RUN_TEXT = {
    f"{_W}t": None,
    f"{_W}tab": "\t",
    f"{_W}ptab": "\t",
    f"{_W}br": "\n",
    f"{_W}cr": "\n",
    f"{_W}noBreakHyphen": "-",
}
# Body children whose subtrees are dropped once read: memory stays one paragraph or table.
_BODY_LEVEL = (f"{_W}p", f"{_W}tbl", f"{_W}sdt")


def read_docx(source: str, data: bytes) -> Extracted:
    """Body paragraphs and table rows in order (headers, footers and footnotes are not article
    text); the title from the document properties, else the first paragraph in the Title style."""
    archive = _package(source, data)
    with archive:
        main = _main_part(archive)
        title_style = _title_style(archive, posixpath.join(posixpath.dirname(main), "styles.xml"))
        paragraphs, styled_title = _paragraphs(source, archive, main, title_style)
        title, author = _core(archive)
    text = join_paragraphs(paragraphs)
    if not text:
        raise InputError(source, "has no text")
    # core.xml's created date is when the file was made (often the template's), not publication
    return make(
        text,
        location=source,
        title=title or styled_title,
        author=author,
        content_type=DOCX_TYPE,
        raw=data,
    )


def _package(source: str, data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, OSError) as exc:
        raise InputError(source, NOT_WORD) from exc
    unpacked = sum(info.file_size for info in infos)
    if len(infos) > limits.DOCX_PARTS or unpacked > limits.DOCX_UNPACKED:
        archive.close()
        size = amount(unpacked) if unpacked > limits.DOCX_UNPACKED else f"{len(infos)} parts"
        raise InputError(
            source,
            f"unpacks to {size}, more than a Word article can hold (the limit is "
            f"{amount(limits.DOCX_UNPACKED)} in {limits.DOCX_PARTS} parts)",
        )
    return archive


def _parser_options() -> dict:
    # No entities, no DTD, no network, no huge trees: libxml2's own limits then stand.
    return {"resolve_entities": False, "load_dtd": False, "no_network": True, "huge_tree": False}


def _xml(archive: zipfile.ZipFile, name: str):
    """The parsed part, or None when the package lacks it or it is not XML."""
    try:
        blob = archive.read(name)
        return etree.fromstring(blob, etree.XMLParser(**_parser_options()))
    except (KeyError, etree.LxmlError, zipfile.BadZipFile, ValueError, OSError):
        return None


def _main_part(archive: zipfile.ZipFile) -> str:
    """The main document named by the package relationships (word/document.xml usually)."""
    rels = _xml(archive, "_rels/.rels")
    for rel in rels.iter(_REL) if rels is not None else ():
        if (rel.get("Type") or "").endswith(_MAIN) and rel.get("Target"):
            return posixpath.normpath(rel.get("Target").lstrip("/"))
    return "word/document.xml"


def _title_style(archive: zipfile.ZipFile, name: str) -> str:
    """The id of the style named "Title" (looked up once, not for every paragraph)."""
    styles = _xml(archive, name)
    for style in styles.iter(f"{_W}style") if styles is not None else ():
        label = style.find(f"{_W}name")
        if label is not None and label.get(f"{_W}val") == "Title":
            return style.get(f"{_W}styleId") or ""
    return ""


def _core(archive: zipfile.ZipFile) -> tuple[str, str]:
    core = _xml(archive, "docProps/core.xml")
    if core is None:
        return "", ""
    title, author = core.find(f"{_DC}title"), core.find(f"{_DC}creator")
    return (
        (title.text or "").strip() if title is not None else "",
        (author.text or "").strip() if author is not None else "",
    )


def _paragraphs(
    source: str, archive: zipfile.ZipFile, main: str, title_style: str
) -> tuple[list[str], str]:
    """The text of each paragraph and table row directly in the body, and the first
    Title-style paragraph."""
    paragraphs: list[str] = []
    title = ""
    try:
        with archive.open(main) as stream:
            events = etree.iterparse(stream, events=("end",), tag=_BODY_LEVEL, **_parser_options())
            for count, (_, element) in enumerate(events):
                if count >= limits.DOCX_PARAGRAPHS:
                    raise InputError(
                        source, f"has more than {limits.DOCX_PARAGRAPHS:,} paragraphs and tables"
                    )
                parent = element.getparent()
                if parent is None or parent.tag != f"{_W}body":
                    continue  # in a table (read with it) or a content control (dropped with it)
                if element.tag == f"{_W}tbl":
                    paragraphs.extend(_table_rows(element))
                elif element.tag == f"{_W}p" and len(element):
                    text = _paragraph_text(element)
                    paragraphs.append(text)
                    if title_style and not title and _style(element) == title_style:
                        title = text.strip()
                element.clear()
                while element.getprevious() is not None:
                    del parent[0]
    except KeyError as exc:
        raise InputError(source, f"{NOT_WORD} (it has no {main})") from exc
    except (etree.LxmlError, zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise InputError(source, NOT_WORD) from exc
    return paragraphs, title


def _table_rows(table) -> list[str]:
    """Each row of a table as one unit, its cells joined ("Pegel Passau – 12,20 m"); a row with
    one filled cell (a text box, a layout table) keeps that cell's paragraphs as they are."""
    units: list[str] = []
    for row in _content(table, f"{_W}tr"):
        cells = [
            [_paragraph_text(paragraph) for paragraph in cell.iter(f"{_W}p")]
            for cell in _content(row, f"{_W}tc")
        ]
        filled = [cell for cell in cells if any(text.strip() for text in cell)]
        if len(filled) == 1:
            units.extend(filled[0])
        elif filled:
            units.append(table_row(" ".join(cell) for cell in filled))
    return units


def _content(element, tag: str):
    """The children of `element` with `tag`, also those wrapped in content controls."""
    for child in element:
        if child.tag == tag:
            yield child
        elif child.tag == f"{_W}sdt":
            for content in child.iterfind(f"{_W}sdtContent"):
                yield from _content(content, tag)


def _paragraph_text(paragraph) -> str:
    parts: list[str] = []
    for child in paragraph:
        runs = [child] if child.tag == f"{_W}r" else child if child.tag == f"{_W}hyperlink" else ()
        for run in runs:
            if run.tag != f"{_W}r":
                continue
            for item in run:
                if item.tag not in _RUN_TEXT:
                    continue
                if item.tag == f"{_W}br" and item.get(f"{_W}type") not in (None, "textWrapping"):
                    continue  # page and column breaks are layout, not text
                fixed = _RUN_TEXT[item.tag]
                parts.append(item.text or "" if fixed is None else fixed)
    return "".join(parts)


def _style(paragraph) -> str:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style.get(f"{_W}val") or "" if style is not None else ""
