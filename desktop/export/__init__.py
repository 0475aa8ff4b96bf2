"""Exports of comparisons: one model (model.py), one table of formats (formats.py).

`render(request, fmt)` returns a text format as a string (for the terminal or the clipboard);
`write(request, path, fmt)` writes any format, PDF included, to a file.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.export.atomic import protected_files, refuse_overwrite, replacing, write_bytes
from desktop.export.formats import FORMATS, Format, format_for_path, get

if TYPE_CHECKING:
    from desktop.export.model import ExportModel, Provenance, build, make_provenance
    from desktop.export.request import ExportRequest

# The model and the request (with the engine's quote check behind them) are loaded when first
# asked for: the command line reads the table of formats for its help on every start.
_LATER = {
    "ExportModel": "model",
    "Provenance": "model",
    "build": "model",
    "make_provenance": "model",
    "ExportRequest": "request",
}

__all__ = [
    "FORMATS",
    "ExportModel",
    "ExportRequest",
    "Format",
    "Provenance",
    "build",
    "format_for_path",
    "make_provenance",
    "render",
    "write",
]


def __getattr__(name: str):
    if name not in _LATER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(importlib.import_module(f"{__name__}.{_LATER[name]}"), name)


def render(request: ExportRequest, fmt: str) -> str:
    """The export as text in a text format (html, md, csv, json)."""
    chosen = get(fmt)
    if chosen.binary:
        raise ValueError(f"{fmt} is not a text format; write it to a file")
    return chosen.function()(request.model())


def write(
    request: ExportRequest,
    path: str | Path,
    fmt: str | None = None,
    database: str | Path | None = None,
) -> Path:
    """Write the export to `path` in `fmt` (default: from the file's suffix).

    The file is complete or not there: written beside `path` and renamed over it at the end,
    so a failed export (a full disk) leaves the file that was there. OSError when it cannot
    be written; InputError when `path` is one of the compared articles or the review
    `database` (or one of its companion files)."""
    path = Path(path)
    fmt = fmt or format_for_path(path)
    if fmt is None:
        raise ValueError(f"cannot tell the export format from {path.name!r}; give one")
    c = request.comparison
    refuse_overwrite(path, protected_files(c.left.path, c.right.path, database))
    chosen = get(fmt)
    model = request.model()
    if chosen.binary:
        with replacing(path) as temp:
            chosen.function()(model, temp, request)
    else:
        write_bytes(path, chosen.function()(model).encode(chosen.encoding))
    return path
