"""Connecting to the database file: where it lives, damage checks, moving a damaged file aside."""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from platformdirs import user_data_dir
from sqlite_utils import Database

from desktop.store.errors import NotADatabase
from desktop.store.files import COMPANIONS, database_files
from desktop.wording import phrase

DB_NAME = "twofold.db"
# SQLite result codes (low byte of the extended code) that mean the file itself is bad.
_SQLITE_CORRUPT, _SQLITE_NOTADB = 11, 26
# A short wait lets a brief lock held by a reader or another tool clear before giving up.
BUSY_TIMEOUT_S = 2.0
SQLITE_HEADER = b"SQLite format 3\x00"


def default_path() -> Path:
    """The one review database in the user's data directory."""
    return Path(user_data_dir("Twofold", appauthor=False)) / DB_NAME


def connect(path: Path, read_only: bool = False, immutable: bool = False) -> Database:
    """A sqlite-utils Database on `path` with foreign keys enforced; nothing is written.

    `immutable` reads a file on a read-only disk or folder, where SQLite cannot make the
    files it shares with a writer (it then ignores any write-ahead log)."""
    if read_only:
        mode = "?mode=ro&immutable=1" if immutable else "?mode=ro"
        conn = sqlite3.connect(path.resolve().as_uri() + mode, uri=True, timeout=BUSY_TIMEOUT_S)
    else:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
    db = Database(conn, execute_plugins=False)
    db.execute("PRAGMA foreign_keys = ON")
    # In WAL mode NORMAL survives an application crash and only a power cut may lose the last
    # commits; FULL would fsync on every keystroke-sized action (about 3 ms each).
    db.execute("PRAGMA synchronous = NORMAL")
    return db


def open_readable(path: Path) -> Database:
    """The file for reading only: shared with a running writer when the folder allows it,
    else as an unchanging file (a read-only disk or folder)."""
    db = None
    try:
        db = connect(path, read_only=True)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return db
    except sqlite3.OperationalError:
        if db is not None:
            db.close()
    return connect(path, read_only=True, immutable=True)


def unwritable(path: Path) -> str:
    """Why the database at `path` cannot be written ("" when it can): the file or the folder
    SQLite keeps its log in is read-only (by permissions, also for an administrator)."""
    for target, read_only in (
        (path, phrase("the file is read-only")),
        (path.parent, phrase("its folder is read-only")),
    ):
        if not target.exists():
            continue
        if not os.access(target, os.W_OK) or not target.stat().st_mode & 0o222:
            return read_only
    return ""


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """True if SQLite says the file is not a database or is malformed (not merely busy)."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)
    return type(error) is sqlite3.DatabaseError


def damage(db: Database) -> str | None:
    """What is wrong with the file, or None if SQLite's quick check passes."""
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return str(error)
        raise
    if rows != [("ok",)]:
        return str(rows[0][0]) if rows else "quick check returned nothing"
    return None


def file_damage(path: Path) -> str | None:
    """What is wrong with an existing database file, checked without writing to it; a file
    that is no SQLite database at all raises NotADatabase (it is someone's, not damage)."""
    with open(path, "rb") as fh:
        header = fh.read(len(SQLITE_HEADER))
    if not header:
        return None
    if header != SQLITE_HEADER:
        if SQLITE_HEADER.startswith(header):
            return "cut short"
        raise NotADatabase(path)
    # Read-only, so SQLite cannot checkpoint or delete a write-ahead log that belongs to it.
    try:
        db = open_readable(path)
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return str(error)
        raise
    try:
        return damage(db)
    finally:
        db.close()


def aside_name(path: Path, tag: str) -> Path:
    """A free name beside `path` for a file moved aside: `<name>.<tag>-<time>`."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{tag}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{tag}-{stamp}-{n}")
    return target


def move_aside(path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm companions) to `<name>.corrupt-<time>`."""
    target = aside_name(path, "corrupt")
    path.rename(target)
    # A stale write-ahead log left beside a fresh database would be replayed into it.
    for suffix, companion in zip(COMPANIONS, database_files(path)[1:], strict=True):
        if companion.exists():
            companion.rename(target.with_name(target.name + suffix))
    return target
