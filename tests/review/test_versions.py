"""An article that changed since its review: the review is carried over to the sentences
that stayed, the changed and new ones are marked, and the library shows one comparison."""

from __future__ import annotations

import shutil

from desktop.engine.compare import PreparedComparison
from desktop.engine.load import load_article
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review import annotate, saved
from desktop.review.session import open_database
from desktop.review.versions import CHANGED
from desktop.review.workspace import Workspace

KEPT = "Ebenso soll der Waffenhandel unterbunden werden."
EDITED = "Zur Umsetzung dieser Ziele wurde eine hochrangige Arbeitsgruppe eingerichtet"
ADDED = "Ein weiteres Treffen ist für Oktober geplant."


def _open(db_path, left, right) -> tuple[Workspace, object]:
    ws = Workspace()
    ws.use_store(*open_database(db_path))
    changes = ws.set_articles(load_article(left), load_article(right))
    ws.aligned(PreparedComparison(ws.articles["left"], ws.articles["right"]))
    return ws, changes


def _item_with(ws, text: str):
    right = ws.articles["right"].sentences
    sid = next(s.id for s in right if text in s.text)
    return ws.items[ws.item_at("right", sid)]


def test_a_changed_article_keeps_its_review_on_the_sentences_that_stayed(db_path, tmp_path):
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

    # The press release is updated: one sentence edited, one added at the end.
    text = right.read_text(encoding="utf-8")
    text = text.replace("hochrangige Arbeitsgruppe", "neue hochrangige Arbeitsgruppe")
    right.write_text(text.replace("14:14 EDT", f"14:14 EDT\n{ADDED}"), encoding="utf-8")

    ws, changes = _open(db_path, left, right)
    try:
        assert ws.session.id != first_id and ws.session.record.previous_id == first_id
        assert "The right article changed since your review: 1 sentence added, 1 changed." in (
            changes.notice
        )
        kept = ws.annotations[_item_with(ws, KEPT).key]
        assert (kept.label, kept.note) == ("verify", "Welche Waffen?")
        edited = ws.annotations[_item_with(ws, "neue hochrangige Arbeitsgruppe").key]
        assert CHANGED in edited.note and "Arbeitsgruppe prüfen" in edited.note
        assert edited.label == "corroborated" and not edited.reviewed  # to be looked at again
        assert CHANGED in ws.annotations[_item_with(ws, ADDED).key].note
        # The library shows one comparison, with two versions; the earlier one stays readable.
        (listed,) = ws.store.list_comparisons()
        assert listed.id == ws.session.id and listed.versions == 2
        earlier = saved.rebuild(ws.store, first_id)
        assert sorted(a.note for a in earlier.annotations.values()) == [
            "Arbeitsgruppe prüfen",
            "Welche Waffen?",
        ]
    finally:
        ws.close()

    # Opening the same texts again resumes the new version; nothing is carried twice.
    ws, changes = _open(db_path, left, right)
    assert "changed since your review" not in changes.notice
    assert len(ws.store.list_comparisons()) == 1
    ws.close()
