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


class NotADatabase(StoreError):
    """The file is no SQLite database at all (a text file given as --db): left as it is."""

    def __init__(self, path: Path):
        super().__init__(
            f"{path.name} is not a review database (not an SQLite file); it was left as it "
            "is. Choose another file."
        )
        self.path = path


class NotWritable(StoreError):
    """The file or its folder cannot be written: the database can only be shown."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path.name} cannot be written ({reason}).")
        self.path = path
        self.reason = reason


IN_USE = "another Twofold window is using it"


class ReadOnlyStore(StoreError):
    """A change was attempted in a window that opened the database read-only."""

    def __init__(self, reason: str = IN_USE):
        super().__init__(f"This review is open read-only because {reason}; changes are not saved.")


class DatabaseLost(StoreError):
    """The file was deleted, replaced, changed or made unwritable under the running window:
    nothing more is written to it (the window offers to save the review to a new file)."""

    def __init__(self, path: Path, what: str, last_change: bool = False):
        lost = " The last change is not in it." if last_change else ""
        super().__init__(
            f"{path.name} {what} while Twofold was using it, so changes can no longer be saved "
            f"there.{lost} Save the review to a new file (File → Save review as…)."
        )
        self.path = path
        self.what = what


class NotFound(StoreError):
    """An id that is not (or no longer) in the database."""


class WriteFailed(StoreError):
    """SQLite refused a write (disk full, file permissions, a long-held lock)."""

    def __init__(self, detail: str):
        super().__init__(f"Could not save the change: {detail}.")
