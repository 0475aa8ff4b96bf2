"""Manual links and unlinks persist and feed PreparedComparison; the alignment is saved as rows."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.engine.compare import PreparedComparison
from desktop.engine.items import items
from desktop.engine.models import Link
from desktop.store.store import Store


def test_manual_links_and_unlinks_survive_reopening(db_path, comparison, store):
    store.add_manual_link(comparison.id, [3], [2])
    store.add_manual_link(comparison.id, [1, 2], [1])
    store.add_unlink(comparison.id, [0], [0])
    store.close()
    with Store.open(db_path) as again:
        assert again.manual_links(comparison.id) == (
            Link((3,), (2,), 100.0),
            Link((1, 2), (1,), 100.0),
        )
        assert again.unlinks(comparison.id) == {((0,), (0,))}


def test_removing_overrides(store, comparison):
    store.add_manual_link(comparison.id, [3], [2])
    store.add_unlink(comparison.id, [0], [0])
    assert store.remove_manual_link(comparison.id, [3], [2]) == "link"
    assert store.remove_manual_link(comparison.id, [0], [0]) == "unlink"  # not a link: kept
    assert store.unlinks(comparison.id) == {((0,), (0,))}
    assert store.remove_unlink(comparison.id, [0], [0]) == "unlink"
    assert store.remove_unlink(comparison.id, [0], [0]) is None
    assert store.manual_links(comparison.id) == ()
    assert store.unlinks(comparison.id) == frozenset()


def test_linking_what_was_unlinked_replaces_that_decision(store, comparison):
    store.add_unlink(comparison.id, [0], [0])
    assert store.add_manual_link(comparison.id, [0], [0]) == "unlink"
    assert store.unlinks(comparison.id) == frozenset()
    assert store.add_manual_link(comparison.id, [0], [0]) == "link"
    store.add_unlink(comparison.id, [0], [0])
    assert store.manual_links(comparison.id) == ()
    assert store.override(comparison.id, [0], [0]) == "unlink"


def test_undo_of_an_override_restores_the_decision_before(store, comparison):
    store.add_unlink(comparison.id, [1], [1])
    previous = store.add_manual_link(comparison.id, [1], [1])
    store.set_override(comparison.id, [1], [1], previous)
    assert store.unlinks(comparison.id) == {((1,), (1,))}
    assert store.manual_links(comparison.id) == ()

    previous = store.add_manual_link(comparison.id, [2, 3], [2])
    store.set_override(comparison.id, [2, 3], [2], previous)
    assert store.override(comparison.id, [3, 2], [2]) is None


def test_a_link_needs_both_sides(store, comparison):
    with pytest.raises(ValueError):
        store.add_manual_link(comparison.id, [], [1])
    with pytest.raises(ValueError):
        store.set_override(comparison.id, [1], [1], "maybe")


def test_stored_overrides_change_the_comparison(store, comparison):
    left = store.article(comparison.left_article_id)
    right = store.article(comparison.right_article_id)
    prepared = PreparedComparison(left, right)
    automatic = prepared.at(0.0)
    first_pair = automatic.pairs[0]
    store.add_unlink(comparison.id, first_pair.left, first_pair.right)
    store.add_manual_link(comparison.id, [3], [2])

    result = prepared.at(
        0.0, manual=store.manual_links(comparison.id), unlinked=store.unlinks(comparison.id)
    )
    spans = {(p.left, p.right) for p in result.pairs}
    assert (first_pair.left, first_pair.right) not in spans
    assert ((3,), (2,)) in spans
    assert any(p.manual for p in result.pairs)


def test_alignment_and_review_items_are_saved_as_rows(store, comparison, db_path):
    left = store.article(comparison.left_article_id)
    right = store.article(comparison.right_article_id)
    result = PreparedComparison(left, right).at(0.0, manual=[Link((3,), (2,), 100.0)])
    keys = [item.key for item in items(result)]
    store.save_alignment(comparison.id, result.pairs, keys)

    assert store.review_item_keys(comparison.id) == tuple(keys)
    assert [(link.left, link.right) for link in store.alignment(comparison.id)] == [
        (p.left, p.right) for p in result.pairs
    ]
    with sqlite3.connect(db_path) as raw:
        manual = raw.execute(
            "SELECT left_ids, right_ids FROM alignment WHERE comparison_id = ? AND manual = 1",
            [comparison.id],
        ).fetchall()
    assert manual == [("3", "2")]

    store.save_alignment(comparison.id, result.pairs[:1], keys[:2])
    assert len(store.alignment(comparison.id)) == 1
    assert store.review_item_keys(comparison.id) == tuple(keys[:2])
