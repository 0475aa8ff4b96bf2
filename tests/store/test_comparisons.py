"""Comparisons resume where the review stopped, can be renamed, listed, searched and deleted."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.engine.load import article_from_text
from desktop.store.errors import NotFound
from desktop.store.store import Store


def test_opening_the_same_two_articles_resumes_the_comparison(db_path, left_article, right_article):
    with Store.open(db_path) as first:
        left_id, right_id = first.add_article(left_article), first.add_article(right_article)
        created = first.open_comparison(left_id, right_id, threshold=55.0)
        first.set_position(created.id, "pair:1:1")
        first.set_threshold(created.id, 70.0)
    with sqlite3.connect(db_path) as raw:
        raw.execute("UPDATE comparisons SET last_opened = '2000-01-01T00:00:00.000Z'")

    with Store.open(db_path) as second:
        left_id, right_id = second.add_article(left_article), second.add_article(right_article)
        resumed = second.open_comparison(left_id, right_id, threshold=55.0)
    assert resumed.id == created.id
    assert resumed.position == "pair:1:1"
    assert resumed.threshold == 70.0
    assert resumed.created == created.created
    assert resumed.last_opened >= created.last_opened  # not the 2000 value set above


def test_swapped_sides_are_a_different_comparison(store, left_article, right_article):
    left_id, right_id = store.add_article(left_article), store.add_article(right_article)
    one = store.open_comparison(left_id, right_id, 50)
    other = store.open_comparison(right_id, left_id, 50)
    assert one.id != other.id


def test_default_title_names_both_articles(comparison):
    assert comparison.title == "Bericht ↔ pressemitteilung.txt"


def test_rename(store, comparison):
    store.rename_comparison(comparison.id, "  Rubio in Mexiko  ")
    assert store.comparison(comparison.id).title == "Rubio in Mexiko"
    store.rename_comparison(comparison.id, "   ")
    assert store.comparison(comparison.id).title == "Bericht ↔ pressemitteilung.txt"


def test_list_shows_titles_sources_progress_most_recent_first(store, comparison, left_article):
    third = article_from_text("Ein ganz anderer Text. Mit zwei Sätzen.", path="c.txt", lang="de")
    newer = store.open_comparison(store.add_article(third), comparison.left_article_id, 50)
    store.save_alignment(comparison.id, [], ["pair:0:0", "pair:1:1", "left:2:", "left:3:"])
    store.set_reviewed(comparison.id, "pair:0:0", True)
    store.set_reviewed(comparison.id, "left:3:", True)
    store.set_label(comparison.id, "pair:1:1", "verify")

    listed = store.list_comparisons()
    assert [c.id for c in listed] == [newer.id, comparison.id]
    summary = listed[1]
    assert (summary.left_title, summary.left_source) == ("Bericht", "bericht.txt")
    assert summary.right_source == "pressemitteilung.txt"
    assert (summary.reviewed, summary.total, summary.annotated) == (2, 4, 1)
    assert summary.last_opened == comparison.last_opened


def test_search_finds_notes_titles_and_sources_ignoring_case(store, comparison):
    other_text = article_from_text("Wetter heute. Sonne morgen.", path="wetter.txt", lang="de")
    other = store.open_comparison(store.add_article(other_text), comparison.right_article_id, 50)
    store.set_note(comparison.id, "pair:0:0", "Zahl der TOTEN weicht ab")
    store.set_label(other.id, "left:0:", "irrelevant")

    assert [c.id for c in store.list_comparisons("toten")] == [comparison.id]
    assert [c.id for c in store.list_comparisons("WETTER")] == [other.id]
    assert [c.id for c in store.list_comparisons("irrelevant")] == [other.id]
    assert {c.id for c in store.list_comparisons("pressemitteilung")} == {comparison.id, other.id}
    assert store.list_comparisons("nirgends") == []


def test_search_folds_case_beyond_ascii(store, comparison):
    store.set_note(comparison.id, "pair:1:1", "ÜBERPRÜFEN mit Ämtern")
    assert [c.id for c in store.list_comparisons("überprüfen")] == [comparison.id]


def test_delete_removes_everything_of_that_comparison(store, comparison, db_path):
    store.set_label(comparison.id, "pair:0:0", "framing")
    store.add_manual_link(comparison.id, [3], [2])
    store.save_alignment(comparison.id, [], ["pair:0:0"])
    store.delete_comparison(comparison.id)

    assert store.list_comparisons() == []
    with pytest.raises(NotFound):
        store.comparison(comparison.id)
    with sqlite3.connect(db_path) as raw:
        for table in ("annotations", "manual_overrides", "review_items", "articles", "sentences"):
            assert raw.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table


def test_delete_keeps_articles_other_comparisons_use(store, comparison):
    third = article_from_text("Noch ein Text. Zweiter Satz.", path="d.txt", lang="de")
    other = store.open_comparison(comparison.left_article_id, store.add_article(third), 50)
    store.delete_comparison(comparison.id)
    assert store.article(comparison.left_article_id).path == "bericht.txt"
    with pytest.raises(NotFound):
        store.article(comparison.right_article_id)
    assert [c.id for c in store.list_comparisons()] == [other.id]


def test_actions_on_a_deleted_comparison_say_so(store, comparison):
    store.delete_comparison(comparison.id)
    for action in (
        lambda: store.set_position(comparison.id, "pair:0:0"),
        lambda: store.set_threshold(comparison.id, 40),
        lambda: store.rename_comparison(comparison.id, "x"),
        lambda: store.delete_comparison(comparison.id),
        lambda: store.set_label(comparison.id, "pair:0:0", "framing"),
        lambda: store.add_manual_link(comparison.id, [0], [0]),
        lambda: store.save_alignment(comparison.id, []),
    ):
        with pytest.raises(NotFound, match="no longer"):
            action()
