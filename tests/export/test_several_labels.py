"""An item holding sentences labelled differently (a merged pair) shows every label in every
export, and its note stays as it was written."""

from __future__ import annotations

import csv
import io
import json

import jsonschema

from desktop import export
from desktop.export import ExportRequest
from desktop.export.document import SCHEMA
from desktop.store.records import Annotation
from tests.export.fixtures import PILLS, key_with, seed_comparison

NOTE = "Zahl der Pillen prüfen"
BOTH = "Contradiction + Needs verification"


def _request() -> ExportRequest:
    c = seed_comparison()
    key = key_with(c, PILLS)
    merged = Annotation(key, "contradiction", NOTE, True, also=("verify",))
    return ExportRequest(c, {key: merged})


def test_every_label_reaches_the_row_the_counts_and_the_lists():
    model = _request().model()
    (row,) = [r for r in model.rows if r.label]
    assert row.labels == ("contradiction", "verify") and row.label_text == BOTH
    assert row.note == NOTE
    counts = model.summary.label_counts
    assert counts["contradiction"] == 1 and counts["verify"] == 1
    assert model.summary.contradictions == (row,) and model.summary.to_verify == (row,)


def test_json_csv_markdown_and_html_name_both_labels_without_touching_the_note():
    request = _request()
    doc = json.loads(export.render(request, "json"))
    jsonschema.validate(doc, json.loads(SCHEMA.read_text(encoding="utf-8")))
    (item,) = [i for i in doc["items"] if i["label"]]
    assert item["labels"] == ["contradiction", "verify"] and item["label"] == "contradiction"
    assert item["label_text"] == BOTH and item["note"] == NOTE
    rows = list(csv.DictReader(io.StringIO(export.render(request, "csv"))))
    (row,) = [r for r in rows if r["label"]]
    assert row["labels"] == "contradiction verify" and row["note"] == NOTE
    for fmt in ("md", "html"):
        text = export.render(request, fmt)
        assert BOTH in text, fmt
        assert "Also labelled" not in text, fmt
