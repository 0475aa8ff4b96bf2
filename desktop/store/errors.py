"""What can go wrong with the review database, each with a one-line message for the user."""

from __future__ import annotations

from pathlib import Path

from desktop.wording import phrase


class StoreError(Exception):
    """Base of every store failure; `str(error)` is a sentence a journalist can act on."""


class StoreLocked(StoreError):
    """Another running Twofold holds the database for writing."""

    def __init__(self, path: Path):
        super().__init__(
            phrase(
                "Another Twofold window is using {name}; it can only be opened read-only.",
                name=path.name,
            )
        )
        self.path = path


class NewerSchema(StoreError):
    """The database was written by a newer Twofold; it is left untouched."""

    def __init__(self, path: Path, unknown: list[str]):
        super().__init__(
            phrase(
                "{name} was saved by a newer version of Twofold; "
                "update Twofold to open it (the file was not changed).",
                name=path.name,
            )
        )
        self.path = path
        self.unknown = unknown


class ForeignDatabase(StoreError):
    """The file is a SQLite database, but some other program's."""

    def __init__(self, path: Path):
        super().__init__(
            phrase(
                "{name} belongs to another program, not Twofold; choose another file.",
                name=path.name,
            )
        )
        self.path = path


class CorruptDatabase(StoreError):
    """The file is damaged and could not be moved aside (read-only, or the move failed)."""

    def __init__(self, path: Path, detail: str = ""):
        super().__init__(
            phrase("{name} is damaged and cannot be read{detail}.", name=path.name, detail=detail)
        )
        self.path = path


class NotADatabase(StoreError):
    """The file is no SQLite database at all (a text file given as --db): left as it is."""

    def __init__(self, path: Path):
        super().__init__(
            phrase(
                "{name} is not a review database (not an SQLite file); it was left as it "
                "is. Choose another file.",
                name=path.name,
            )
        )
        self.path = path


class NotWritable(StoreError):
    """The file or its folder cannot be written: the database can only be shown."""

    def __init__(self, path: Path, reason: str):
        super().__init__(
            phrase("{name} cannot be written ({reason}).", name=path.name, reason=reason)
        )
        self.path = path
        self.reason = reason


IN_USE = phrase("another Twofold window is using it")


class ReadOnlyStore(StoreError):
    """A change was attempted in a window that opened the database read-only."""

    def __init__(self, reason: str = IN_USE):
        super().__init__(
            phrase(
                "This review is open read-only because {reason}; changes are not saved.",
                reason=reason,
            )
        )


class DatabaseLost(StoreError):
    """The file was deleted, replaced, changed or made unwritable under the running window:
    nothing more is written to it (the window offers to save the review to a new file)."""

    def __init__(self, path: Path, what: str, last_change: bool = False):
        if last_change:
            text = phrase(
                "{name} {what} while Twofold was using it, so changes can no longer be saved "
                "there. The last change is not in it. Save the review to a new file "
                "(File → Save review as…).",
                name=path.name,
                what=what,
            )
        else:
            text = phrase(
                "{name} {what} while Twofold was using it, so changes can no longer be saved "
                "there. Save the review to a new file (File → Save review as…).",
                name=path.name,
                what=what,
            )
        super().__init__(text)
        self.path = path
        self.what = what


class NotFound(StoreError):
    """An id that is not (or no longer) in the database."""


ARTICLE_GONE = phrase("This article is no longer in the review database.")


class WriteFailed(StoreError):
    """SQLite refused a write (disk full, file permissions, a long-held lock)."""

    def __init__(self, detail: str):
        super().__init__(phrase("Could not save the change: {detail}.", detail=detail))
