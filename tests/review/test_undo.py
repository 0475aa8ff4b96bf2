"""Undo and redo walk the store back and forth and show the item they acted on."""

from __future__ import annotations

from desktop.review import annotate, undo
from desktop.review.history import History, Step
from tests.review.test_annotate import stored


def test_undo_and_redo_step_through_every_state(ws, db_path):
    ws.select(1)
    key = ws.current_item.key
    annotate.toggle_label(ws, "2")
    annotate.toggle_label(ws, "2")
    annotate.toggle_label(ws, "4")
    annotate.mark_reviewed(ws)
    states = [None, ("contradiction", "", False), None, ("verify", "", False), ("verify", "", True)]
    for expected in reversed(states[:-1]):
        changes = undo.undo(ws)
        assert stored(db_path).get(key) == expected and changes.done.startswith("undo ")
        assert ws.current_item.key == key  # shown where it acted
    assert undo.undo(ws).notice == "Nothing to undo"
    for expected in states[1:]:
        undo.redo(ws)
        assert stored(db_path).get(key) == expected
    assert undo.redo(ws).notice == "Nothing to redo"


def test_a_new_action_after_undo_drops_the_redo_steps(ws):
    ws.select(0)
    annotate.toggle_label(ws, "1")
    undo.undo(ws)
    annotate.toggle_label(ws, "5")
    assert not ws.history.can_redo
    assert ws.annotations[ws.current_item.key].label == "irrelevant"


def test_a_step_the_store_refuses_is_reported_and_dropped():
    history = History()

    def refuse():
        from desktop.store.errors import WriteFailed

        raise WriteFailed("disk full")

    history.push(Step("first", "k", forward=lambda: None, backward=lambda: None))
    history.push(Step("second", "k", forward=lambda: None, backward=refuse))

    class Stub:
        pass

    ws = Stub()
    ws.history = history
    changes = undo.undo(ws)
    assert "Undo failed" in changes.problem and "disk full" in changes.problem
    assert [s.text for s in history.steps] == ["first"] and history.index == 1
