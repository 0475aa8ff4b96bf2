"""An exclusive lock file beside the database, so only one running Twofold writes to it."""

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
    return db_path.with_name(db_path.name + ".lock")


class WriterLock:
    """Held for as long as a Store may write; the OS drops it if the process dies."""

    def __init__(self, db_path: Path):
        self.path = lock_path(db_path)
        self._fh: IO[bytes] | None = None

    def acquire(self) -> bool:
        """True if this process now holds the lock; False if another one does."""
        # The file is left in place on release: deleting it would race with a second opener.
        fh = open(self.path, "a+b")  # noqa: SIM115 - held open for the lock's lifetime
        if not _try_lock(fh):
            fh.close()
            return False
        self._fh = fh
        return True

    def release(self) -> None:
        if self._fh is not None:
            # Closing the handle releases the lock on every platform.
            self._fh.close()
            self._fh = None
