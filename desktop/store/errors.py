"""What can go wrong with the review database, each with a one-line message for the user."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base of every store failure; `str(error)` is a sentence a journalist can act on."""


class StoreLocked(StoreError):
    """Another running Twofold holds the database for writing."""

    def __init__(self, path: Path):
        super().__init__(
            f"Another Twofold window is using {path.name}; it can only be opened read-only."
        )
        self.path = path


class NewerSchema(StoreError):
    """The database was written by a newer Twofold; it is left untouched."""

    def __init__(self, path: Path, unknown: list[str]):
        super().__init__(
            f"{path.name} was saved by a newer version of Twofold; "
            "update Twofold to open it (the file was not changed)."
        )
        self.path = path
        self.unknown = unknown


class OlderSchema(StoreError):
    """A read-only window cannot bring an old database up to date."""

    def __init__(self, path: Path):
        super().__init__(
            f"{path.name} needs updating by a Twofold that can write to it; "
            "close the other window and open it again."
        )
        self.path = path


class ForeignDatabase(StoreError):
    """The file is a SQLite database, but some other program's."""

    def __init__(self, path: Path):
        super().__init__(
            f"{path.name} belongs to another program, not Twofold; choose another file."
        )
        self.path = path


class CorruptDatabase(StoreError):
    """The file is damaged and could not be moved aside (read-only, or the move failed)."""

    def __init__(self, path: Path, detail: str = ""):
        super().__init__(f"{path.name} is damaged and cannot be read{detail}.")
        self.path = path


class ReadOnlyStore(StoreError):
    """A change was attempted in a window that opened the database read-only."""

    def __init__(self):
        super().__init__(
            "This review is open read-only because another Twofold window is using it; "
            "changes are not saved."
        )


class NotFound(StoreError):
    """An id that is not (or no longer) in the database."""


class WriteFailed(StoreError):
    """SQLite refused a write (disk full, file permissions, a long-held lock)."""

    def __init__(self, detail: str):
        super().__init__(f"Could not save the change: {detail}.")
