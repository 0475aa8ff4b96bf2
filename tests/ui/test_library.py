"""The library of saved comparisons: search over notes, open, rename, delete after confirming."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review import annotate
from desktop.review.session import open_database
from desktop.ui.library import Library

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(make_window, tmp_path, qtbot):
    window = make_window(left=None, right=None)
    window.use_store(*open_database(tmp_path / "reviews.db"))
    # Two saved comparisons: the seed pair both ways round, a note on the second.
    window.open_paths(SEED_LEFT, SEED_RIGHT)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    window.swap_sides()
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    window.select_item(0)
    window.perform(annotate.set_note(window.ws, "Polizeisprecher zurückrufen"))
    return window


def titles(library) -> list[str]:
    return [library.table.item(row, 0).text() for row in range(library.table.rowCount())]


def open_library(window, qtbot):
    qtbot.keyClick(window.panes[window.active_side], Key.Key_L, CTRL)
    library = window.findChild(Library)
    qtbot.waitExposed(library)
    return library


def test_search_finds_a_comparison_by_its_note_and_opens_it(window, qtbot):
    library = open_library(window, qtbot)
    assert library.table.rowCount() == 2
    assert "1 annotated" in library.table.item(0, 2).text()
    library.search.setText("ZURÜCKRUFEN")  # any script's case is folded
    assert library.table.rowCount() == 1
    noted = library.selected_id()
    qtbot.keyClicks(library.search, "x")
    assert library.table.rowCount() == 0 and "Nothing saved matches" in library.empty.text()
    library.search.clear()
    # Open the other one, then come back to the noted one with Enter.
    other = next(
        library.table.item(r, 0).data(Qt.ItemDataRole.UserRole)
        for r in range(2)
        if library.table.item(r, 0).data(Qt.ItemDataRole.UserRole) != noted
    )
    assert window.open_saved(other)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    assert window.ws.session.id == other and window.current_annotations() == {}
    library = open_library(window, qtbot)
    qtbot.keyClicks(library.search, "polizei")
    qtbot.keyClick(library.search, Key.Key_Return)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    assert window.ws.session.id == noted
    assert not library.isVisible()
    assert [a.note for a in window.current_annotations().values()] == [
        "Polizeisprecher zurückrufen"
    ]


def test_rename_in_place_and_delete_after_confirmation(window, qtbot, tmp_path):
    library = open_library(window, qtbot)
    library.table.selectRow(1)
    victim = library.selected_id()
    library.table.item(1, 0).setText("Demo in Köln")
    assert "Demo in Köln" in titles(library)
    with sqlite3.connect(tmp_path / "reviews.db") as raw:
        assert raw.execute("SELECT title FROM comparisons WHERE id = ?", [victim]).fetchone() == (
            "Demo in Köln",
        )
    library.table.selectRow(titles(library).index("Demo in Köln"))
    library.delete_selected()
    library.confirm_box.button(QMessageBox.StandardButton.Cancel).click()
    assert len(titles(library)) == 2
    library.table.selectRow(titles(library).index("Demo in Köln"))
    library.delete_selected()
    library.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert titles(library) == [t for t in titles(library) if t != "Demo in Köln"]
    assert len(titles(library)) == 1
    with sqlite3.connect(tmp_path / "reviews.db") as raw:
        assert raw.execute("SELECT id FROM comparisons").fetchall() != [(victim,)]
        assert raw.execute("SELECT count(*) FROM comparisons").fetchone() == (1,)


def test_deleting_the_open_comparison_stops_saving_and_says_why(window, qtbot):
    library = open_library(window, qtbot)
    library.table.selectRow(0)
    assert library.selected_id() == window.ws.session.id  # most recently opened first
    library.delete_selected()
    library.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    assert window.export_extra() == {} and window.current_annotations() == {}
    library.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.last_error = ""
    qtbot.keyClick(window.panes[window.active_side], Key.Key_1)
    assert "deleted" in window.last_error


def test_a_comparison_with_earlier_versions_says_how_many():
    from desktop.store.records import ComparisonSummary
    from desktop.ui.library import progress_text

    summary = ComparisonSummary(3, "T", "", "a.txt", "", "b.txt", 2, 9, 1, "c", "o", versions=2)
    assert progress_text(summary) == "2 / 9 reviewed · 1 annotated · 2 versions"
