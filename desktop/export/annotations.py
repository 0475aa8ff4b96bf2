"""`twofold annotations`: every saved label and note as JSON or CSV (formula-safe cells)."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.export.tabular import csv_text
from desktop.store.annotations_cli import FIELDS, annotation_rows, open_for_reading


def annotations_output(
    path: str | Path | None = None, comparison_id: int | None = None, fmt: str = "json"
) -> str:
    """What `twofold annotations [--db PATH] [--comparison ID] [--format json|csv]` prints;
    raises StoreError (one-line message) for a missing, locked, damaged or newer database."""
    with open_for_reading(path) as store:
        return render(annotation_rows(store, comparison_id), fmt)


def render(rows: list[dict], fmt: str = "json") -> str:
    """The rows as a JSON array or as CSV with a header line (ids comma-joined, reviewed
    yes/no), every CSV cell formula-safe like every export's."""
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
    if fmt != "csv":
        raise ValueError(f"unknown format {fmt!r}; expected json or csv")
    ids = {"left_ids", "right_ids"}
    return csv_text(
        FIELDS,
        ([",".join(map(str, row[f])) if f in ids else row[f] for f in FIELDS] for row in rows),
    )
