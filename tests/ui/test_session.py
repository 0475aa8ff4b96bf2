"""The window with a database it cannot fully use: locked, damaged, or from a newer Twofold."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.store.store import Store
from tests.ui.test_review import opener, press, stored

Key = Qt.Key


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "reviews.db"


@pytest.fixture
def review_window(make_window, db_path, qtbot):
    return opener(make_window, db_path, qtbot)


def dismiss_message(qtbot, window, words: str) -> None:
    """The one-time message box says it; closing it gives the keyboard back to the window."""
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
    assert any(words in box.text() and box.isVisible() for box in boxes)
    for box in boxes:
        box.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_locked_database_opens_read_only_and_review_keys_say_so(review_window, qtbot, db_path):
    first = review_window()
    press(qtbot, first, Key.Key_J)
    press(qtbot, first, Key.Key_1)
    saved = stored(db_path)

    second = review_window()  # the first window still holds the database
    assert "read-only" in second.last_error
    assert second.review_progress.text().endswith("read-only")
    assert second.current_annotations() == first.current_annotations()  # shows the review
    dismiss_message(qtbot, second, "read-only")
    second.last_error = ""
    press(qtbot, second, Key.Key_J)
    press(qtbot, second, Key.Key_3)
    assert "read-only" in second.last_error
    second.last_error = ""
    press(qtbot, second, Key.Key_Space)
    assert "read-only" in second.last_error
    assert not second.ws.history.can_undo
    assert stored(db_path) == saved
    # The first window keeps saving.
    first.activateWindow()
    qtbot.waitUntil(first.isActiveWindow)
    press(qtbot, first, Key.Key_Space)
    assert any(reviewed for _, _, reviewed in stored(db_path).values())


def test_damaged_database_is_moved_aside_named_and_a_new_one_used(review_window, qtbot, db_path):
    review_window().close()
    damaged = db_path.read_bytes()[:3000]  # cut short
    db_path.write_bytes(damaged)
    window = review_window()
    moved = db_path.parent.glob("reviews.db.corrupt-*")
    moved = [p for p in moved if not p.name.endswith(("-wal", "-shm"))]
    assert len(moved) == 1 and moved[0].read_bytes() == damaged
    assert str(moved[0]) in window.last_error and "damaged" in window.last_error
    dismiss_message(qtbot, window, moved[0].name)
    press(qtbot, window, Key.Key_J)
    press(qtbot, window, Key.Key_2)
    assert [label for label, _, _ in stored(db_path).values()] == ["contradiction"]


def test_newer_database_is_left_alone_and_the_window_compares_without_saving(
    review_window, qtbot, db_path
):
    Store.open(db_path).close()
    with sqlite3.connect(db_path) as raw:
        raw.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('twofold', 'm999_from_the_future', '2030-01-01')"
        )
    before = db_path.read_bytes()
    window = review_window()
    assert "newer version" in window.last_error and "not saved" in window.last_error
    dismiss_message(qtbot, window, "newer version")
    window.last_error = ""
    assert window.comparison is not None and window.items
    assert window.review_progress.text() == "Not saved"
    press(qtbot, window, Key.Key_J)
    press(qtbot, window, Key.Key_1)
    assert "newer version" in window.last_error
    assert window.current_annotations() == {}
    window.close()
    assert db_path.read_bytes() == before


def test_a_file_that_is_no_database_is_left_alone(review_window, qtbot, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("Anrufe: Polizei, Bürgermeister\n")
    window = review_window(path=notes)
    assert "not a review database" in window.last_error and "not saved" in window.last_error
    dismiss_message(qtbot, window, "notes.txt")
    assert notes.read_text() == "Anrufe: Polizei, Bürgermeister\n"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "settings") == ["notes.txt"]


def test_a_deleted_database_is_said_and_the_review_saved_to_a_new_file(
    review_window, qtbot, db_path, tmp_path
):
    window = review_window()
    press(qtbot, window, Key.Key_J)
    press(qtbot, window, Key.Key_2)
    key = window.current_item.key
    db_path.unlink()
    window.last_error = ""
    press(qtbot, window, Key.Key_4)  # not saved, and not shown as saved
    assert "deleted or moved away" in window.last_error
    assert window.current_annotations()[key].label == "contradiction"
    offer = window.findChild(QMessageBox, "rescue-offer")
    assert offer is not None and offer.isVisible() and "Save the review" in offer.text()
    target = tmp_path / "gerettet.db"
    window.rescue.ask_path = lambda: str(target)
    save = next(b for b in offer.buttons() if b.text() == "Save review as…")
    save.click()
    assert stored(target) == {key: ("contradiction", "", False)}
    assert str(target) in window.statusBar().currentMessage()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(qtbot, window, Key.Key_Space)
    assert stored(target)[key][2]  # saving goes on in the new file


def test_closing_after_the_database_went_asks_first(review_window, qtbot, db_path, tmp_path):
    window = review_window()
    press(qtbot, window, Key.Key_J)
    press(qtbot, window, Key.Key_1)
    db_path.unlink()
    asked = []
    window.rescue.ask_close = lambda message: asked.append(message) or "cancel"
    window.close()
    assert window.isVisible() and "deleted or moved away" in asked[0]
    target = tmp_path / "vor dem Schließen.db"
    window.rescue.ask_close = lambda message: "save"
    window.rescue.ask_path = lambda: str(target)
    window.close()
    assert not window.isVisible()
    assert [label for label, _, _ in stored(target).values()] == ["corroborated"]
