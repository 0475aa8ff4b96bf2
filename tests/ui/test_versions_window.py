"""Articles changed since their review, in the window: the question (answered here as a user
would, by its buttons), the changed sentences marked, the library's versions, an earlier
version opened read-only and labelled so in the title."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review import annotate
from desktop.review.versions import CARRY, EARLIER, FRESH
from desktop.ui.library import Library
from desktop.ui.version_offer import NAME
from desktop.vocabulary import CHANGED
from tests.ui.test_review import opener

KEPT = "Ebenso soll der Waffenhandel unterbunden werden."
EDITED = "Zur Umsetzung dieser Ziele wurde eine hochrangige Arbeitsgruppe eingerichtet"
NEW_EDIT = "neue hochrangige Arbeitsgruppe"
ADDED = "Ein weiteres Treffen ist für Oktober geplant."


def _sid(window, text: str) -> int:
    return next(s.id for s in window.articles["right"].sentences if text in s.text)


def _key(window, text: str) -> str:
    return window.items[window.ws.item_at("right", _sid(window, text))].key


@pytest.fixture
def updated(make_window, tmp_path, qtbot):
    """A window on a review of two files (2 labels, 2 notes) whose right file then changed:
    one sentence edited, one added. Returns a function opening the files again."""
    left, right = tmp_path / "bericht.txt", tmp_path / "mitteilung.txt"
    shutil.copy(SEED_LEFT, left)
    shutil.copy(SEED_RIGHT, right)
    make = opener(make_window, tmp_path / "reviews.db", qtbot)
    window = make(left=left, right=right)
    for text, digit, note in ((KEPT, "4", "Welche Waffen?"), (EDITED, "1", "Arbeitsgruppe prüfen")):
        window.select_item(window.ws.index_of(_key(window, text)))
        window.perform(annotate.toggle_label(window.ws, digit))
        window.perform(annotate.set_note(window.ws, note))
    first_id = window.ws.session.id
    text = right.read_text(encoding="utf-8").replace("hochrangige Arbeitsgruppe", NEW_EDIT)
    right.write_text(text.replace("14:14 EDT", f"14:14 EDT\n{ADDED}"), encoding="utf-8")

    def reopen_files():
        window.open_paths(left, right)
        qtbot.waitUntil(lambda: window.findChild(QMessageBox, NAME) is not None, timeout=20000)
        box = window.findChild(QMessageBox, NAME)
        qtbot.waitUntil(box.isVisible)
        return box

    return window, reopen_files, first_id


def _answer(qtbot, window, box, choice: str) -> None:
    box.choices[choice].click()
    qtbot.waitUntil(lambda: window.ws.offer is None and window.ws.session is not None)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)


def test_the_question_is_raised_above_the_window_and_nothing_is_saved_before(updated, qtbot):
    window, reopen_files, _ = updated
    box = reopen_files()
    assert box.parentWidget() is window and box.isVisible()
    assert box.text() == (
        "The right article changed since your review: 1 sentence added, 1 changed. "
        "Carry your 2 labels and 2 notes over to the new version?"
    )
    assert [box.choices[c].text() for c in (CARRY, FRESH, EARLIER)] == [
        "&Carry over",
        "&Start fresh",
        "&Open the earlier version",
    ]
    refused = window.perform(annotate.toggle_label(window.ws, "2")).refused
    assert "choose first" in refused
    _answer(qtbot, window, box, CARRY)


def test_carry_over_keeps_the_review_and_marks_what_changed(updated, qtbot):
    window, reopen_files, first_id = updated
    _answer(qtbot, window, reopen_files(), CARRY)
    assert window.ws.session.record.previous_id == first_id
    assert window.ws.annotations[_key(window, KEPT)].note == "Welche Waffen?"
    assert "1 sentence added, 1 changed" in window.statusBar().currentMessage()
    changed = {_sid(window, NEW_EDIT), _sid(window, ADDED)}
    assert window.panes["right"].gutter.changed == changed
    assert window.panes["left"].gutter.changed == frozenset()
    window.select_item(window.ws.index_of(_key(window, ADDED)))
    assert f"{CHANGED.glyph} {CHANGED.legend}" in window.detail.toPlainText()
    window.select_item(window.ws.index_of(_key(window, KEPT)))
    assert CHANGED.legend not in window.detail.toPlainText()
    (listed,) = window.ws.store.list_comparisons()
    assert listed.versions == 2


def test_start_fresh_begins_an_empty_review_of_the_new_version(updated, qtbot):
    window, reopen_files, first_id = updated
    _answer(qtbot, window, reopen_files(), FRESH)
    assert window.ws.annotations == {} and window.ws.session.record.previous_id == first_id
    assert window.ws.refusal() == ""
    assert len(window.ws.store.annotations(first_id)) == 2


def test_open_the_earlier_version_shows_it_read_only(updated, qtbot):
    window, reopen_files, first_id = updated
    _answer(qtbot, window, reopen_files(), EARLIER)
    assert window.ws.session.id == first_id
    assert "earlier version, from 20" in window.windowTitle()
    assert "earlier version, from 20" in window.review_progress.text()  # also in the window
    assert EDITED in window.panes["right"].toPlainText()
    assert window.ws.annotations[_key(window, KEPT)].note == "Welche Waffen?"
    assert "read-only" in window.perform(annotate.toggle_label(window.ws, "2")).refused


def test_the_library_lists_the_versions_and_opens_the_earlier_one(updated, qtbot):
    window, reopen_files, first_id = updated
    _answer(qtbot, window, reopen_files(), CARRY)
    newest = window.ws.session.id
    window.run_command("library")
    library = window.findChild(Library)
    qtbot.waitUntil(library.isVisible)
    assert library.table.rowCount() == 1  # one comparison...
    assert "2 versions" in library.table.item(0, 2).text()
    assert library.versions.isVisible() and library.versions.count() == 2  # ...two versions
    assert library.versions.item(0).text().startswith("Version 2 · from 20")
    assert library.versions.currentRow() == 1  # the earlier one, ready to open
    library.open_version()
    qtbot.waitUntil(lambda: window.ws.session is not None and window.ws.session.id == first_id)
    assert window.windowTitle().startswith("earlier version, from 20")
    assert EDITED in window.panes["right"].toPlainText()
    # And back to the current version, to go on reviewing.
    window.open_saved(newest)
    qtbot.waitUntil(lambda: window.ws.session is not None and window.ws.session.id == newest)
    assert "earlier version" not in window.windowTitle() and window.ws.refusal() == ""
