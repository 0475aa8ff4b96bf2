"""PDF export: the HTML export laid out by Qt's rich text and printed to PDF (fonts embedded)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QLocale, QMarginsF
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from desktop import __version__, export
from desktop.engine.models import Comparison
from desktop.export import html as html_export
from desktop.export.model import Provenance, build
from desktop.store.records import Annotation

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
# QTextDocument.print_ adds 2 cm margins of its own; printer margins would add to them.
MARGIN_MM = 0.0


def _ensure_app() -> None:
    # Text layout needs a GUI application (fonts); the CLI has none, so make one.
    if QGuiApplication.instance() is None:
        _ensure_app.app = QGuiApplication([])  # type: ignore[attr-defined]


def default_page_size() -> str:
    """Letter where the system locale measures in US units, A4 everywhere else."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


def text_document(html: str) -> QTextDocument:
    """`html` laid out by Qt's rich text, in the font and settings exports print with."""
    _ensure_app()
    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.0)
    # Without ligatures, text copied from the PDF ("verification", not "veri\ufb01cation")
    # matches the article when a journalist searches for a quote.
    font.setFeature(QFont.Tag("liga"), 0)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    return doc


def print_html(html: str, printer: QPrinter) -> None:
    """Print `html` on `printer` (a PDF file or a printer chosen in a QPrintDialog)."""
    printer.setDocName("Twofold comparison")
    printer.setCreator(f"Twofold {__version__}")
    # No page size on the document: print_() then lays out a copy on the paper with its own
    # 2 cm margins and numbers the pages, which a printed review needs.
    text_document(html).print_(printer)


def write_pdf(html: str, path: str | Path, page_size: str = "A4") -> None:
    """Render `html` (Qt rich-text subset) to a PDF at `path` on A4 or Letter paper."""
    if page_size not in PAGE_SIZES:
        raise ValueError(f"page size must be one of {', '.join(PAGE_SIZES)}, not {page_size!r}")
    # Qt only logs a warning when it cannot write the file; open it here for a real error.
    Path(path).open("wb").close()
    _ensure_app()
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[page_size]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    print_html(html, printer)


def print_comparison(
    comparison: Comparison,
    printer: QPrinter,
    annotations: Mapping[str, Annotation] | None = None,
    include_unreviewed: bool = True,
    provenance: Provenance | None = None,
) -> None:
    """Print the export of a comparison on `printer` (the window's Print command)."""
    model = build(comparison, annotations, include_unreviewed, provenance)
    print_html(html_export.render(model), printer)


def write_comparison_pdf(
    comparison: Comparison,
    path: str | Path,
    annotations: Mapping[str, Annotation] | None = None,
    include_unreviewed: bool = True,
    provenance: Provenance | None = None,
    page_size: str = "A4",
) -> None:
    """The PDF export of a comparison: same content as the HTML export."""
    model = build(comparison, annotations, include_unreviewed, provenance)
    write_pdf(html_export.render(model), path, page_size)


def write_export(
    comparison: Comparison,
    path: str | Path,
    fmt: str | None = None,
    annotations: Mapping[str, Annotation] | None = None,
    include_unreviewed: bool = True,
    provenance: Provenance | None = None,
    page_size: str | None = None,
) -> Path:
    """Any of `desktop.export.FORMATS`, PDF included (format from the suffix if not given);
    the one call the window and the command line need."""
    path = Path(path)
    fmt = fmt or export.format_for_path(path)
    if fmt != "pdf":
        return export.write(comparison, path, fmt, annotations, include_unreviewed, provenance)
    write_comparison_pdf(
        comparison,
        path,
        annotations,
        include_unreviewed,
        provenance,
        page_size or default_page_size(),
    )
    return path
