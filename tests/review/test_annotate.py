"""Labels, notes and reviewed marks: each one commit, each returning what it changed."""

from __future__ import annotations

import sqlite3

from desktop.review import annotate
from desktop.review.session import open_database
from desktop.review.workspace import Workspace


def stored(db_path) -> dict[str, tuple]:
    with sqlite3.connect(db_path) as raw:
        rows = raw.execute("SELECT item_key, label, note, reviewed FROM annotations").fetchall()
    return {key: (label, note, bool(reviewed)) for key, label, note, reviewed in rows}


def test_a_digit_labels_the_current_item_and_again_clears_it(ws, db_path):
    ws.select(1)
    key = ws.current_item.key
    changes = annotate.toggle_label(ws, "2")
    assert changes.annotations and changes.done == "Label: Contradiction"
    assert stored(db_path)[key] == ("contradiction", "", False)
    assert ws.annotations[key].label == "contradiction"
    changes = annotate.toggle_label(ws, "2")
    assert changes.done == "Label cleared" and key not in stored(db_path)


def test_labelling_with_nothing_selected_labels_the_first_item(ws, db_path):
    changes = annotate.toggle_label(ws, "1")
    assert ws.current == 0 and changes.selection
    assert stored(db_path)[ws.items[0].key][0] == "corroborated"


def test_mark_reviewed_moves_on_and_saves_the_new_position_with_the_mark(ws, db_path):
    ws.select(0)
    key, following = ws.items[0].key, ws.items[1].key
    statements: list[str] = []
    ws.store.db.conn.set_trace_callback(statements.append)
    changes = annotate.mark_reviewed(ws)
    ws.store.db.conn.set_trace_callback(None)
    commits = [s for s in statements if s.strip().upper().startswith(("COMMIT", "END"))]
    assert len(commits) == 1, "\n".join(statements)
    assert changes.done == "Marked reviewed" and changes.selection
    assert ws.current_item.key == following and stored(db_path)[key][2]
    assert ws.progress() == (1, len(ws.items))


def test_the_last_item_reviewed_stays_and_says_so(ws):
    ws.select(len(ws.items) - 1)
    changes = annotate.mark_reviewed(ws)
    assert ws.current == len(ws.items) - 1 and changes.notice == "Last item reviewed"


def test_next_unreviewed_skips_reviewed_items_and_knows_when_all_are(ws):
    ws.select(0)
    annotate.mark_reviewed(ws)
    annotate.mark_reviewed(ws)
    ws.select(0)
    annotate.next_unreviewed(ws)
    assert ws.current == 2
    for _ in ws.items:
        annotate.mark_reviewed(ws)
    changes = annotate.next_unreviewed(ws)
    assert f"All {len(ws.items)} items are reviewed" == changes.notice


def test_notes_from_the_editor_are_saved_once_and_not_into_another_comparison(ws, db_path):
    ws.select(2)
    key, session = ws.current_item.key, ws.session
    assert annotate.save_note(ws, session, key, "Anrufen: Bürgermeister").done == "Note saved"
    assert annotate.save_note(ws, session, key, "Anrufen: Bürgermeister").done == ""
    assert stored(db_path)[key] == (None, "Anrufen: Bürgermeister", False)
    ws.swap_sides()
    assert "Another comparison" in annotate.save_note(ws, session, key, "later").problem


def test_without_a_database_review_actions_are_refused(open_workspace):
    ws = open_workspace(path=None)
    ws.select(0)
    changes = annotate.toggle_label(ws, "1")
    assert "not saved" in changes.refused and not changes.annotations


def test_a_read_only_database_shows_the_review_and_refuses_changes(open_workspace, db_path):
    first = open_workspace()
    first.select(0)
    annotate.toggle_label(first, "1")
    second = Workspace()
    store, message = open_database(db_path)
    assert "read-only" in second.use_store(store, message).problem
    second.set_articles(*first.articles.values())
    second.aligned(first.prepared)
    assert second.annotations == first.annotations
    assert "read-only" in annotate.mark_reviewed(second).refused
    second.close()


def test_a_store_failure_is_a_problem_and_nothing_to_undo(ws, db_path):
    ws.select(0)
    blocker = sqlite3.connect(db_path, timeout=0)
    blocker.execute("BEGIN IMMEDIATE")
    ws.store.db.execute("PRAGMA busy_timeout = 0")
    try:
        changes = annotate.toggle_label(ws, "3")
    finally:
        blocker.rollback()
        blocker.close()
    assert "not saved" in changes.problem and not changes.done
    assert ws.annotations == {} and not ws.history.can_undo
