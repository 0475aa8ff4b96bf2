"""Where the database lives, and the messages for databases that cannot be used as asked."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from desktop.store import opening
from desktop.store.errors import (
    CorruptDatabase,
    DatabaseLost,
    ForeignDatabase,
    NewerSchema,
    NotADatabase,
    NotWritable,
    ReadOnlyStore,
    StoreError,
    StoreLocked,
    WriteFailed,
)
from desktop.store.schema import KNOWN, MIGRATIONS
from desktop.store.store import Store, open_store


def test_default_database_is_made_in_the_user_data_directory(tmp_path, monkeypatch):
    data_dir = tmp_path / "not yet there" / "Twofold"
    monkeypatch.setattr(opening, "user_data_dir", lambda app, appauthor: str(data_dir))
    with open_store() as store:
        assert store.path == data_dir / "twofold.db"
        assert store.list_comparisons() == []
    assert (data_dir / "twofold.db").is_file()


def test_read_only_open_of_a_missing_file_creates_nothing(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Store.open(tmp_path / "missing.db", read_only=True)
    assert list(tmp_path.iterdir()) == []


def test_read_only_open_of_an_old_database_shows_it_and_leaves_the_file_untouched(db_path):
    old = Database(db_path)
    MIGRATIONS.apply(old, stop_before=KNOWN[1])
    old.execute(
        "INSERT INTO articles (id, title, source, language, sha256, text, added)"
        " VALUES (1, 'Alt', 'alt.txt', 'de', 'abc', 'Ein Satz.', '2026-01-01T00:00:00Z')"
    )
    old.close()
    before = db_path.read_bytes()
    with Store.open(db_path, read_only=True) as viewer:
        assert viewer.read_only and viewer.article(1).text == "Ein Satz."
        assert viewer.article_provenance(1)["final_url"] is None  # a later column, in memory
    assert db_path.read_bytes() == before


def test_a_write_blocked_by_another_program_fails_clearly_and_changes_nothing(
    store, comparison, db_path
):
    store.db.execute("PRAGMA busy_timeout = 20")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(WriteFailed, match="Could not save the change: database is locked"):
            store.set_label(comparison.id, "pair:0:0", "framing")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert store.annotations(comparison.id) == {}
    store.set_label(comparison.id, "pair:0:0", "framing")
    assert store.annotation(comparison.id, "pair:0:0").label == "framing"


def test_every_refusal_is_one_sentence_naming_the_file(db_path):
    refusals = [
        StoreLocked(db_path),
        NewerSchema(db_path, ["m999"]),
        NotADatabase(db_path),
        NotWritable(db_path, "its folder is read-only"),
        DatabaseLost(db_path, "was deleted or moved away"),
        ForeignDatabase(db_path),
        CorruptDatabase(db_path),
    ]
    for error in refusals:
        message = str(error)
        assert "\n" not in message and message.endswith("."), message
        assert "reviews.db" in message, message
    assert "read-only" in str(ReadOnlyStore())


def test_paths_with_spaces_hashes_and_umlauts_open_both_ways(tmp_path, left_article):
    path = tmp_path / "Meine Recherche #1 ?" / "Prüfung 50%.db"
    with Store.open(path) as store:
        article_id = store.add_article(left_article)
    with Store.open(path, read_only=True) as viewer:
        assert viewer.article(article_id).text == left_article.text
