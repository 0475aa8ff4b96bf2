"""CSV and JSON: one record per review item (pair or unique sentence).

CSV safety: a spreadsheet treats a cell starting with = + - @ (or a tab or carriage
return) as a formula, so such cells get a leading apostrophe (') that shows the text
as text; read the CSV back with that in mind. The file is UTF-8 with a byte-order
mark so Excel shows umlauts correctly.

JSON: {"format": "twofold-export", "format_version": 1, "provenance": {...},
"include_unreviewed": bool, "summary": {coverage, counts, item numbers per list},
"items": [record, ...]}; each record has the CSV columns, with ids as lists, score as a
number or null, reviewed/manual_link as booleans and discrepancies as
[{"kind", "left", "right"}]. Item numbers count all items in reading order, so they stay
the same when unreviewed items are left out.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict

from desktop.engine.text import without_controls
from desktop.export.model import ExportModel, Provenance, Row
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
    "label_text",
    "note",
    "reviewed",
    "discrepancies",
)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
JSON_FORMAT_VERSION = 1


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
        "label_text": row.label_text,
        "note": row.note,
        "reviewed": row.reviewed,
        "discrepancies": [
            {"kind": d.kind, "left": list(d.left), "right": list(d.right)}
            for d in row.discrepancies
        ],
    }


def safe_cell(value: str) -> str:
    """`value` with a leading apostrophe if a spreadsheet would read it as a formula, and
    control characters as spaces."""
    value = without_controls(value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def _cell(name: str, value) -> str:
    if name == "discrepancies":
        value = "; ".join(
            f"{d['kind']}: {', '.join(d['left'])} {DIFFERS} {', '.join(d['right'])}" for d in value
        )
    elif isinstance(value, list):
        value = " ".join(map(str, value))
    elif isinstance(value, bool):
        value = "yes" if value else "no"
    elif value is None:
        value = ""
    return safe_cell(str(value))


def render_csv(model: ExportModel) -> str:
    """The rows as CSV text (without the byte-order mark; `write_csv` adds it)."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in model.rows:
        rec = record(row)
        writer.writerow([_cell(name, rec[name]) for name in COLUMNS])
    return buf.getvalue()


def _provenance(p: Provenance) -> dict:
    data = asdict(p)
    data["extra"] = dict(p.extra)
    return data


def render_json(model: ExportModel) -> str:
    """Provenance, summary and one record per item as a JSON document."""
    s = model.summary
    doc = {
        "format": "twofold-export",
        "format_version": JSON_FORMAT_VERSION,
        "provenance": _provenance(model.provenance),
        "include_unreviewed": model.include_unreviewed,
        "summary": {
            "coverage": {
                "left_in_right": round(s.left_in_right, 4),
                "right_in_left": round(s.right_in_left, 4),
                "left_chars_in_right": round(s.left_chars_in_right, 4),
                "right_chars_in_left": round(s.right_chars_in_left, 4),
            },
            "total_items": s.total_items,
            "exported_items": s.exported_items,
            "reviewed_items": s.reviewed_items,
            "pairs": s.pairs,
            "label_counts": s.label_counts,
            "only_left": [r.number for r in s.only_left],
            "only_right": [r.number for r in s.only_right],
            "contradictions": [r.number for r in s.contradictions],
            "to_verify": [r.number for r in s.to_verify],
            "flagged": [r.number for r in s.flagged],
        },
        "items": [record(r) for r in model.rows],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
