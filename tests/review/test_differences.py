"""Differences only, without a window: which items stay, and that J walks only them."""

from desktop.review import differences
from desktop.review.filtering import hidden_sentences, is_difference
from tests.review.test_disagreement import workspace


def test_differences_only_keeps_unique_and_disagreeing_items_and_j_walks_them():
    ws = workspace()
    expected = [
        n for n, item in enumerate(ws.items) if item.pair is None or item.pair.discrepancies
    ]
    agreeing = [n for n, item in enumerate(ws.items) if item.pair and not item.pair.discrepancies]
    assert expected and agreeing
    ws.select(agreeing[0])
    changes = differences.toggle(ws)
    assert ws.differences_only and changes.alignment
    assert "folded away" in changes.notice
    assert ws.current in expected  # moved off the folded item
    assert ws.shown_items() == [
        n for n, item in enumerate(ws.items) if is_difference(item, ws.comparison)
    ]
    assert set(expected) <= set(ws.shown_items())
    ws.select(ws.shown_items()[0])
    visited = [ws.current]
    for _ in ws.shown_items():
        ws.move(1)
        visited.append(ws.current)
    assert visited[: len(ws.shown_items())] == ws.shown_items()
    assert visited[-1] == ws.shown_items()[-1]  # stays at the last, no wrap
    differences.toggle(ws)
    assert not ws.differences_only and len(ws.shown_items()) == len(ws.items)


def test_the_folded_sentences_are_those_of_agreeing_pairs():
    ws = workspace()
    hidden = hidden_sentences(ws.items, ws.comparison)
    for item in ws.items:
        folded = set(item.left) <= hidden["left"] and set(item.right) <= hidden["right"]
        assert folded == (not is_difference(item, ws.comparison)), item
