"""Noticing that the database file was deleted, replaced, changed or made read-only under us.

SQLite keeps writing to the file it opened, even once that file is deleted or another one
took its name; every change would be reported saved and lost on quit. So before and after
each write the file at the path is compared with the one opened (device and inode), its size
and modification time with those our last write left, and its write-ahead log likewise."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from desktop.store.opening import unwritable
from desktop.wording import phrase


@dataclass(frozen=True, slots=True)
class Seen:
    """What identifies a file and its last change."""

    device: int
    inode: int
    size: int
    modified_ns: int

    @property
    def identity(self) -> tuple[int, int]:
        return self.device, self.inode


def seen(path: Path) -> Seen | None:
    """The file at `path` now (None: there is none)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return Seen(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


class FileWatch:
    """The database file as this Store last left it."""

    def __init__(self, path: Path):
        self.path = path
        self.wal_path = path.with_name(path.name + "-wal")
        self.opened = seen(path)
        self.settle()

    def settle(self) -> None:
        """Our own write is done: its size, time and log are what to expect next time."""
        self.main = seen(self.path)
        self.wal = seen(self.wal_path)

    def problem(self, own_write: bool = False) -> str:
        """What happened to the file since ("" when nothing did), as "was deleted or moved".
        Right after `own_write` only its identity is asked: our commit may have copied the
        log into the file (a checkpoint), changing its size and time."""
        now = seen(self.path)
        if now is None:
            return phrase("was deleted or moved away")
        if self.opened is None or now.identity != self.opened.identity:
            return phrase("was replaced by another file")
        if own_write:
            return ""
        if self.main is not None and now.size < self.main.size:
            return phrase("was cut short by another program")
        if self.main is not None and (now.size, now.modified_ns) != (
            self.main.size,
            self.main.modified_ns,
        ):
            return phrase("was changed by another program")
        if self.wal is not None:
            wal = seen(self.wal_path)
            if wal is None or wal.identity != self.wal.identity:
                return phrase("lost its write-ahead log ({name})", name=self.wal_path.name)
        reason = unwritable(self.path)
        return phrase("became unwritable ({reason})", reason=reason) if reason else ""
