"""A damaged database file is moved aside untouched and a new one made; a file that is no
database at all is refused and left alone."""

from __future__ import annotations

import pytest

from desktop.engine.load import article_from_text
from desktop.review.session import open_database
from desktop.store.errors import CorruptDatabase, NotADatabase
from desktop.store.store import Store


def _damage_every_page_but_the_first(path) -> None:
    data = bytearray(path.read_bytes())
    page_size = int.from_bytes(data[16:18], "big")
    data[page_size:] = b"\xab" * (len(data) - page_size)
    path.write_bytes(bytes(data))


def _make_damaged(path) -> None:
    with Store.open(path) as store:
        for n in range(30):
            store.add_article(article_from_text(f"Satz {n} steht hier. " * 100, lang="de"))
    _damage_every_page_but_the_first(path)


def _assert_moved_aside_and_fresh(db_path, before: bytes, store: Store) -> None:
    moved = store.recovered_from
    assert moved is not None and moved.parent == db_path.parent
    assert moved.name.startswith("reviews.db.corrupt-")
    assert moved.read_bytes() == before
    assert store.list_comparisons() == []


def test_a_file_that_is_no_database_is_refused_and_left_alone(db_path):
    notes = db_path.with_name("notes.txt")
    notes.write_bytes(b"Meine Notizen zur Recherche\n" * 50)
    before = notes.read_bytes()
    with pytest.raises(NotADatabase, match="notes.txt is not a review database"):
        Store.open(notes)
    with pytest.raises(NotADatabase):
        Store.open(notes, read_only=True)
    store, message = open_database(notes)
    assert store is None and "left as it is" in message
    assert notes.read_bytes() == before
    assert sorted(p.name for p in notes.parent.iterdir()) == ["notes.txt"]


def test_a_truncated_database_is_moved_aside_with_its_bytes(db_path, left_article):
    with Store.open(db_path) as store:
        for n in range(30):
            store.add_article(article_from_text(f"Satz {n} steht hier. " * 100, lang="de"))
    data = db_path.read_bytes()
    db_path.write_bytes(data[: len(data) // 3])
    before = db_path.read_bytes()
    store, message = open_database(db_path)
    with store:
        _assert_moved_aside_and_fresh(db_path, before, store)
        assert str(store.recovered_from) in message


def test_a_malformed_database_is_moved_aside(db_path, left_article, right_article):
    with Store.open(db_path) as store:
        for n in range(30):
            store.add_article(article_from_text(f"Satz {n} steht hier. " * 100, lang="de"))
    _damage_every_page_but_the_first(db_path)
    before = db_path.read_bytes()
    with Store.open(db_path) as store:
        _assert_moved_aside_and_fresh(db_path, before, store)
        left_id, right_id = store.add_article(left_article), store.add_article(right_article)
        assert store.open_comparison(left_id, right_id, 50).id == 1


def test_a_stale_write_ahead_log_moves_with_the_damaged_file(db_path):
    _make_damaged(db_path)
    wal = db_path.with_name(db_path.name + "-wal")
    wal.write_bytes(b"leftover log")
    with Store.open(db_path) as store:
        moved = store.recovered_from
        assert moved.with_name(moved.name + "-wal").read_bytes() == b"leftover log"
        assert store.list_comparisons() == []


def test_read_only_window_reports_damage_without_moving_anything(db_path):
    _make_damaged(db_path)
    before = db_path.read_bytes()
    with pytest.raises(CorruptDatabase, match="damaged"):
        Store.open(db_path, read_only=True)
    assert db_path.read_bytes() == before
    assert not [p.name for p in db_path.parent.iterdir() if ".corrupt" in p.name]
