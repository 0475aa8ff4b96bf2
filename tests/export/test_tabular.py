"""CSV and JSON: one record per item, annotations and flags, umlauts, formula safety."""

import csv
import io
import json

from desktop import export
from desktop.engine.items import items
from desktop.export import ExportRequest
from desktop.store.records import Annotation
from tests.export.fixtures import (
    HOSTILE_NOTE,
    IMG,
    NOTE_CONTRA,
    NOTE_VERIFY,
    PILLS,
    PRESIDENT,
    SCRIPT,
    flagged_comparison,
    hostile_annotations,
    hostile_comparison,
    key_with,
    seed_annotations,
    seed_comparison,
)


def read_csv(path) -> list[dict]:
    with open(path, encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def row_with(rows, text):
    return next(r for r in rows if text in r["left_text"] + r["right_text"])


def test_csv_has_one_row_per_item_with_annotations_and_umlauts(tmp_path):
    c = seed_comparison()
    path = export.write(ExportRequest(c, seed_annotations(c)), tmp_path / "r.csv", "csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(path)
    assert [r["key"] for r in rows] == [i.key for i in items(c)]
    president = row_with(rows, PRESIDENT)
    assert (president["label"], president["note"], president["reviewed"]) == (
        "verify",
        NOTE_VERIFY,
        "yes",
    )
    assert row_with(rows, PILLS)["note"] == NOTE_CONTRA
    assert "Außenminister" in " ".join(r["left_text"] for r in rows)


def test_csv_cells_that_look_like_formulas_get_an_apostrophe(tmp_path):
    c = seed_comparison()
    notes = ['=HYPERLINK("http://x","y")', "+49 30 1234", "-5 Prozent", "@Redaktion prüfen"]
    keys = [i.key for i in items(c)][: len(notes)]
    ann = {k: Annotation(k, label="verify", note=n) for k, n in zip(keys, notes, strict=True)}
    rows = read_csv(export.write(ExportRequest(c, ann), tmp_path / "r.csv"))
    assert [r["note"] for r in rows[: len(notes)]] == ["'" + n for n in notes]


def test_csv_and_json_carry_discrepancy_flags(tmp_path):
    c = flagged_comparison()
    (row,) = read_csv(export.write(ExportRequest(c), tmp_path / "r.csv"))
    assert row["discrepancies"] == "number: 20 ≠ 25"
    assert row["state"] == "paired" and row["score"] == "88.0"
    (item,) = json.loads(export.render(ExportRequest(c), "json"))["items"]
    assert item["discrepancies"] == [{"kind": "number", "left": ["20"], "right": ["25"]}]


def test_json_items_summary_and_provenance(tmp_path):
    c = seed_comparison()
    ann = seed_annotations(c)
    doc = json.loads(export.write(ExportRequest(c, ann), tmp_path / "r.json").read_text("utf-8"))
    assert [i["key"] for i in doc["items"]] == [i.key for i in items(c)]
    contra = next(i for i in doc["items"] if i["key"] == key_with(c, PILLS))
    assert (contra["label"], contra["note"], contra["reviewed"]) == (
        "contradiction",
        NOTE_CONTRA,
        True,
    )
    assert doc["summary"]["label_counts"]["contradiction"] == 1
    assert doc["summary"]["contradictions"] == [contra["item"]]
    assert len(doc["provenance"]["left"]["sha256"]) == 64
    assert "Außenminister" in (tmp_path / "r.json").read_text("utf-8")


def test_json_with_only_reviewed_items():
    c = seed_comparison()
    doc = json.loads(
        export.render(ExportRequest(c, seed_annotations(c), include_unreviewed=False), "json")
    )
    assert {i["label"] for i in doc["items"]} == {"verify", "contradiction"}
    assert all(i["reviewed"] for i in doc["items"])


def test_markup_stays_literal_text_in_csv_and_json(tmp_path):
    c = hostile_comparison()
    ann = hostile_annotations(c)
    text = " ".join(
        r["left_text"] for r in read_csv(export.write(ExportRequest(c, ann), tmp_path / "r.csv"))
    )
    doc = json.loads(export.render(ExportRequest(c, ann), "json"))
    for found in (text, " ".join(i["left_text"] for i in doc["items"])):
        assert SCRIPT in found and IMG in found
    assert HOSTILE_NOTE in {i["note"] for i in doc["items"]}
    assert io.StringIO(export.render(ExportRequest(c, ann), "csv")).read().count(SCRIPT) >= 1
