"""Keyboard review in the window: labels, reviewed marks, notes, undo/redo, all in the database."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review import annotate
from desktop.review.session import open_database
from desktop.ui.note_editor import NoteEditor

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "reviews.db"


def opener(make_window, path, qtbot):
    """Opens the seed comparison in a window saving to the database at `path`."""

    def make(**kwargs):
        window = make_window(left=None, right=None)
        window.use_store(*open_database(kwargs.get("path", path)))
        window.open_paths(kwargs.get("left", SEED_LEFT), kwargs.get("right", SEED_RIGHT))
        qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
        return window

    return make


@pytest.fixture
def review_window(make_window, db_path, qtbot):
    return opener(make_window, db_path, qtbot)


def first_with_left(window) -> int:
    """The first item that has a left sentence (reading order puts right-only ones first
    when the right article opens with what the left lacks)."""
    return next(n for n, item in enumerate(window.items) if item.left)


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    """A key as the user types it: to whatever has the keyboard focus."""
    target = QApplication.focusWidget()
    if target is None or target.window() is not window:
        target = window.panes[window.active_side]
    qtbot.keyClick(target, key, modifier)


def note_editor(window, qtbot) -> NoteEditor:
    """The note editor just opened (a closed one may linger until Qt deletes it)."""
    qtbot.waitUntil(lambda: any(e.isVisible() for e in window.findChildren(NoteEditor)))
    return next(e for e in window.findChildren(NoteEditor) if e.isVisible())


def stored(db_path) -> dict[str, tuple]:
    """What any SQLite tool sees: item key -> (label, note, reviewed)."""
    with sqlite3.connect(db_path) as raw:
        rows = raw.execute("SELECT item_key, label, note, reviewed FROM annotations").fetchall()
    return {key: (label, note, bool(reviewed)) for key, label, note, reviewed in rows}


def test_labels_and_reviewed_marks_are_saved_and_undone_step_by_step(review_window, qtbot, db_path):
    window = review_window()
    press(qtbot, window, Key.Key_J)
    first = window.current_item.key
    press(qtbot, window, Key.Key_2)
    assert stored(db_path)[first] == ("contradiction", "", False)
    assert window.strips["left" if window.current_item.left else "right"].marks
    assert "Contradiction" in window.detail.toPlainText()

    press(qtbot, window, Key.Key_2)  # the same digit again clears it
    assert first not in stored(db_path)
    press(qtbot, window, Key.Key_4)
    press(qtbot, window, Key.Key_Space)
    assert stored(db_path)[first] == ("verify", "", True)
    assert window.current_item.key != first  # moved on
    assert window.review_progress.text().startswith("1 / ")

    # The database after each action, oldest first; undo walks back, redo forward again.
    states = [
        None,
        ("contradiction", "", False),
        None,
        ("verify", "", False),
        ("verify", "", True),
    ]
    for expected in reversed(states[:-1]):
        press(qtbot, window, Key.Key_Z, CTRL)
        assert stored(db_path).get(first) == expected
        assert window.current_item.key == first  # undo shows where it acted
    assert window.review_progress.text().startswith("0 / ")
    for expected in states[1:]:
        press(qtbot, window, Key.Key_Z, CTRL | SHIFT)
        assert stored(db_path).get(first) == expected
    assert window.review_progress.text().startswith("1 / ")


def test_next_unreviewed_skips_reviewed_items(review_window, qtbot):
    window = review_window()
    press(qtbot, window, Key.Key_J)
    press(qtbot, window, Key.Key_Space)
    press(qtbot, window, Key.Key_Space)
    press(qtbot, window, Key.Key_K)
    press(qtbot, window, Key.Key_K)
    assert window.current == 0
    press(qtbot, window, Key.Key_G)
    assert window.current == 2


def test_reopening_resumes_position_labels_notes_and_threshold(review_window, qtbot, db_path):
    window = review_window()
    for _ in range(3):
        press(qtbot, window, Key.Key_J)
    press(qtbot, window, Key.Key_1)
    key = window.current_item.key
    window.set_threshold(70)
    window.perform(annotate.set_note(window.ws, "Anrufen: Bürgermeister"))
    index = window.current
    window.close()

    again = review_window()
    assert again.threshold == 70
    assert again.current_item is not None and again.current_item.key == key
    assert again.current == index
    annotation = again.current_annotations()[key]
    assert annotation.label == "corroborated" and annotation.note == "Anrufen: Bürgermeister"
    assert "Bürgermeister" in again.detail.toPlainText()
    assert again.export_extra()["Comparison"].startswith("1 (")


def test_without_a_store_review_keys_say_nothing_is_saved(make_window, qtbot):
    window = make_window()
    press(qtbot, window, Key.Key_J)
    press(qtbot, window, Key.Key_1)
    assert window.current_annotations() == {}
    assert window.export_extra() == {}
    assert "not saved" in window.last_error.lower()


def test_store_failure_is_reported_and_not_shown_as_done(review_window, qtbot, db_path):
    window = review_window()
    press(qtbot, window, Key.Key_J)
    # Another program takes the write lock: the label cannot be saved.
    blocker = sqlite3.connect(db_path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    window.ws.store.db.execute("PRAGMA busy_timeout = 0")
    try:
        press(qtbot, window, Key.Key_3)
    finally:
        blocker.rollback()
        blocker.close()
    assert "not saved" in window.last_error
    assert window.current_annotations() == {}
    assert not window.ws.history.can_undo
    press(qtbot, window, Key.Key_3)
    assert [label for label, _, _ in stored(db_path).values()] == ["framing"]


def test_note_editor_saves_with_ctrl_return_and_cancels_with_escape(review_window, qtbot, db_path):
    window = review_window()
    window.select_item(first_with_left(window))
    key = window.current_item.key
    press(qtbot, window, Key.Key_N)
    editor = note_editor(window, qtbot)
    qtbot.waitExposed(editor)
    assert window.articles["left"].sentences[window.current_item.left[0]].text[:20] in (
        editor.findChild(QLabel).text()
    )
    qtbot.keyClicks(editor.text, "Call the press office")
    qtbot.keyClick(editor.text, Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert stored(db_path)[key] == (None, "Call the press office", False)
    assert "Call the press office" in window.detail.toPlainText()

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, Key.Key_N)
    editor = note_editor(window, qtbot)
    qtbot.waitExposed(editor)
    assert editor.text.toPlainText() == "Call the press office"
    qtbot.keyClicks(editor.text, " twice")
    qtbot.keyClick(editor.text, Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert stored(db_path)[key][1] == "Call the press office"

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, Key.Key_Z, CTRL)
    assert key not in stored(db_path)


def test_the_slider_keeps_labels_notes_and_the_reviewed_count(review_window, qtbot):
    window = review_window()
    window.set_threshold(10)
    pair = next(n for n, item in enumerate(window.items) if item.pair is not None)
    window.select_item(pair)
    window.run_command("label-1")
    window.perform(annotate.set_note(window.ws, "Beide nennen die Zahl"))
    window.run_command("mark-reviewed")
    text = window.review_progress.text()
    assert text.startswith("1 / ")
    sid = window.items[pair].left[0]
    for threshold in (0, 50, 100, 10):
        window.slider.setValue(threshold)
        qtbot.waitUntil(lambda t=threshold: window.threshold == t)
        item = window.items[window.ws.item_at("left", sid)]
        shown = window.current_annotations()[item.key]
        assert shown.label == "corroborated" and shown.note == "Beide nennen die Zahl"
        assert window.review_progress.text().startswith("1 / ")
        window.select_item(window.ws.item_at("left", sid))
        assert "Beide nennen die Zahl" in window.detail.toPlainText()
    assert window.review_progress.text() == text


def test_a_label_written_by_another_tool_is_shown_as_it_is(review_window, qtbot, db_path):
    window = review_window()
    window.select_item(0)
    window.run_command("label-1")
    key = window.current_item.key
    window.close()
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE annotations SET label = 'follow-up' WHERE item_key = ?", [key])
    again = review_window()
    again.select_item(again.ws.index_of(key))
    assert "follow-up" in again.detail.toPlainText()
    again.strips["left"].grab()
    again.strips["right"].grab()
