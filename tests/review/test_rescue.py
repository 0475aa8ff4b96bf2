"""The database deleted, replaced, cut short or made read-only under a running review: no
action is reported saved that is not in a file the user is told about."""

from __future__ import annotations

import os
import sqlite3

import pytest

from desktop.review import annotate, links, undo


def _delete(db_path, tmp_path):
    db_path.unlink()


def _replace(db_path, tmp_path):
    other = tmp_path / "other.db"
    raw = sqlite3.connect(other)
    raw.execute("CREATE TABLE fremd (x)")
    raw.commit()
    raw.close()
    os.replace(other, db_path)


def _cut_short(db_path, tmp_path):
    with open(db_path, "r+b") as fh:
        fh.truncate(4096)


def _read_only_folder(db_path, tmp_path):
    db_path.parent.chmod(0o555)


SABOTAGE = {
    "deleted": _delete,
    "replaced": _replace,
    "cut short": _cut_short,
    "folder read-only": _read_only_folder,
}


def _review(ws, done: list[str]) -> None:
    """Two labels, a note, a reviewed mark and a hand-made link, each reported as it goes."""
    for index, action in (
        (0, lambda: annotate.toggle_label(ws, "2")),
        (1, lambda: annotate.set_note(ws, "Zahl prüfen – Bürgeramt")),
        (1, lambda: annotate.mark_reviewed(ws)),
        (3, lambda: annotate.toggle_label(ws, "4")),
    ):
        ws.select(index)
        done.append(action().done)
    lonely = next(item for item in ws.items if item.kind == "left")
    done.append(links.link(ws, lonely.left, (0,)).done)


def _saved(path) -> tuple[dict, list]:
    with sqlite3.connect(path) as raw:
        marks = {
            key: (label, note, bool(reviewed))
            for key, label, note, reviewed in raw.execute(
                "SELECT item_key, label, note, reviewed FROM annotations"
            )
        }
        decisions = raw.execute("SELECT kind, left_ids, right_ids FROM manual_overrides").fetchall()
    raw.close()
    return marks, decisions


@pytest.mark.parametrize("what", SABOTAGE)
def test_nothing_reported_saved_is_lost(ws, db_path, tmp_path, what):
    done: list[str] = []
    _review(ws, done)
    assert all(done)
    shown = {k: (a.label, a.note, a.reviewed) for k, a in ws.session.marks.items()}
    SABOTAGE[what](db_path, tmp_path)
    try:
        # The next action finds out (moving saves the position; a label is a change).
        changes = ws.select(4) | annotate.toggle_label(ws, "1")
        assert not changes.done and "Save the review to a new file" in changes.problem
        assert ws.lost and annotate.mark_reviewed(ws).refused == ws.lost
        assert not undo.undo(ws).done  # undo cannot write there either
        assert ws.progress()[0] == 1  # the window still shows the whole review
        target = tmp_path / "gerettet" / "review.db"
        target.parent.mkdir()
        saved = ws.save_to(target)
        assert str(target) in saved.done and not ws.lost
        marks, decisions = _saved(target)
        assert {k: v for k, v in marks.items()} == shown
        assert [kind for kind, _, _ in decisions] == ["link"]
        # And the review goes on in the new file.
        ws.select(4)
        assert annotate.toggle_label(ws, "1").done
        assert len(_saved(target)[0]) == len(shown) + 1
    finally:
        db_path.parent.chmod(0o755)


def test_the_window_notices_a_deleted_file_without_a_change(ws, db_path):
    db_path.unlink()
    changes = ws.check_store()
    assert "deleted or moved away" in changes.problem
    assert not ws.check_store()  # said once


def test_saving_to_an_existing_file_is_refused(ws, tmp_path):
    existing = tmp_path / "schon da.db"
    existing.write_text("Notizen")
    assert "exists already" in ws.save_to(existing).problem
    assert existing.read_text() == "Notizen"
