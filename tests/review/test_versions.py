"""An article that changed since its review: opening it asks first; the review can be carried
over to the sentences that stayed (the changed and new ones marked), a new version started
fresh, or the earlier version opened read-only. The library shows one comparison."""

from __future__ import annotations

import shutil

import pytest

from desktop.engine.compare import PreparedComparison
from desktop.engine.load import load_article
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review import annotate, reopen, saved
from desktop.review.session import open_database
from desktop.review.versions import CARRY, EARLIER, FRESH
from desktop.review.workspace import ASKED, Workspace

KEPT = "Ebenso soll der Waffenhandel unterbunden werden."
EDITED = "Zur Umsetzung dieser Ziele wurde eine hochrangige Arbeitsgruppe eingerichtet"
NEW_EDIT = "neue hochrangige Arbeitsgruppe"
ADDED = "Ein weiteres Treffen ist für Oktober geplant."


def _open(db_path, left, right) -> tuple[Workspace, object]:
    ws = Workspace()
    ws.use_store(*open_database(db_path))
    changes = ws.set_articles(load_article(left), load_article(right))
    ws.aligned(PreparedComparison(ws.articles["left"], ws.articles["right"]))
    return ws, changes


def _sid(ws, text: str) -> int:
    return next(s.id for s in ws.articles["right"].sentences if text in s.text)


def _item_with(ws, text: str):
    return ws.items[ws.item_at("right", _sid(ws, text))]


@pytest.fixture
def reviewed_then_updated(db_path, tmp_path):
    """A review of two files (2 labels, 2 notes); then the right one is updated: one sentence
    edited, one added at the end."""
    left, right = tmp_path / "bericht.txt", tmp_path / "mitteilung.txt"
    shutil.copy(SEED_LEFT, left)
    shutil.copy(SEED_RIGHT, right)
    ws, _ = _open(db_path, left, right)
    for text, digit, note in ((KEPT, "4", "Welche Waffen?"), (EDITED, "1", "Arbeitsgruppe prüfen")):
        ws.select(ws.index_of(_item_with(ws, text).key))
        annotate.toggle_label(ws, digit)
        annotate.set_note(ws, note)
    first_id = ws.session.id
    ws.close()
    text = right.read_text(encoding="utf-8").replace("hochrangige Arbeitsgruppe", NEW_EDIT)
    right.write_text(text.replace("14:14 EDT", f"14:14 EDT\n{ADDED}"), encoding="utf-8")
    return left, right, first_id


@pytest.fixture
def reopened(db_path, reviewed_then_updated):
    """The updated files opened again: (workspace, what opening changed, the first id)."""
    left, right, first_id = reviewed_then_updated
    ws, changes = _open(db_path, left, right)
    yield ws, changes, first_id
    ws.close()


def test_opening_changed_articles_asks_before_anything_is_written(reopened):
    ws, changes, first_id = reopened
    assert changes.ask and ws.session is None
    assert ws.offer.earlier.id == first_id
    assert ws.offer.question == (
        "The right article changed since your review: 1 sentence added, 1 changed. "
        "Carry your 2 labels and 2 notes over to the new version?"
    )
    assert ws.refusal() == ASKED  # no label or note goes anywhere until answered
    assert [c.id for c in ws.store.list_comparisons()] == [first_id]


def test_carried_over_the_review_stays_on_the_sentences_that_stayed(
    reopened, db_path, reviewed_then_updated
):
    ws, _, first_id = reopened
    changes = reopen.answer(ws, CARRY)
    assert ws.session.id != first_id and ws.session.record.previous_id == first_id
    assert "1 sentence added, 1 changed" in changes.notice
    kept = ws.annotations[_item_with(ws, KEPT).key]
    assert (kept.label, kept.note) == ("verify", "Welche Waffen?")
    edited = ws.annotations[_item_with(ws, NEW_EDIT).key]
    assert (edited.label, edited.note) == ("corroborated", "Arbeitsgruppe prüfen")
    assert not edited.reviewed  # to be looked at again
    # The edited and the added sentence are marked; no note was written for it.
    assert ws.changed["right"] == {_sid(ws, NEW_EDIT), _sid(ws, ADDED)}
    assert ws.changed["left"] == frozenset()
    assert _item_with(ws, ADDED).key not in ws.annotations
    (listed,) = ws.store.list_comparisons()
    assert listed.id == ws.session.id and listed.versions == 2
    earlier = saved.rebuild(ws.store, first_id)
    assert sorted(a.note for a in earlier.annotations.values()) == [
        "Arbeitsgruppe prüfen",
        "Welche Waffen?",
    ]
    # Opening the same texts again resumes the new version: nothing asked or carried twice.
    ws.close()
    left, right, _ = reviewed_then_updated
    ws, changes = _open(db_path, left, right)
    assert not changes.ask and "changed since your review" not in changes.notice
    assert len(ws.store.list_comparisons()) == 1
    assert ws.changed["right"] == {_sid(ws, NEW_EDIT), _sid(ws, ADDED)}  # still marked
    ws.close()


def test_started_fresh_the_new_version_has_an_empty_review(reopened):
    ws, _, first_id = reopened
    changes = reopen.answer(ws, FRESH)
    assert "new, empty review" in changes.notice
    assert ws.session.record.previous_id == first_id and ws.annotations == {}
    assert ws.refusal() == ""
    (listed,) = ws.store.list_comparisons()
    assert listed.versions == 2
    assert len(ws.store.annotations(first_id)) == 2  # the earlier review is kept


def test_the_earlier_version_opens_read_only_with_its_review(reopened):
    ws, _, first_id = reopened
    changes = reopen.answer(ws, EARLIER)
    ws.aligned(PreparedComparison(ws.articles["left"], ws.articles["right"]))
    assert ws.session.id == first_id and ws.session.read_only
    assert ws.earlier_text.startswith("earlier version, from 20")
    assert ws.earlier_text in changes.notice
    assert any(EDITED in s.text for s in ws.articles["right"].sentences)  # the old text
    assert ws.annotations[_item_with(ws, KEPT).key].note == "Welche Waffen?"
    assert "read-only" in annotate.toggle_label(ws, "2").refused
    assert [(c.id, c.versions) for c in ws.store.list_comparisons()] == [(first_id, 1)]
