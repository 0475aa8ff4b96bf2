"""CSV: one record per review item (pair or unique sentence), the same records as the JSON
document's items (desktop/export/document.py) with the item's quotations spelled out, and every
other CSV Twofold writes.

CSV safety: a spreadsheet treats a cell starting with = + - @ (or a tab or carriage
return) as a formula, so every cell of every CSV goes through `safe_cell`, which puts a
leading apostrophe (') before such text; read the CSV back with that in mind. Export files
are UTF-8 with a byte-order mark so Excel shows umlauts correctly. Item numbers count all
items in reading order, so they stay the same when unreviewed items are left out.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence

from desktop.engine.text import without_controls
from desktop.export.model import ExportModel, Row, closest_text
from desktop.vocabulary import DIFFERS

COLUMNS = (
    "item",
    "key",
    "state",
    "pair",
    "left_ids",
    "left_text",
    "right_ids",
    "right_text",
    "score",
    "manual_link",
    "label",
    "labels",
    "label_text",
    "note",
    "reviewed",
    "discrepancies",
    "quotations",
    "closest",
)
NEAR_CHARS = 140  # a cell has room for enough of a close sentence to recognise it
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def record(row: Row) -> dict:
    """One item as plain JSON-ready data (the shape of each CSV row and JSON item)."""
    return {
        "item": row.number,
        "key": row.key,
        "state": row.state,
        "pair": row.marker,
        "left_ids": list(row.left_ids),
        "left_text": row.left_text,
        "right_ids": list(row.right_ids),
        "right_text": row.right_text,
        "score": None if row.score is None else round(row.score, 1),
        "manual_link": row.manual,
        "label": row.label or "",
        "labels": list(row.labels),
        "label_text": row.label_text,
        "note": row.note,
        "reviewed": row.reviewed,
        "discrepancies": [
            {"kind": d.kind, "left": list(d.left), "right": list(d.right)}
            for d in row.discrepancies
        ],
        # The quotations starting in the item: their places in the JSON document's "quotes".
        "quotes": [q.index for q in row.quotations],
    }


def safe_cell(value: str) -> str:
    """`value` with a leading apostrophe if a spreadsheet would read it as a formula, and
    control characters as spaces."""
    value = without_controls(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def cell(value) -> str:
    """Any value as a CSV cell: lists space-joined, booleans yes/no, None empty; formula-safe."""
    if isinstance(value, list):
        value = " ".join(map(str, value))
    elif isinstance(value, bool):
        value = "yes" if value else "no"
    elif value is None:
        value = ""
    return safe_cell(str(value))


def csv_text(columns: Sequence[str], rows: Iterable[Sequence]) -> str:
    """A header line and the rows, every cell through `cell`."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(columns)
    writer.writerows([cell(value) for value in row] for row in rows)
    return buf.getvalue()


def _value(name: str, value):
    if name == "discrepancies":
        return "; ".join(
            f"{d['kind']}: {', '.join(d['left'])} {DIFFERS} {', '.join(d['right'])}" for d in value
        )
    return value


def _closest_cell(row: Row) -> list[str]:
    """The closest sentences in full enough to recognise, the first marked if worth checking."""
    lines = [closest_text(c, NEAR_CHARS) for c in row.closest]
    if lines and row.worth_checking:
        lines[0] = f"worth checking: {lines[0]}"
    return lines


def render_csv(model: ExportModel) -> str:
    """The rows as CSV text (without the byte-order mark; `write_csv` adds it)."""
    # Each quotation of an item on one line of its cell: who, verdict, the words that differ.
    records = [
        {
            **record(row),
            "quotations": "\n".join(q.summary for q in row.quotations),
            # a one-sided item's nearest misses in the other article, one per line
            "closest": "\n".join(_closest_cell(row)),
        }
        for row in model.rows
    ]
    return csv_text(COLUMNS, ([_value(name, rec[name]) for name in COLUMNS] for rec in records))
