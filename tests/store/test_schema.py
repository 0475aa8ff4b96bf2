"""Schema by migrations: empty and first-version databases reach the current one with data
intact; newer or foreign databases are refused untouched; tables read well in any SQLite tool."""

from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from desktop.engine.fingerprint import sentence_fingerprint
from desktop.store.errors import ForeignDatabase, NewerSchema
from desktop.store.schema import KNOWN, MIGRATIONS, PROVENANCE
from desktop.store.store import Store


def _applied(path) -> list[str]:
    with sqlite3.connect(path) as raw:
        return [
            name
            for (name,) in raw.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = 'twofold' ORDER BY id"
            )
        ]


def test_there_is_more_than_one_migration():
    assert len(KNOWN) >= 2


def test_empty_database_reaches_the_current_schema(db_path):
    db_path.write_bytes(b"")
    with Store.open(db_path) as store:
        assert store.list_comparisons() == []
    assert _applied(db_path) == KNOWN


def test_first_schema_version_is_upgraded_with_data_intact(db_path, left_article):
    old = Database(db_path)
    MIGRATIONS.apply(old, stop_before=KNOWN[1])
    assert "final_url" not in old["articles"].columns_dict
    old.execute(
        "INSERT INTO articles (id, title, source, language, sha256, text, added)"
        " VALUES (1, 'Alt', 'alt.txt', 'de', 'abc', 'Ein Satz. Noch einer.', '2026-01-01T00:00:00Z')"
    )
    old.execute(
        "INSERT INTO sentences VALUES (1, 0, 0, 9, 0, 'Ein Satz.'), (1, 1, 10, 21, 0, 'Noch einer.')"
    )
    old.execute(
        "INSERT INTO comparisons (id, left_article_id, right_article_id, title, threshold,"
        " position, created, last_opened) VALUES (7, 1, 1, 'Alt gegen alt', 42.0, 'pair:1:1',"
        " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
    )
    old.execute(
        "INSERT INTO annotations (comparison_id, item_key, label, note, reviewed, created,"
        " updated, author) VALUES (7, 'pair:0:0', 'framing', 'alte Notiz', 1,"
        " '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', 'maria')"
    )
    old.close()
    assert _applied(db_path) == KNOWN[:1]

    with Store.open(db_path) as store:
        record = store.comparison(7)
        assert (record.title, record.threshold, record.position) == (
            "Alt gegen alt",
            42.0,
            "pair:1:1",
        )
        saved = store.annotations(7)["pair:0:0"]
        assert (saved.label, saved.note, saved.reviewed, saved.author) == (
            "framing",
            "alte Notiz",
            True,
            "maria",
        )
        assert [s.text for s in store.article(1).sentences] == ["Ein Satz.", "Noch einer."]
        provenance = store.article_provenance(1)
        assert all(provenance[name] is None for name in PROVENANCE)
        # The annotation now also knows its sentences' fingerprints, to find them again.
        assert store.annotation_fingerprints(7)["pair:0:0"] == (
            sentence_fingerprint("Ein Satz."),
            sentence_fingerprint("Ein Satz."),
        )
        store.set_note(7, "pair:0:0", "neue Notiz")
    assert _applied(db_path) == KNOWN


def test_database_from_a_newer_twofold_is_refused_and_left_untouched(db_path, comparison, store):
    store.set_label(comparison.id, "pair:0:0", "framing")
    store.close()
    with sqlite3.connect(db_path) as raw:
        raw.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('twofold', 'm999_from_the_future', '2030-01-01')"
        )
    before = db_path.read_bytes()

    with pytest.raises(NewerSchema, match="newer version of Twofold") as refused:
        Store.open(db_path)
    assert refused.value.unknown == ["m999_from_the_future"]
    with pytest.raises(NewerSchema):
        Store.open(db_path, read_only=True)
    assert db_path.read_bytes() == before


def test_another_programs_database_is_refused_untouched(db_path):
    with sqlite3.connect(db_path) as raw:
        raw.execute("CREATE TABLE recipes (name TEXT)")
        raw.execute("INSERT INTO recipes VALUES ('soup')")
    before = db_path.read_bytes()
    with pytest.raises(ForeignDatabase, match="another program"):
        Store.open(db_path)
    assert db_path.read_bytes() == before


def test_tables_and_columns_read_sensibly_in_plain_sqlite(store, comparison, db_path):
    store.set_label(comparison.id, "pair:0:0", "corroborated")
    store.set_note(comparison.id, "pair:0:0", "beide nennen Montag")
    store.add_manual_link(comparison.id, [3], [2])
    with sqlite3.connect(db_path) as raw:
        row = raw.execute(
            """
            SELECT c.title, l.title, r.source, a.item_key, a.label, a.note, s.text
            FROM annotations a
            JOIN comparisons c ON c.id = a.comparison_id
            JOIN articles l ON l.id = c.left_article_id
            JOIN articles r ON r.id = c.right_article_id
            JOIN sentences s ON s.article_id = l.id AND s.id = 0
            """
        ).fetchone()
        override = raw.execute("SELECT kind, left_ids, right_ids FROM manual_overrides").fetchone()
    assert row == (
        "Bericht ↔ pressemitteilung.txt",
        "Bericht",
        "pressemitteilung.txt",
        "pair:0:0",
        "corroborated",
        "beide nennen Montag",
        "Der Minister traf am Montag in Mexiko-Stadt ein.",
    )
    assert override == ("link", "3", "2")


def test_wal_mode_and_foreign_keys_are_on(store, db_path):
    assert store.db.execute("PRAGMA foreign_keys").fetchone() == (1,)
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("wal",)
