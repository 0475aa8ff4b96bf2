"""Linking by hand without a window: the draft's moves, the override, undo."""

from __future__ import annotations

import sqlite3

from desktop.review import links, undo
from desktop.review.draft import LinkDraft


def overrides(path) -> list[tuple]:
    with sqlite3.connect(path) as raw:
        return raw.execute("SELECT kind, left_ids, right_ids FROM manual_overrides").fetchall()


def pair_of(ws, left_id):
    return next((p for p in ws.comparison.pairs if left_id in p.left), None)


def test_the_draft_moves_widens_and_stays_inside_the_article():
    draft = LinkDraft.start((4,), candidate=12, count=10)
    assert draft.candidate == 9 and draft.picked == (9,)
    draft = LinkDraft.start((4,), candidate=2, count=10)
    assert draft.next().next().previous().picked == (3,)
    wide = draft.more().more()
    assert wide.picked == (2, 3, 4) and wide.fewer().picked == (2, 3)
    assert wide.next().picked == (5,)  # after the whole run, one sentence again
    assert LinkDraft.start((0,), 9, 10).more().picked == (9,)
    assert draft.pick("left", 7).left == (7,) and draft.pick("right", 6).picked == (6,)


def test_link_a_lonely_left_sentence_by_hand_and_undo_it(ws, db_path):
    lonely = next(n for n, item in enumerate(ws.items) if item.kind == "left")
    ws.select(lonely)
    left_id = ws.current_item.left[0]
    assert links.start_link(ws).link and ws.link.left == (left_id,)
    links.move_link(ws, "next")
    links.move_link(ws, "more")
    right = ws.link.picked
    changes = links.confirm_link(ws)
    assert ws.link is None and changes.done == "Linked by hand" and changes.alignment
    assert overrides(db_path) == [("link", str(left_id), ",".join(map(str, right)))]
    pair = pair_of(ws, left_id)
    assert pair.manual and pair.right == right and ws.current_item.pair == pair
    ws.set_threshold(99)
    assert pair_of(ws, left_id).right == right  # stronger than the slider

    undo.undo(ws)
    assert overrides(db_path) == [] and not (pair_of(ws, left_id) and pair_of(ws, left_id).manual)
    undo.redo(ws)
    assert pair_of(ws, left_id).manual


def test_a_new_link_replaces_hand_made_links_sharing_a_sentence(ws, db_path):
    left_id = next(item.left[0] for item in ws.items if item.left)
    links.link(ws, (left_id,), (0,))
    links.link(ws, (left_id,), (1,))
    assert overrides(db_path) == [("link", str(left_id), "1")]


def test_unlink_a_pair_and_the_aligner_leaves_it_alone(ws, db_path):
    index = next(n for n, item in enumerate(ws.items) if item.pair is not None)
    ws.select(index)
    pair = ws.current_item.pair
    assert links.unlink(ws).done == "Unlinked"
    ws.set_threshold(ws.threshold - 20)
    assert all((p.left, p.right) != (pair.left, pair.right) for p in ws.comparison.pairs)
    undo.undo(ws)
    assert any((p.left, p.right) == (pair.left, pair.right) for p in ws.comparison.pairs)


def test_what_cannot_be_linked_is_said(ws):
    right_only = next(n for n, item in enumerate(ws.items) if item.kind == "right")
    ws.select(right_only)
    # A sentence only the right article has is linked from the right.
    assert links.start_link(ws).link and ws.link.side == "right"
    assert ws.link.right == ws.current_item.right
    links.cancel_link(ws)
    lonely = next(n for n, item in enumerate(ws.items) if item.kind == "left")
    ws.select(lonely)
    assert "not linked" in links.unlink(ws).notice
    assert links.cancel_link(ws).notice.startswith("Not linking")
    links.start_link(ws)
    assert links.cancel_link(ws).notice == "Linking cancelled" and ws.link is None
