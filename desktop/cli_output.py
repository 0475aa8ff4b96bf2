"""Where the command line's results go: the terminal, or a file written whole and never over
an input article or the review database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

from desktop.engine.errors import InputError
from desktop.engine.models import Comparison
from desktop.export.atomic import protected_files, refuse_overwrite, write_bytes
from desktop.export.formats import FORMATS


def write_export(
    args: argparse.Namespace, comparison: Comparison, annotations=None, facts=None, title=""
) -> int:
    """Write an export format to -o FILE (or stdout for the text formats, JSON included)."""
    from desktop import export

    request = export.ExportRequest(
        comparison,
        annotations or {},
        include_unreviewed=not getattr(args, "reviewed_only", False),
        facts=facts or {},
        title=title,
    )
    if args.output is None:
        if FORMATS[args.format].binary:
            raise InputError(args.format, "is a binary format: give a file with -o FILE")
        return emit(args, export.render(request, args.format))
    _to_file(args, lambda: export.write(request, args.output, args.format))
    return 0


def emit(args: argparse.Namespace, text: str) -> int:
    """`text` to -o FILE, or to the terminal."""
    if getattr(args, "output", None):
        _to_file(args, lambda: write_bytes(args.output, text.encode("utf-8")))
    else:
        sys.stdout.write(text)
    return 0


def _to_file(args: argparse.Namespace, write: Callable[[], object]) -> None:
    refuse_overwrite(args.output, protected(args))
    try:
        write()
    except OSError as exc:
        raise InputError(args.output, f"cannot be written ({exc.strerror or exc})") from exc


def protected(args: argparse.Namespace) -> list[tuple[str, str | Path | None]]:
    """The files an output must not replace: the articles compared, the review database."""
    database = None
    if args.command == "export":
        from desktop.store.opening import default_path

        database = args.db or default_path()
    return protected_files(getattr(args, "left", None), getattr(args, "right", None), database)


def check_db(args: argparse.Namespace) -> None:
    """--db must name a database file (or a file to be), not a folder."""
    if args.db and Path(args.db).is_dir():
        raise InputError(args.db, "is a folder, not a review database file")
