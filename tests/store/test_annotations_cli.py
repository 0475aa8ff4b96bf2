"""`twofold annotations` rows: every annotation with its sentences, as JSON or CSV."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sqlite_utils import Database

from desktop.engine.load import article_from_text
from desktop.export.annotations import annotations_output, render
from desktop.store.annotations_cli import FIELDS, annotation_rows
from desktop.store.errors import NotFound, StoreError
from desktop.store.schema import KNOWN, MIGRATIONS


@pytest.fixture
def annotated(store, comparison):
    store.save_alignment(comparison.id, [], ["pair:0:0", "pair:1:1", "left:2:", "left:3:"])
    store.set_label(comparison.id, "left:3:", "verify")
    store.set_note(comparison.id, "left:3:", "Wer sind die Kritiker?")
    store.set_label(comparison.id, "pair:0:0", "corroborated")
    store.set_reviewed(comparison.id, "pair:0:0", True)
    store.set_reviewed(comparison.id, "right::2", True)
    return comparison


def test_rows_carry_sentence_texts_in_reading_order(store, annotated):
    rows = annotation_rows(store)
    assert [r["item_key"] for r in rows] == ["pair:0:0", "left:3:", "right::2"]
    pair, left_only, right_only = rows
    assert pair["side"] == "both"
    assert pair["left_text"] == "Der Minister traf am Montag in Mexiko-Stadt ein."
    assert pair["right_text"] == "Am Montag kam der Minister in Mexiko-Stadt an."
    assert (pair["label"], pair["reviewed"]) == ("corroborated", True)
    assert left_only["side"] == "left only"
    assert (left_only["left_ids"], left_only["right_ids"]) == ([3], [])
    assert left_only["note"] == "Wer sind die Kritiker?"
    assert left_only["right_text"] == ""
    assert right_only["right_text"] == "Beide Seiten lobten die enge Zusammenarbeit."
    assert all(r["comparison_title"] == "Bericht ↔ pressemitteilung.txt" for r in rows)
    assert all(r["created"] and r["updated"] and r["author"] for r in rows)


def test_rows_for_one_comparison_only(store, annotated):
    other_article = article_from_text("Anders. Ganz anders.", path="o.txt", lang="de")
    other = store.open_comparison(store.add_article(other_article), annotated.left_article_id, 50)
    store.set_note(other.id, "pair:1:0", "andere")
    assert {r["comparison_id"] for r in annotation_rows(store)} == {annotated.id, other.id}
    only = annotation_rows(store, other.id)
    assert [(r["item_key"], r["left_text"]) for r in only] == [("pair:1:0", "Ganz anders.")]
    with pytest.raises(NotFound):
        annotation_rows(store, 999)


def test_json_and_csv_hold_the_same_rows(store, annotated):
    rows = annotation_rows(store)
    assert json.loads(render(rows, "json")) == rows
    table = list(csv.DictReader(io.StringIO(render(rows, "csv"))))
    assert tuple(table[0]) == FIELDS
    assert [r["item_key"] for r in table] == [r["item_key"] for r in rows]
    assert table[1]["left_ids"] == "3" and table[1]["note"] == "Wer sind die Kritiker?"
    assert [r["reviewed"] for r in table] == ["yes", "no", "yes"]
    assert table[1]["label"] == "verify" and table[2]["label"] == ""
    with pytest.raises(ValueError):
        render(rows, "xml")


def test_output_reads_the_database_without_taking_it_from_a_window(db_path, store, annotated):
    # The window still holds the database for writing; the command reads it read-only.
    printed = annotations_output(db_path, annotated.id, "csv")
    assert printed.splitlines()[0] == ",".join(FIELDS)
    assert len(printed.splitlines()) == 1 + 3


def test_output_for_a_missing_database_says_so(tmp_path):
    with pytest.raises(StoreError, match="no review database"):
        annotations_output(tmp_path / "nirgends.db")
    assert list(tmp_path.iterdir()) == []


def test_output_upgrades_an_old_database_first(db_path):
    old = Database(db_path)
    MIGRATIONS.apply(old, stop_before=KNOWN[1])
    old.close()
    assert json.loads(annotations_output(db_path)) == []
