"""A write-ahead log beside a file it was not written for, found before SQLite replays it.

Put a backup back over `twofold.db` while the `-wal` of a later session is still there, and
SQLite would replay that log over the backup: the old state silently back, or a malformed
file. So each writing session gets a new name, stamped into the main file when it starts (its
log then empty) and into every transaction after: a log whose stamp is not the main file's was
written for another copy of the file, and is moved aside (its bytes kept) before SQLite opens
the file for writing. (The stamp carries a count of the session's writes: SQLite does not
write a page again whose content did not change.)"""

from __future__ import annotations

import secrets
import sqlite3
from pathlib import Path

from sqlite_utils import Database

from desktop.store.opening import aside_name, connect

READ = "SELECT session FROM file_identity WHERE id = 1"
STAMP = "UPDATE file_identity SET session = ? WHERE id = 1"
WAL_HEADER_BYTES = 32  # a log this short holds no transaction


def log_path(path: Path, suffix: str = "-wal") -> Path:
    return path.with_name(path.name + suffix)


def _session(path: Path, with_log: bool) -> str | None:
    """The stamp the file holds: with its log, or (immutable: the log ignored) without."""
    db = connect(path, read_only=True, immutable=not with_log)
    try:
        row = db.execute(READ).fetchone()
    except sqlite3.OperationalError as error:
        if "no such table" in str(error):
            return None  # written before Twofold stamped its files
        raise
    finally:
        db.close()
    return row[0].partition(".")[0] if row else None


def stamp(session: str, writes: int) -> list[str]:
    """The parameters for STAMP: this session's name and how many writes it made."""
    return [f"{session}.{writes}"]


def stale_log(path: Path) -> str | None:
    """Why the -wal beside `path` is not this file's (None: it is, or nothing tells)."""
    log = log_path(path)
    try:
        if log.stat().st_size <= WAL_HEADER_BYTES:
            return None
    except OSError:
        return None
    try:
        own = _session(path, with_log=False)
    except sqlite3.DatabaseError:
        return None  # the file itself is in question: the damage check decides
    if not own:
        return None
    try:
        logged = _session(path, with_log=True)
    except sqlite3.DatabaseError as error:
        return f"replayed over it, it makes the file unreadable ({error})"
    if logged != own:
        return "it was written in a later session, on another copy of the file"
    return None


def move_log_aside(path: Path) -> Path:
    """Rename the -wal (and its -shm index) to `<name>-wal.stale-<time>`; returns the new
    name of the log."""
    target = aside_name(log_path(path), "stale")
    log_path(path).rename(target)
    shm = log_path(path, "-shm")
    if shm.exists():
        shm.rename(target.with_name(target.name.replace("-wal.stale", "-shm.stale", 1)))
    return target


def begin_session(db: Database, path: Path) -> str:
    """Start a writing session: its stamp goes into the main file (the log copied in and
    emptied). Returns the stamp every later transaction writes: the main file's own, also
    when the log could not be emptied (a reader holds it) and the new stamp stayed in it."""
    session = secrets.token_hex(8)
    with db.conn:
        db.execute(STAMP, stamp(session, 0))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    own = _session(path, with_log=False)
    if own and own != session:  # not copied in: the log goes on with the file's own stamp
        with db.conn:
            db.execute(STAMP, stamp(own, 0))
        return own
    return session
