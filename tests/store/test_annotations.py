"""Labels, notes and reviewed marks: saved per item, returning the state before for undo."""

from __future__ import annotations

import getpass

import pytest

from desktop.store.store import Store
from desktop.vocabulary import LABEL as LABELS


def test_label_note_and_reviewed_are_saved_per_item(store, comparison, db_path):
    store.set_label(comparison.id, "pair:0:0", "corroborated")
    store.set_note(comparison.id, "pair:0:0", "Beide nennen Montag.")
    store.set_reviewed(comparison.id, "left:3:", True)
    store.close()

    with Store.open(db_path) as again:
        saved = again.annotations(comparison.id)
    assert set(saved) == {"pair:0:0", "left:3:"}
    assert saved["pair:0:0"].label == "corroborated"
    assert saved["pair:0:0"].note == "Beide nennen Montag."
    assert saved["pair:0:0"].reviewed is False
    assert saved["left:3:"].reviewed is True
    assert saved["left:3:"].label is None


def test_each_change_returns_the_state_before(store, comparison):
    assert store.set_label(comparison.id, "pair:0:0", "framing") is None
    before = store.set_label(comparison.id, "pair:0:0", "contradiction")
    assert before.label == "framing"
    before = store.set_note(comparison.id, "pair:0:0", "Zahl fehlt")
    assert (before.label, before.note) == ("contradiction", "")
    before = store.set_reviewed(comparison.id, "pair:0:0", True)
    assert (before.note, before.reviewed) == ("Zahl fehlt", False)


def test_undo_restores_every_field_exactly(store, comparison):
    store.set_label(comparison.id, "pair:1:1", "verify")
    store.set_note(comparison.id, "pair:1:1", "erst")
    original = store.annotation(comparison.id, "pair:1:1")

    previous = store.set_label(comparison.id, "pair:1:1", "irrelevant")
    store.restore_annotation(comparison.id, "pair:1:1", previous)
    assert store.annotation(comparison.id, "pair:1:1") == original

    previous = store.set_note(comparison.id, "pair:1:1", "")
    store.restore_annotation(comparison.id, "pair:1:1", previous)
    assert store.annotation(comparison.id, "pair:1:1") == original


def test_undo_of_the_first_change_removes_the_annotation(store, comparison):
    previous = store.set_reviewed(comparison.id, "right::2", True)
    assert previous is None
    store.restore_annotation(comparison.id, "right::2", previous)
    assert store.annotation(comparison.id, "right::2") is None
    assert store.annotations(comparison.id) == {}


def test_clearing_everything_leaves_no_empty_row(store, comparison, db_path):
    store.set_label(comparison.id, "left:3:", "verify")
    store.set_label(comparison.id, "left:3:", None)
    assert store.annotations(comparison.id) == {}


def test_setting_the_same_value_changes_nothing(store, comparison):
    store.set_label(comparison.id, "pair:0:0", "framing")
    first = store.annotation(comparison.id, "pair:0:0")
    previous = store.set_label(comparison.id, "pair:0:0", "framing")
    assert previous == first
    assert store.annotation(comparison.id, "pair:0:0").updated == first.updated


def test_author_and_timestamps_are_recorded(store, comparison):
    store.set_label(comparison.id, "pair:0:0", "framing")
    first = store.annotation(comparison.id, "pair:0:0")
    store.set_note(comparison.id, "pair:0:0", "später")
    later = store.annotation(comparison.id, "pair:0:0")
    assert first.author == getpass.getuser()
    assert first.created.endswith("Z") and first.created == first.updated
    assert later.created == first.created
    assert later.updated >= first.updated


def test_unknown_label_is_refused(store, comparison):
    with pytest.raises(ValueError, match="unknown label"):
        store.set_label(comparison.id, "pair:0:0", "spicy")
    assert store.annotations(comparison.id) == {}


def test_every_label_can_be_stored(store, comparison):
    for n, label in enumerate(LABELS):
        store.set_label(comparison.id, f"left:{n}:", label)
    assert {a.label for a in store.annotations(comparison.id).values()} == set(LABELS)


def test_progress_counts_the_marks_made_and_the_items_still_without_one(store, comparison):
    keys = ["pair:0:0", "pair:1:1", "left:2:", "left:3:", "right::2"]
    store.set_reviewed(comparison.id, "pair:0:0", True)
    store.set_reviewed(comparison.id, "left:3:", True)
    # Made on a pair that has split since: one mark, shown on both its sentences' items.
    store.set_reviewed(comparison.id, "pair:2:2", True)
    store.set_reviewed(comparison.id, "left:9:", True)  # on no sentence shown: not counted
    store.set_label(comparison.id, "pair:1:1", "framing")  # labelled but not reviewed
    assert store.progress(comparison.id, keys) == (3, 4)
    store.set_reviewed(comparison.id, "pair:0:0", False)
    assert store.progress(comparison.id, keys) == (2, 4)
