"""A whole review with the keyboard, then read back by plain SQLite and `twofold annotations`."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt

from desktop.app import main
from desktop.vocabulary import LABELS
from tests.ui.test_review import opener, press

Key = Qt.Key
DIGITS = [Key.Key_1, Key.Key_2, Key.Key_3, Key.Key_4, Key.Key_5]


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "reviews.db"


@pytest.fixture
def review_window(make_window, db_path, qtbot):
    return opener(make_window, db_path, qtbot)


def test_label_and_review_every_item_then_read_it_back(review_window, qtbot, db_path, capsys):
    window = review_window()
    total = len(window.items)
    press(qtbot, window, Key.Key_J)
    chosen = {}
    for n in range(total):
        chosen[window.current_item.key] = LABELS[n % 5].name
        press(qtbot, window, DIGITS[n % 5])
        press(qtbot, window, Key.Key_Space)
    assert window.review_progress.text() == f"{total} / {total} reviewed"
    before = window.current
    press(qtbot, window, Key.Key_G)
    assert window.current == before and "reviewed" in window.statusBar().currentMessage()
    shown = window.current_annotations()
    window.close()

    with sqlite3.connect(db_path) as raw:
        rows = raw.execute(
            "SELECT a.item_key, a.label, a.reviewed, c.title FROM annotations a"
            " JOIN comparisons c ON c.id = a.comparison_id"
        ).fetchall()
        order = [
            k for (k,) in raw.execute("SELECT item_key FROM review_items ORDER BY reading_order")
        ]
    assert {key: label for key, label, _, _ in rows} == chosen
    assert all(reviewed == 1 for _, _, reviewed, _ in rows)
    assert order == [item.key for item in window.items]
    assert {k: a.label for k, a in shown.items()} == chosen

    assert main(["annotations", "--db", str(db_path)]) == 0
    exported = json.loads(capsys.readouterr().out)
    assert len(exported) == total
    assert all(row["left_text"] or row["right_text"] for row in exported)
    assert {row["item_key"]: row["label"] for row in exported} == chosen
