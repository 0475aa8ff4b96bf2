"""An exclusive lock, so only one running Twofold writes to a database.

On Linux and macOS the lock is on the database file itself (flock, apart from the fcntl locks
SQLite takes), so deleting a file cannot lose it; on Windows, where a file held open cannot be
deleted, it is on a lock file beside the database."""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

if os.name == "nt":
    import msvcrt

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fh.seek(0)
            msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fh: IO[bytes]) -> bool:
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


def lock_path(db_path: Path) -> Path:
    """The file the lock is taken on."""
    return db_path.with_name(db_path.name + ".lock") if os.name == "nt" else db_path


# Files this process holds the lock on, by (device, inode): a second Store here is refused
# without opening the file again, since closing any handle on a database file drops every
# fcntl lock SQLite holds on it in this process.
_HELD: set[tuple[int, int]] = set()


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return st.st_dev, st.st_ino


def held_here(db_path: Path) -> bool:
    """True if a Store in this process holds the write lock on this database file."""
    return _identity(lock_path(db_path)) in _HELD


class WriterLock:
    """Held for as long as a Store may write; the OS drops it if the process dies."""

    def __init__(self, db_path: Path):
        self.path = lock_path(db_path)
        self._fh: IO[bytes] | None = None
        self._held: tuple[int, int] | None = None

    def acquire(self) -> bool:
        """True if this process now holds the lock; False if another one does."""
        if _identity(self.path) in _HELD:
            return False
        # A lock file is left in place on release: deleting it would race with a second opener.
        # (On POSIX this creates an empty database file, which SQLite takes as a new one.)
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        if not _try_lock(fh):
            fh.close()
            return False
        self._fh = fh
        st = os.fstat(fh.fileno())
        self._held = (st.st_dev, st.st_ino)
        _HELD.add(self._held)
        return True

    def release(self) -> None:
        if self._fh is not None:
            # Closing the handle releases the lock on every platform; the Store closes its
            # SQLite connection first (closing a handle drops that process's fcntl locks).
            self._fh.close()
            self._fh = None
            _HELD.discard(self._held)
            self._held = None


def is_free(db_path: Path) -> bool:
    """True if no Twofold (this process included) writes to the database now: the lock can be
    taken. Taken for a moment and given back, so the window that asks can then open it."""
    if held_here(db_path):
        return False
    lock = WriterLock(db_path)
    try:
        if not lock.acquire():
            return False
    except OSError:
        return False
    lock.release()
    return True
