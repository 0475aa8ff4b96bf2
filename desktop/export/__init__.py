"""Exports of comparisons: HTML, PDF, DOCX, Markdown, CSV, JSON.

`write(comparison, path, fmt, ...)` writes every format except PDF, which needs Qt to lay
out text and so lives in `desktop.ui.pdf_export.write_comparison_pdf` (same arguments plus
`page_size`). `render(...)` returns the text formats as a string (for the clipboard).
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from desktop.engine.models import Comparison
from desktop.export import html, markdown, tabular
from desktop.export.model import ExportModel, Provenance, build, make_provenance
from desktop.store.records import Annotation

# Every export format, by the name the CLI and the window use, with its file suffix.
FORMATS: dict[str, str] = {
    "html": ".html",
    "pdf": ".pdf",
    "docx": ".docx",
    "md": ".md",
    "csv": ".csv",
    "json": ".json",
}
TEXT_FORMATS = ("html", "md", "csv", "json")
# Formats that need Qt (desktop.ui.pdf_export) and cannot be written from here.
QT_FORMATS = ("pdf",)

__all__ = [
    "FORMATS",
    "TEXT_FORMATS",
    "ExportModel",
    "Provenance",
    "build",
    "format_for_path",
    "make_provenance",
    "render",
    "write",
]


def format_for_path(path: str | Path) -> str | None:
    """The format a file name's suffix asks for ("report.md" -> "md"), or None."""
    suffix = Path(path).suffix.lower()
    aliases = {".htm": "html", ".markdown": "md"}
    return next((f for f, s in FORMATS.items() if s == suffix), aliases.get(suffix))


def _check(fmt: str) -> None:
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in QT_FORMATS:
        raise ValueError("PDF export needs Qt: use desktop.ui.pdf_export.write_comparison_pdf")


def render_model(model: ExportModel, fmt: str) -> str:
    """A text format (html, md, csv, json) of an already built export model."""
    _check(fmt)
    if fmt == "html":
        return html.render(model)
    if fmt == "md":
        return markdown.render(model)
    if fmt == "csv":
        return tabular.render_csv(model)
    if fmt == "json":
        return tabular.render_json(model)
    raise ValueError(f"{fmt} is not a text format")


def render(
    comparison: Comparison,
    fmt: str,
    annotations: Mapping[str, Annotation] | None = None,
    include_unreviewed: bool = True,
    provenance: Provenance | None = None,
) -> str:
    """The export as text in `fmt` (html, md, csv, json)."""
    return render_model(build(comparison, annotations, include_unreviewed, provenance), fmt)


def write(
    comparison: Comparison,
    path: str | Path,
    fmt: str | None = None,
    annotations: Mapping[str, Annotation] | None = None,
    include_unreviewed: bool = True,
    provenance: Provenance | None = None,
) -> Path:
    """Write the export of `comparison` to `path` in `fmt` (default: from the suffix).

    `annotations` maps item keys (desktop.engine.items.Item.key) to the journalist's
    Annotation; `include_unreviewed=False` leaves out items not marked reviewed.
    """
    path = Path(path)
    fmt = fmt or format_for_path(path)
    if fmt is None:
        raise ValueError(f"cannot tell the export format from {path.name!r}; give one")
    _check(fmt)
    model = build(comparison, annotations, include_unreviewed, provenance)
    if fmt == "docx":
        from desktop.export import docx  # python-docx is slow to import; only when asked

        docx.write(model, path)
    elif fmt == "csv":
        # The byte-order mark makes Excel read the file as UTF-8 (umlauts intact).
        path.write_text(render_model(model, fmt), encoding="utf-8-sig", newline="")
    else:
        path.write_text(render_model(model, fmt), encoding="utf-8", newline="")
    return path
