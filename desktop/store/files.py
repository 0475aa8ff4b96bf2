"""The files a review database is on disk: the database and what SQLite keeps beside it."""

from __future__ import annotations

from pathlib import Path

# Kept apart from opening.py so that what only asks which files these are (the CLI's and the
# Export dialog's overwrite rule) does not load sqlite-utils (about 0.1 s of a process start).
COMPANIONS = ("-wal", "-shm")  # the write-ahead log and its index SQLite keeps beside a database


def database_files(path: str | Path) -> list[Path]:
    """The database file and the companions SQLite keeps beside it, existing or not."""
    path = Path(path)
    return [path, *(path.with_name(path.name + suffix) for suffix in COMPANIONS)]
