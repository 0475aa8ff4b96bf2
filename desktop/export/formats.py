"""The one table of export formats, read by the command line, the Export dialog and the writer."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from desktop.wording import phrase


@dataclass(frozen=True, slots=True)
class Format:
    """An export format: `name` as the command line takes it, the file `suffix`, the `label`
    the dialog shows, and the `renderer` ("module:function"), imported only when used.

    A text format's renderer returns the file's text (`render(model) -> str`), written in
    `encoding`; a `binary` one writes the file itself (`write(model, path, request)`) and
    cannot go to the terminal. `paper` formats are laid out on A4 or Letter pages."""

    name: str
    suffix: str
    label: str
    binary: bool
    renderer: str
    encoding: str = "utf-8"
    paper: bool = False
    aliases: tuple[str, ...] = ()

    def function(self) -> Callable:
        module, _, name = self.renderer.partition(":")
        return getattr(importlib.import_module(module), name)


# In the order the dialog lists them. Adding a format: its module, and one row here.
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "html",
            ".html",
            phrase("HTML page"),
            False,
            "desktop.export.html:render",
            aliases=(".htm",),
        ),
        Format("pdf", ".pdf", "PDF", True, "desktop.export.pdf:write", paper=True),
        Format("docx", ".docx", phrase("Word document"), True, "desktop.export.docx:write"),
        Format(
            "md", ".md", "Markdown", False, "desktop.export.markdown:render", aliases=(".markdown",)
        ),
        # The byte-order mark makes Excel read the file as UTF-8 (umlauts intact).
        Format(
            "csv",
            ".csv",
            phrase("CSV table"),
            False,
            "desktop.export.tabular:render_csv",
            "utf-8-sig",
        ),
        Format("json", ".json", phrase("JSON data"), False, "desktop.export.document:render_json"),
    )
}


def format_for_path(path: str | Path) -> str | None:
    """The format a file name's suffix asks for ("report.md" -> "md"), or None."""
    suffix = Path(path).suffix.lower()
    return next((f.name for f in FORMATS.values() if suffix in (f.suffix, *f.aliases)), None)


def get(name: str) -> Format:
    if name not in FORMATS:
        raise ValueError(f"unknown export format {name!r}; choose one of {', '.join(FORMATS)}")
    return FORMATS[name]
