"""Build small .pdf and .docx files for the tests (a text-layer PDF is written by hand)."""

from __future__ import annotations

from pathlib import Path

import docx
from pypdf import PdfWriter
from pypdf.generic import DecodedStreamObject, DictionaryObject, NameObject

LINE_HEIGHT = 14
PARAGRAPH_GAP = 10


def _pdf_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    # WinAnsiEncoding is cp1252: octal escapes keep umlauts intact inside the ASCII content stream
    return "".join(ch if ord(ch) < 128 else f"\\{ch.encode('cp1252')[0]:03o}" for ch in escaped)


def write_pdf(path: Path, pages: list[list[list[str]]], title: str = "") -> Path:
    """pages -> paragraphs -> lines; each line is placed like a typeset line of a paragraph."""
    writer = PdfWriter()
    for paragraphs in pages:
        page = writer.add_blank_page(width=595, height=842)
        ops, y = [], 780
        for lines in paragraphs:
            for line in lines:
                ops.append(f"BT /F1 11 Tf 60 {y} Td ({_pdf_string(line)}) Tj ET")
                y -= LINE_HEIGHT
            y -= PARAGRAPH_GAP
        stream = DecodedStreamObject()
        stream.set_data("\n".join(ops).encode("ascii"))
        font = DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
                NameObject("/Encoding"): NameObject("/WinAnsiEncoding"),
            }
        )
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font})}
        )
        page.replace_contents(stream)
    if title:
        writer.add_metadata({"/Title": title})
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def write_blank_pdf(path: Path) -> Path:
    """A PDF whose page has no text at all, like a scan before OCR."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    with path.open("wb") as handle:
        writer.write(handle)
    return path


def write_docx(path: Path, title: str, paragraphs: list[str], heading: str = "") -> Path:
    """A Word file with a document title in its properties, an optional heading and paragraphs."""
    document = docx.Document()
    document.core_properties.title = title
    document.core_properties.author = "Jörg Weißmüller"
    if heading:
        document.add_heading(heading, level=1)
    for text in paragraphs:
        document.add_paragraph(text)
        document.add_paragraph("")  # writers often leave empty paragraphs as spacing
    document.save(str(path))
    return path
