"""Labels and notes belong to the sentences they were made on, whatever the slider does."""

from __future__ import annotations

import sqlite3

from desktop.review import annotate, links, undo
from desktop.store.anchors import sentences_of

START = 10  # the seeds have several pairs here, merging below and splitting above


def review_some(ws) -> dict[str, tuple[str | None, str]]:
    """Label and note a pair, a left-only and a right-only item; mark two reviewed."""
    ws.set_threshold(START)
    made = {}
    pair = next(n for n, item in enumerate(ws.items) if item.pair and len(item.left) == 1)
    left = next(n for n, item in enumerate(ws.items) if item.kind == "left")
    right = next(n for n, item in enumerate(ws.items) if item.kind == "right")
    for index, digit, note in ((pair, "1", "Beide: 40 Einsätze"), (left, "4", "Zahl prüfen")):
        ws.select(index)
        annotate.toggle_label(ws, digit)
        annotate.set_note(ws, note)
        made[ws.current_item.key] = (ws.annotations[ws.current_item.key].label, note)
        ws.select(index)
        annotate.mark_reviewed(ws)
    ws.select(right)
    annotate.set_note(ws, "Quelle?")
    made[ws.current_item.key] = (None, "Quelle?")
    return made


def shown_on_each_sentence(ws, key: str, label: str | None, note: str) -> bool:
    for side, sid in sentences_of(key):
        item = ws.items[ws.item_at(side, sid)]
        shown = ws.annotations.get(item.key)
        if shown is None or note not in shown.note:
            return False
        if label and label not in shown.labels:
            return False
    return True


def test_every_annotation_stays_visible_and_the_count_stays_across_the_whole_range(ws):
    made = review_some(ws)
    progress = ws.progress()
    assert progress[0] == 2
    shown_at_start = dict(ws.annotations)
    sweep = [*range(START, -1, -5), *range(0, 101, 5), *range(100, START - 1, -5)]
    notices = []
    for threshold in sweep:
        changes = ws.set_threshold(threshold)
        notices.append(changes.notice)
        for key, (label, note) in made.items():
            assert shown_on_each_sentence(ws, key, label, note), (threshold, key)
        assert ws.progress()[0] == progress[0], threshold
        reviewed_items = sum(a.reviewed for a in ws.annotations.values())
        assert ws.progress()[1] - ws.progress()[0] == len(ws.items) - reviewed_items
    assert any("now sit" in n or "now show" in n for n in notices), notices
    assert ws.progress() == progress and ws.annotations == shown_at_start


def test_undo_and_redo_still_work_after_the_slider_moved(ws, db_path):
    made = review_some(ws)
    ws.set_threshold(0)
    ws.set_threshold(100)
    ws.set_threshold(START)
    last = list(made)[-1]
    assert undo.undo(ws).done == "undo Note saved"
    assert last not in ws.annotations
    with sqlite3.connect(db_path) as raw:
        assert (
            raw.execute("SELECT count(*) FROM annotations WHERE item_key = ?", [last]).fetchone()[0]
            == 0
        )
    assert undo.redo(ws).done == "redo Note saved"
    assert ws.annotations[last].note == "Quelle?"


def test_a_merged_pair_shows_both_and_the_status_line_says_so(ws):
    ws.set_threshold(100)
    lonely = [n for n, item in enumerate(ws.items) if item.kind == "left"][:2]
    ws.select(lonely[0])
    annotate.set_note(ws, "erste Notiz")
    first = ws.current_item.key
    # Link that sentence with a right one by hand: its note goes with it onto the pair.
    changes = links.link(ws, ws.items[lonely[0]].left, (0,))
    assert changes.done == "Linked by hand"
    pair = ws.current_item
    assert pair.pair is not None and ws.annotations[pair.key].note == "erste Notiz"
    assert first not in ws.annotations  # shown on the item that holds it now
    changes = ws.set_threshold(99)
    assert changes.notice == "1 note now sits on a merged pair"


def test_linking_a_reviewed_right_only_sentence_keeps_its_mark(ws):
    ws.set_threshold(100)
    right = next(n for n, item in enumerate(ws.items) if item.kind == "right")
    ws.select(right)
    sid = ws.current_item.right[0]
    annotate.mark_reviewed(ws)
    done = ws.progress()[0]
    left = next(item for item in ws.items if item.kind == "left")
    links.link(ws, left.left, (sid,))
    assert ws.current_item.right == (sid,) and ws.annotations[ws.current_item.key].reviewed
    assert ws.progress()[0] == done


def test_a_change_on_a_merged_item_takes_over_what_it_showed(ws, db_path):
    ws.set_threshold(100)
    left = next(n for n, item in enumerate(ws.items) if item.kind == "left")
    ws.select(left)
    annotate.set_note(ws, "links: Zahl prüfen")
    sid = ws.current_item.left[0]
    right = next(n for n, item in enumerate(ws.items) if item.kind == "right")
    ws.select(right)
    annotate.toggle_label(ws, "2")
    annotate.set_note(ws, "rechts: anders")
    partner = ws.current_item.right[0]
    links.link(ws, (sid,), (partner,))
    merged = ws.current_item.key
    shown = ws.annotations[merged]
    assert shown.label == "contradiction"
    assert "links: Zahl prüfen" in shown.note and "rechts: anders" in shown.note
    annotate.toggle_label(ws, "3")
    with sqlite3.connect(db_path) as raw:
        rows = dict(raw.execute("SELECT item_key, label FROM annotations"))
    assert rows == {merged: "framing"} and ws.annotations[merged].note == shown.note
    undo.undo(ws)
    assert ws.annotations[merged] == shown
    with sqlite3.connect(db_path) as raw:
        assert len(raw.execute("SELECT item_key FROM annotations").fetchall()) == 2


def test_no_sentence_sits_in_two_items_at_any_threshold(ws):
    for threshold in range(0, 101, 5):
        ws.set_threshold(threshold)
        seen = [(side, sid) for item in ws.items for side, sid in sentences_of(item.key)]
        assert len(seen) == len(set(seen)), threshold
        pairs = ws.comparison.pairs
        assert len({i for p in pairs for i in p.left}) == sum(len(p.left) for p in pairs)
        assert len({j for p in pairs for j in p.right}) == sum(len(p.right) for p in pairs)
