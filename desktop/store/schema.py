"""The database layout, created and evolved only by sqlite-utils migrations, and its version check."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from desktop.engine.fingerprint import sentence_fingerprint
from desktop.store.errors import ForeignDatabase, NewerSchema
from desktop.store.rows import parse_item_key

MIGRATIONS = Migrations("twofold")
# Names in the order they were written; a database listing a name not here is from a newer Twofold.
KNOWN: list[str] = []
PROVENANCE = ("final_url", "author", "published", "site", "fetched", "raw")


def _migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    KNOWN.append(fn.__name__)
    return MIGRATIONS(name=fn.__name__)(fn)


@_migration
def m001_reviews(db: Database) -> None:
    """Articles with their sentences, comparisons, their alignment, overrides and annotations."""
    db.executescript(
        """
        CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '',
            language TEXT NOT NULL DEFAULT '',
            sha256 TEXT NOT NULL UNIQUE,
            text TEXT NOT NULL,
            added TEXT NOT NULL
        );
        CREATE TABLE sentences (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            id INTEGER NOT NULL,
            char_start INTEGER NOT NULL,
            char_end INTEGER NOT NULL,
            paragraph INTEGER NOT NULL DEFAULT 0,
            text TEXT NOT NULL,
            PRIMARY KEY (article_id, id)
        );
        CREATE TABLE comparisons (
            id INTEGER PRIMARY KEY,
            left_article_id INTEGER NOT NULL REFERENCES articles(id),
            right_article_id INTEGER NOT NULL REFERENCES articles(id),
            title TEXT NOT NULL DEFAULT '',
            threshold REAL NOT NULL,
            position TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL,
            last_opened TEXT NOT NULL,
            UNIQUE (left_article_id, right_article_id)
        );
        CREATE INDEX comparisons_right_article ON comparisons(right_article_id);
        CREATE TABLE alignment (
            comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
            left_ids TEXT NOT NULL,
            right_ids TEXT NOT NULL,
            score REAL NOT NULL,
            manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1)),
            PRIMARY KEY (comparison_id, left_ids, right_ids)
        );
        CREATE TABLE manual_overrides (
            id INTEGER PRIMARY KEY,
            comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('link', 'unlink')),
            left_ids TEXT NOT NULL,
            right_ids TEXT NOT NULL,
            created TEXT NOT NULL,
            UNIQUE (comparison_id, left_ids, right_ids)
        );
        CREATE TABLE review_items (
            comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
            reading_order INTEGER NOT NULL,
            item_key TEXT NOT NULL,
            PRIMARY KEY (comparison_id, item_key)
        );
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            comparison_id INTEGER NOT NULL REFERENCES comparisons(id) ON DELETE CASCADE,
            item_key TEXT NOT NULL,
            label TEXT,
            note TEXT NOT NULL DEFAULT '',
            reviewed INTEGER NOT NULL DEFAULT 0 CHECK (reviewed IN (0, 1)),
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            author TEXT NOT NULL DEFAULT '',
            UNIQUE (comparison_id, item_key)
        );
        """
    )


@_migration
def m002_article_provenance(db: Database) -> None:
    """Where a web article came from: final address, byline, date, site, fetch time, raw page."""
    for column in PROVENANCE:
        db["articles"].add_column(column, str)


@_migration
def m003_annotation_fingerprints(db: Database) -> None:
    """Each annotation keeps the fingerprints of the sentences it was made on (left ids, then
    right ids, as its key names them), to find them again in a later version of an article."""
    db["annotations"].add_column("fingerprints", str, not_null_default="")
    rows = db.execute(
        "SELECT a.id, a.item_key, c.left_article_id, c.right_article_id FROM annotations a"
        " JOIN comparisons c ON c.id = a.comparison_id"
    ).fetchall()
    for annotation_id, key, left_article, right_article in rows:
        prints = fingerprints(db, key, left_article, right_article)
        db.execute("UPDATE annotations SET fingerprints = ? WHERE id = ?", [prints, annotation_id])


@_migration
def m004_comparison_versions(db: Database) -> None:
    """A comparison made when an article changed since its review points to the earlier one
    (same sources, other text): the library shows them as one comparison with versions."""
    db["comparisons"].add_column("previous_id", int)


@_migration
def m005_file_identity(db: Database) -> None:
    """One row naming the session that wrote the file, stamped into every write: a write-ahead
    log from another session than the file's own is not replayed over it (see store/wal.py)."""
    db.execute(
        "CREATE TABLE file_identity (id INTEGER PRIMARY KEY CHECK (id = 1), session TEXT NOT NULL)"
    )
    db.execute("INSERT INTO file_identity (id, session) VALUES (1, '')")


@_migration
def m006_annotation_labels(db: Database) -> None:
    """An item holding sentences labelled differently keeps every label (a JSON list of the
    ones after `label`), instead of naming the others in its note."""
    db["annotations"].add_column("also_labels", str, not_null_default="")


def fingerprints(db: Database, key: str, left_article: int, right_article: int) -> str:
    """The fingerprints of the sentences `key` names, space-separated ("" for one not stored)."""
    _, left, right = parse_item_key(key)
    out = []
    for article_id, ids in ((left_article, left), (right_article, right)):
        for sid in ids:
            row = db.execute(
                "SELECT text FROM sentences WHERE article_id = ? AND id = ?", [article_id, sid]
            ).fetchone()
            out.append(sentence_fingerprint(row[0]) if row else "-")
    return " ".join(out)


def check_version(db: Database, path: Path) -> list[str]:
    """Names of migrations still to apply; refuses newer or foreign databases without writing."""
    applied = [m.name for m in MIGRATIONS.applied(db)]
    unknown = [name for name in applied if name not in KNOWN]
    if unknown:
        raise NewerSchema(path, unknown)
    if not applied:
        ours = {"_sqlite_migrations"}
        others = [t for t in db.table_names() if t not in ours and not t.startswith("sqlite_")]
        if others:
            raise ForeignDatabase(path)
    return [name for name in KNOWN if name not in applied]


def migrate(db: Database) -> None:
    """Bring the database to the current schema; each migration is its own transaction."""
    MIGRATIONS.apply(db)
