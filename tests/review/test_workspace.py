"""The working state without a window: navigation, thresholds, resuming a saved review."""

from __future__ import annotations

import sqlite3

from desktop.review.changes import Changes
from desktop.review.workspace import Workspace


def test_moving_selects_items_in_reading_order_and_says_what_changed(ws):
    assert ws.current == -1
    changes = ws.move(1)
    assert ws.current == 0 and changes.selection and changes.reveal
    assert not (changes.alignment or changes.articles)
    ws.move(1)
    ws.move(-1)
    assert ws.current == 0
    ws.move(-1)
    assert ws.current == 0  # the first item stays first
    ws.select(10_000)
    assert ws.current == len(ws.items) - 1


def test_next_unique_skips_pairs_and_wraps_round(ws):
    unique = [n for n, item in enumerate(ws.items) if item.pair is None]
    assert len(unique) >= 2
    ws.move_unique(1)
    assert ws.current == unique[0]
    ws.move_unique(1)
    assert ws.current == unique[1]
    ws.select(unique[-1])
    ws.move_unique(1)
    assert ws.current == unique[0]
    ws.move_unique(-1)
    assert ws.current == unique[-1]


def test_every_sentence_paired_is_said_not_done(open_workspace, seeds):
    ws = open_workspace(path=None, articles=(seeds[0], seeds[0]))
    assert all(item.pair is not None for item in ws.items)
    changes = ws.move_unique(1)
    assert "partner" in changes.notice and not changes.selection


def test_a_clicked_sentence_selects_its_item_anchored_on_its_side(ws):
    item = next(item for item in ws.items if item.pair is not None)
    changes = ws.select_sentence("right", item.right[0])
    assert ws.current_item == item and changes.anchor == "right"


def test_the_threshold_realigns_and_the_current_item_stays(ws):
    pair = next(n for n, item in enumerate(ws.items) if item.pair is not None)
    ws.select(pair)
    first_left = ws.current_item.left[0]
    strict = len(ws.comparison.pairs)
    changes = ws.set_threshold(ws.threshold - 30)
    assert changes.alignment and len(ws.comparison.pairs) >= strict
    assert first_left in ws.current_item.left
    assert ws.set_threshold(ws.threshold) == Changes()  # the same again changes nothing
    assert ws.set_threshold(250).alignment and ws.threshold == 100


def test_boilerplate_counts_only_when_switched_on(ws):
    furniture = [item for item in ws.items if item.boilerplate]
    assert furniture, "the seed has a source line or appeal"
    before = len(ws.comparison.unique_left) + len(ws.comparison.unique_right)
    changes = ws.set_include_boilerplate(True)
    assert changes.alignment
    assert len(ws.comparison.unique_left) + len(ws.comparison.unique_right) > before
    assert not any(item.boilerplate for item in ws.items)


def test_swapping_sides_clears_the_alignment_until_it_is_redone(ws, seeds):
    changes = ws.swap_sides()
    assert changes.articles and ws.comparison is None and ws.current == -1
    assert ws.articles["left"] is seeds[1]


def test_reopening_resumes_position_and_threshold(open_workspace, db_path):
    ws = open_workspace()
    ws.select(3)
    key = ws.current_item.key
    ws.set_threshold(70)
    ws.close()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT position, threshold FROM comparisons").fetchall() == [(key, 70)]

    again = open_workspace()
    assert again.threshold == 70 and again.current_item.key == key


def test_without_a_database_the_comparison_still_works(open_workspace):
    ws = open_workspace(path=None)
    assert ws.comparison is not None and ws.items
    assert ws.progress() is None and ws.export_facts() == {}
    assert "not saved" in ws.refusal()


def test_an_empty_workspace_refuses_review_actions():
    ws = Workspace()
    assert ws.move(1) == Changes()
    assert ws.refusal() == "Open two articles first."


def test_next_unique_visits_every_unique_item_in_order_and_wraps(ws):
    unique = [n for n, item in enumerate(ws.items) if item.pair is None]
    assert len(unique) > 5
    visited = []
    for _ in unique:
        ws.move_unique(1)
        visited.append(ws.current)
    assert visited == unique
    ws.move_unique(1)
    assert ws.current == unique[0]
    backwards = []
    for _ in unique:
        ws.move_unique(-1)
        backwards.append(ws.current)
    assert backwards == list(reversed(unique))
