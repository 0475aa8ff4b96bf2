"""The review database: one Store per window; every user action is one committed transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from desktop.store.annotation_rows import AnnotationRows
from desktop.store.article_rows import ArticleRows
from desktop.store.comparison_rows import GONE, ComparisonRows, fold_case
from desktop.store.errors import (
    CorruptDatabase,
    NotFound,
    OlderSchema,
    ReadOnlyStore,
    StoreError,
    StoreLocked,
    WriteFailed,
)
from desktop.store.link_rows import MANUAL_SCORE, Linked, LinkRows
from desktop.store.locking import WriterLock
from desktop.store.opening import connect, default_path, file_damage, move_aside
from desktop.store.rows import current_user
from desktop.store.schema import check_version, migrate

__all__ = ["MANUAL_SCORE", "Linked", "Store", "open_for_window", "open_store"]


class Store(ArticleRows, ComparisonRows, LinkRows, AnnotationRows):
    """Articles, comparisons, alignments, overrides and annotations in one SQLite file; the
    methods of each table are in its *_rows module, opening and transactions here."""

    def __init__(
        self,
        db: Database,
        path: Path,
        read_only: bool,
        lock: WriterLock | None,
        recovered_from: Path | None,
    ):
        self.db = db
        self.path = path
        self.read_only = read_only
        # Where a damaged database was moved before this fresh one was made, for the window to say.
        self.recovered_from = recovered_from
        self.author = current_user()
        self._lock = lock
        db.register_function(fold_case, deterministic=True, name="twofold_fold")

    # ---- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False) -> Store:
        """Open (creating or upgrading) the database at `path`, default: the user's one.

        Raises StoreLocked if another Twofold is writing to it (then open with read_only=True),
        NewerSchema for a database from a newer Twofold, ForeignDatabase for another program's.
        A damaged file is moved aside and a new one made; see `recovered_from`."""
        path = Path(path) if path is not None else default_path()
        if read_only:
            return cls._open_read_only(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock = WriterLock(path)
            locked = lock.acquire()
        except OSError as error:
            raise StoreError(f"Cannot use {path}: {error.strerror or error}.") from error
        if not locked:
            raise StoreLocked(path)
        db = None
        try:
            recovered = None
            if path.exists() and file_damage(path) is not None:
                recovered = move_aside(path)
            db = connect(path)
            pending = check_version(db, path)
            db.enable_wal()
            if pending:
                migrate(db)
            return cls(db, path, False, lock, recovered)
        except BaseException as error:
            if db is not None:
                db.close()
            lock.release()
            if isinstance(error, sqlite3.Error | OSError):
                raise StoreError(f"Cannot open {path}: {error}.") from error
            raise

    @classmethod
    def _open_read_only(cls, path: Path) -> Store:
        if not path.exists():
            raise StoreError(f"{path} does not exist.")
        db = None
        try:
            problem = file_damage(path)
            if problem is not None:
                raise CorruptDatabase(path, f" ({problem})")
            db = connect(path, read_only=True)
            if check_version(db, path):
                raise OlderSchema(path)
        except BaseException as error:
            if db is not None:
                db.close()
            if isinstance(error, sqlite3.Error):
                raise StoreError(f"Cannot open {path}: {error}.") from error
            raise
        return cls(db, path, True, None, None)

    def close(self) -> None:
        self.db.close()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One transaction, committed when the block ends, with SQLite errors made readable."""
        if self.read_only:
            raise ReadOnlyStore()
        try:
            with self.db.atomic():
                yield self.db
        except sqlite3.IntegrityError as error:
            if "FOREIGN KEY" in str(error):
                raise NotFound(GONE) from error
            raise
        except sqlite3.OperationalError as error:
            raise WriteFailed(str(error)) from error

    def _one(self, sql: str, params: Sequence = ()) -> tuple | None:
        return self.db.execute(sql, params).fetchone()


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Shorthand for Store.open."""
    return Store.open(path, read_only=read_only)


def open_for_window(path: str | Path | None = None) -> Store:
    """What a new window uses: the database for writing, or read-only while another Twofold
    window writes to it (then `store.read_only` is True and ReadOnlyStore says why on a change).
    Other refusals (newer schema, foreign file) propagate as StoreError."""
    try:
        return Store.open(path)
    except StoreLocked:
        return Store.open(path, read_only=True)
