"""The review database: one Store per window; every user action is one committed transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from sqlite_utils import Database

from desktop.store.annotation_rows import AnnotationRows
from desktop.store.article_rows import ArticleRows
from desktop.store.comparison_rows import GONE, ComparisonRows, fold_case
from desktop.store.errors import (
    IN_USE,
    CorruptDatabase,
    DatabaseLost,
    NotFound,
    NotWritable,
    ReadOnlyStore,
    StoreError,
    StoreLocked,
    WriteFailed,
)
from desktop.store.guard import FileWatch
from desktop.store.link_rows import MANUAL_SCORE, Linked, LinkRows
from desktop.store.locking import WriterLock, held_here
from desktop.store.opening import (
    connect,
    default_path,
    file_damage,
    move_aside,
    open_readable,
    unwritable,
)
from desktop.store.rows import current_user
from desktop.store.schema import check_version, migrate
from desktop.store.wal import STAMP, begin_session, move_log_aside, stale_log, stamp

__all__ = ["MANUAL_SCORE", "Linked", "Store", "open_for_window", "open_store"]


class Store(ArticleRows, ComparisonRows, LinkRows, AnnotationRows):
    """Articles, comparisons, alignments, overrides and annotations in one SQLite file; the
    methods of each table are in its *_rows module, opening, transactions and the guard of
    the file here."""

    def __init__(
        self,
        db: Database,
        path: Path,
        read_only: bool,
        lock: WriterLock | None,
        recovered_from: Path | None,
        why_read_only: str = IN_USE,
        session: str = "",
        stale: tuple[Path, str] | None = None,
    ):
        self.db = db
        self.path = path
        self.read_only = read_only
        self.why_read_only = why_read_only
        # Where a damaged database was moved before this fresh one was made, for the window to say.
        self.recovered_from = recovered_from
        # A write-ahead log of another copy of the file, moved aside on opening: (where, why).
        self.stale_log = stale
        self._session = session  # stamped into every transaction (see store/wal.py)
        self._writes = 0
        self.author = current_user()
        # Why nothing more is written ("" while the file is fine): see DatabaseLost.
        self.lost = ""
        self._lost_what = ""
        self._lock = lock
        self._watch = FileWatch(path) if not read_only else None
        self._depth = 0
        db.register_function(fold_case, deterministic=True, name="twofold_fold")

    # ---- opening and closing -------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path | None = None, *, read_only: bool = False) -> Store:
        """Open (creating or upgrading) the database at `path`, default: the user's one.

        Raises StoreLocked if another Twofold is writing to it, NotWritable for a read-only
        file or folder (then open with read_only=True), NewerSchema for a database from a newer
        Twofold, ForeignDatabase for another program's, NotADatabase for a file that is no
        SQLite database (left as it is). A damaged database is moved aside and a new one made;
        see `recovered_from`."""
        path = Path(path) if path is not None else default_path()
        if read_only:
            return cls._open_read_only(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            reason = unwritable(path)
            if reason:
                raise NotWritable(path, reason)
            lock = WriterLock(path)
            locked = lock.acquire()
        except OSError as error:
            raise StoreError(f"Cannot use {path}: {error.strerror or error}.") from error
        if not locked:
            raise StoreLocked(path)
        db = None
        try:
            recovered = stale = None
            if path.exists():
                why = stale_log(path)  # before SQLite would replay it
                stale = (move_log_aside(path), why) if why else None
            if path.exists() and file_damage(path) is not None:
                recovered = move_aside(path)
                lock.release()  # it was on the file moved aside
                if not lock.acquire():
                    raise StoreLocked(path)
            db = connect(path)
            pending = check_version(db, path)
            db.enable_wal()
            if pending:
                migrate(db)
            session = begin_session(db, path)
            return cls(db, path, False, lock, recovered, session=session, stale=stale)
        except BaseException as error:
            if db is not None:
                db.close()
            lock.release()
            if isinstance(error, sqlite3.Error | OSError):
                raise StoreError(f"Cannot open {path}: {error}.") from error
            raise

    @classmethod
    def _open_read_only(cls, path: Path, why: str = IN_USE) -> Store:
        """Reading only; an older database is brought up to date in memory, the file kept."""
        if not path.exists():
            raise StoreError(f"{path} does not exist.")
        db = None
        try:
            # A writer in this process checked the file; reading it here again would drop
            # that writer's SQLite locks (see locking.held_here).
            problem = None if held_here(path) else file_damage(path)
            if problem is not None:
                raise CorruptDatabase(path, f" ({problem})")
            db = open_readable(path)
            if check_version(db, path):
                db = _upgraded_copy(db)
        except BaseException as error:
            if db is not None:
                db.close()
            if isinstance(error, sqlite3.Error):
                raise StoreError(f"Cannot open {path}: {error}.") from error
            raise
        return cls(db, path, True, None, None, why)

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
    def transaction(self) -> Iterator[Database]:
        """One commit for the block, with the store's own writes in it (as savepoints)."""
        with self._write() as db:
            yield db

    @contextmanager
    def _write(self) -> Iterator[Database]:
        """One transaction, committed when the block ends, with SQLite errors made readable;
        the file is checked before and after, so no change is reported saved into a file that
        is gone (DatabaseLost)."""
        if self.read_only:
            raise ReadOnlyStore(self.why_read_only)
        if self.lost:
            raise DatabaseLost(self.path, self._lost_what)
        outer = self._depth == 0
        if outer:
            self._guard(committed=False)
        self._depth += 1
        try:
            with self.db.atomic():
                if outer:
                    self._writes += 1
                    self.db.execute(STAMP, stamp(self._session, self._writes))
                yield self.db
        except sqlite3.IntegrityError as error:
            if "FOREIGN KEY" in str(error):
                raise NotFound(GONE) from error
            raise
        except sqlite3.OperationalError as error:
            raise WriteFailed(str(error)) from error
        finally:
            self._depth -= 1
        if outer:
            self._guard(committed=True)

    def check(self) -> str:
        """Why nothing more can be saved here ("" when all is well), checking the file now."""
        if not self.read_only and not self.lost:
            with suppress(DatabaseLost):
                self._guard(committed=False)
        return self.lost

    def _guard(self, committed: bool) -> None:
        what = self._watch.problem(own_write=committed)
        if not what:
            self._watch.settle()
            return
        error = DatabaseLost(self.path, what, last_change=committed)
        self.lost, self._lost_what = str(DatabaseLost(self.path, what)), what
        # Our committed changes go into the file we opened, and the log at the path is emptied:
        # replayed onto a file that replaced ours, it would damage that file.
        with suppress(sqlite3.Error):
            self.db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        raise error

    def _one(self, sql: str, params: Sequence = ()) -> tuple | None:
        return self.db.execute(sql, params).fetchone()

    # ---- comparisons ---------------------------------------------------------------------


def _upgraded_copy(db: Database) -> Database:
    """An older database brought up to date in memory, for reading: the file stays as it is."""
    memory = sqlite3.connect(":memory:")
    db.conn.backup(memory)
    db.close()
    copy = Database(memory, execute_plugins=False)
    copy.execute("PRAGMA foreign_keys = ON")
    migrate(copy)
    return copy


def open_store(path: str | Path | None = None, *, read_only: bool = False) -> Store:
    """Shorthand for Store.open."""
    return Store.open(path, read_only=read_only)


def open_for_window(path: str | Path | None = None) -> Store:
    """What a new window uses: the database for writing, or read-only while another Twofold
    window writes to it or when the file or its folder is read-only (then `store.read_only`
    is True and `why_read_only` says why). Other refusals (newer schema, foreign file, no
    database) propagate as StoreError."""
    path = Path(path) if path is not None else default_path()
    try:
        return Store.open(path)
    except StoreLocked:
        return Store._open_read_only(path)
    except NotWritable as error:
        if not path.exists():
            raise
        return Store._open_read_only(path, f"{path.name} cannot be written ({error.reason})")
