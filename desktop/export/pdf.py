"""PDF export: the HTML export laid out by Qt's rich text and printed to PDF (fonts embedded).

The one module outside desktop/ui/ that uses Qt: only QtCore and QtGui (text layout and a PDF
writer), never widgets, so the command line writes PDFs without the window package."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QLocale, QMarginsF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)

from desktop import __version__
from desktop.export import html
from desktop.export.model import ExportModel, landscape

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
# QTextDocument.print_ adds 2 cm margins of its own; printer margins would add to them.
MARGIN_MM = 0.0
RESOLUTION = 1200  # dots per inch, as a high-resolution QPrinter


def _ensure_app() -> None:
    # Text layout needs a GUI application (fonts); the command line has none, so make one,
    # with no display: exports run on servers and over ssh too.
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _ensure_app.app = QGuiApplication([])  # type: ignore[attr-defined]


def default_page_size() -> str:
    """Letter where the system locale measures in US units, A4 everywhere else."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


def text_document(markup: str) -> QTextDocument:
    """`markup` laid out by Qt's rich text, in the font and settings exports print with."""
    _ensure_app()
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.0)
    # Without ligatures, text copied from the PDF ("verification", not "veri\ufb01cation")
    # matches the article when a journalist searches for a quote.
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setHtml(markup)
    return doc


def print_html(markup: str, printer: QPagedPaintDevice) -> None:
    """Print `markup` on `printer`: a PDF writer, or a printer chosen in a print dialog."""
    if isinstance(printer, QPdfWriter):
        printer.setTitle("Twofold comparison")
    else:
        printer.setDocName("Twofold comparison")
    printer.setCreator(f"Twofold {__version__}")
    # No page size on the document: print_() then lays out a copy on the paper with its own
    # 2 cm margins and numbers the pages, which a printed review needs.
    text_document(markup).print_(printer)


def print_model(model: ExportModel, printer: QPagedPaintDevice) -> None:
    """Print an export on `printer` (the window's Print command): the HTML export's content."""
    print_html(html.render(model), printer)


def write_pdf(markup: str, path: str | Path, page_size: str = "A4", turned: bool = False) -> None:
    """Render `markup` (Qt rich-text subset) to a PDF at `path` on A4 or Letter paper
    (`turned`: landscape)."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    Path(path).write_bytes(render_pdf(markup, page_size, turned))


def render_pdf(markup: str, page_size: str = "A4", turned: bool = False) -> bytes:
    """The PDF as bytes. Qt writes into memory here and Python writes the file: Qt reports
    neither a file it cannot open nor a full disk, and would leave a truncated PDF."""
    _ensure_app()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    printer = QPdfWriter(buffer)
    printer.setResolution(RESOLUTION)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Landscape if turned else QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    print_html(markup, printer)
    del printer  # the writer finishes the document when it goes
    return bytes(buffer.data())


def write(model: ExportModel, path: str | Path, request) -> None:
    """The PDF export: the HTML export's content on the request's paper (the locale's if none)."""
    _ensure_app()
    paper = request.page_size or default_page_size()
    write_pdf(html.render(model), path, paper, landscape(model))
