"""The review database: one Store per window; every user action is one committed transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path, PurePath
from typing import Protocol

from sqlite_utils import Database

from desktop.engine.clock import now_utc as now
from desktop.engine.fingerprint import fingerprint
from desktop.engine.models import Article, Link, Sentence
from desktop.store.annotations import AnnotationStore
from desktop.store.errors import (
    CorruptDatabase,
    NotFound,
    OlderSchema,
    ReadOnlyStore,
    StoreError,
    StoreLocked,
    WriteFailed,
)
from desktop.store.locking import WriterLock
from desktop.store.opening import connect, default_path, file_damage, move_aside
from desktop.store.records import ComparisonRecord, ComparisonSummary
from desktop.store.rows import current_user, ids_text, ids_tuple
from desktop.store.schema import PROVENANCE, check_version, migrate

# Manual links carry no aligner score; a person said they match.
MANUAL_SCORE = 100.0
COMPARISON_COLUMNS = (
    "id, left_article_id, right_article_id, title, threshold, position, created, last_opened"
)
GONE = "This comparison is no longer in the review database."


class Linked(Protocol):
    """A Link or a Pair: sentence ids on each side and a score."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float


class Store(AnnotationStore):
    """Articles, comparisons, alignments, overrides and annotations in one SQLite file."""

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
        db.register_function(_fold, deterministic=True, name="twofold_fold")

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

    # ---- articles ------------------------------------------------------------------------

    def add_article(self, article: Article, **provenance: str | None) -> int:
        """Store an article and its sentences; the same text again returns the existing id
        (filling in provenance it lacked). Provenance: final_url, author, published, site,
        fetched, raw."""
        unknown = sorted(set(provenance) - set(PROVENANCE))
        if unknown:
            raise TypeError(f"unknown provenance field(s): {', '.join(unknown)}")
        sha = fingerprint(article.text)
        found = self._one("SELECT id FROM articles WHERE sha256 = ?", [sha])
        if found and (self.read_only or not provenance):
            return found[0]
        with self._write() as db:
            found = self._one("SELECT id FROM articles WHERE sha256 = ?", [sha])
            if found:
                if provenance:
                    sets = ", ".join(f"{name} = coalesce({name}, ?)" for name in provenance)
                    db.execute(
                        f"UPDATE articles SET {sets} WHERE id = ?", [*provenance.values(), found[0]]
                    )
                return found[0]
            columns = ["title", "source", "language", "sha256", "text", "added", *provenance]
            values = [article.title, article.path, article.language, sha, article.text, now()]
            cursor = db.execute(
                f"INSERT INTO articles ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})",
                [*values, *provenance.values()],
            )
            article_id = cursor.lastrowid
            db.conn.executemany(
                "INSERT INTO sentences (article_id, id, char_start, char_end, paragraph, text)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (article_id, s.id, s.start, s.end, s.paragraph, s.text)
                    for s in article.sentences
                ],
            )
            return article_id

    def article(self, article_id: int) -> Article:
        """The stored article with the sentences it was reviewed with (no re-segmenting)."""
        row = self._one(
            "SELECT text, language, source, title FROM articles WHERE id = ?", [article_id]
        )
        if row is None:
            raise NotFound("This article is no longer in the review database.")
        text, language, source, title = row
        sentences = tuple(
            Sentence(id=i, start=start, end=end, text=s_text, paragraph=paragraph)
            for i, start, end, paragraph, s_text in self.db.execute(
                "SELECT id, char_start, char_end, paragraph, text FROM sentences"
                " WHERE article_id = ? ORDER BY id",
                [article_id],
            )
        )
        return Article(text=text, sentences=sentences, language=language, path=source, title=title)

    def sentence_texts(self, article_id: int) -> dict[int, str]:
        """Sentence id -> text for a stored article (cheaper than rebuilding the Article)."""
        return dict(
            self.db.execute("SELECT id, text FROM sentences WHERE article_id = ?", [article_id])
        )

    def article_provenance(self, article_id: int) -> dict[str, str | None]:
        """Where a stored article came from: sha256, added, source and the provenance fields."""
        columns = ["source", "sha256", "added", *PROVENANCE]
        row = self._one(f"SELECT {', '.join(columns)} FROM articles WHERE id = ?", [article_id])
        if row is None:
            raise NotFound("This article is no longer in the review database.")
        return dict(zip(columns, row, strict=True))

    # ---- comparisons ---------------------------------------------------------------------

    def open_comparison(
        self, left_article_id: int, right_article_id: int, threshold: float, title: str = ""
    ) -> ComparisonRecord:
        """The comparison of these two articles (in this order), resumed if it exists (its own
        threshold and position kept, last_opened updated), otherwise created."""
        find = "SELECT id FROM comparisons WHERE left_article_id = ? AND right_article_id = ?"
        pair = [left_article_id, right_article_id]
        if self.read_only:
            found = self._one(find, pair)
            if found is None:
                raise ReadOnlyStore()
            return self.comparison(found[0])
        with self._write() as db:
            found = self._one(find, pair)
            stamp = now()
            if found:
                comparison_id = found[0]
                db.execute(
                    "UPDATE comparisons SET last_opened = ? WHERE id = ?", [stamp, comparison_id]
                )
            else:
                title = title or self._default_title(left_article_id, right_article_id)
                comparison_id = db.execute(
                    "INSERT INTO comparisons (left_article_id, right_article_id, title, threshold,"
                    " created, last_opened) VALUES (?, ?, ?, ?, ?, ?)",
                    [*pair, title, float(threshold), stamp, stamp],
                ).lastrowid
        return self.comparison(comparison_id)

    def _default_title(self, left_article_id: int, right_article_id: int) -> str:
        names = []
        for article_id in (left_article_id, right_article_id):
            row = self._one("SELECT title, source FROM articles WHERE id = ?", [article_id])
            if row is None:
                raise NotFound("This article is no longer in the review database.")
            title, source = row
            names.append(title or (PurePath(source).name if source else "") or "Untitled")
        return " ↔ ".join(names)

    def comparison_ids(self) -> list[int]:
        """Every saved comparison's id, oldest first."""
        return [row[0] for row in self.db.execute("SELECT id FROM comparisons ORDER BY id")]

    def comparison(self, comparison_id: int) -> ComparisonRecord:
        row = self._one(
            f"SELECT {COMPARISON_COLUMNS} FROM comparisons WHERE id = ?", [comparison_id]
        )
        if row is None:
            raise NotFound(f"Comparison {comparison_id} is not in the review database.")
        return ComparisonRecord(*row)

    def _update_comparison(self, comparison_id: int, column: str, value: object) -> None:
        with self._write() as db:
            cursor = db.execute(
                f"UPDATE comparisons SET {column} = ? WHERE id = ?", [value, comparison_id]
            )
            if cursor.rowcount == 0:
                raise NotFound(GONE)

    def set_position(self, comparison_id: int, item_key: str) -> None:
        """Remember the item under review, to return to it when the comparison is reopened."""
        self._update_comparison(comparison_id, "position", item_key)

    def set_threshold(self, comparison_id: int, threshold: float) -> None:
        self._update_comparison(comparison_id, "threshold", float(threshold))

    def rename_comparison(self, comparison_id: int, title: str) -> None:
        """Set the title; an empty one brings back the default (both article names)."""
        title = title.strip()
        if not title:
            record = self.comparison(comparison_id)
            title = self._default_title(record.left_article_id, record.right_article_id)
        self._update_comparison(comparison_id, "title", title)

    def delete_comparison(self, comparison_id: int) -> None:
        """Delete a comparison with its alignment, overrides and annotations, and any article
        no other comparison uses."""
        with self._write() as db:
            if db.execute("DELETE FROM comparisons WHERE id = ?", [comparison_id]).rowcount == 0:
                raise NotFound(GONE)
            db.execute(
                "DELETE FROM articles WHERE id NOT IN (SELECT left_article_id FROM comparisons"
                " UNION SELECT right_article_id FROM comparisons)"
            )

    def list_comparisons(self, search: str = "") -> list[ComparisonSummary]:
        """Saved comparisons, most recently opened first; `search` matches (ignoring case)
        titles, article sources, notes and labels."""
        rows = self.db.execute(_LIST_SQL, {"q": _fold(search.strip())}).fetchall()
        summaries = []
        for cid, title, l_title, l_source, r_title, r_source, annotated, *times in rows:
            keys = self.review_item_keys(cid)
            if keys:
                reviewed, total = self.progress(cid, keys)
            else:  # never aligned: only the marks can be counted
                reviewed = sum(a.reviewed for a in self.annotations(cid).values())
                total = 0
            summaries.append(
                ComparisonSummary(
                    cid,
                    title,
                    l_title,
                    l_source,
                    r_title,
                    r_source,
                    reviewed,
                    total,
                    annotated,
                    *times,
                )
            )
        return summaries

    # ---- alignment and manual overrides --------------------------------------------------

    def save_alignment(
        self,
        comparison_id: int,
        links: Iterable[Linked],
        item_keys: Sequence[str] | None = None,
    ) -> None:
        """Replace the stored links (Links or Pairs; a Pair's `manual` flag is kept) and, if
        given, the review items' keys in reading order (they define progress totals)."""
        rows = [
            (
                comparison_id,
                ids_text(x.left),
                ids_text(x.right),
                float(x.score),
                int(bool(getattr(x, "manual", False))),
            )
            for x in links
        ]
        with self._write() as db:
            self._require(comparison_id)
            db.execute("DELETE FROM alignment WHERE comparison_id = ?", [comparison_id])
            db.conn.executemany(
                "INSERT OR REPLACE INTO alignment (comparison_id, left_ids, right_ids, score, manual)"
                " VALUES (?, ?, ?, ?, ?)",
                rows,
            )
            if item_keys is not None:
                db.execute("DELETE FROM review_items WHERE comparison_id = ?", [comparison_id])
                db.conn.executemany(
                    "INSERT INTO review_items (comparison_id, reading_order, item_key)"
                    " VALUES (?, ?, ?)",
                    [(comparison_id, n, key) for n, key in enumerate(dict.fromkeys(item_keys))],
                )

    def alignment(self, comparison_id: int) -> tuple[Link, ...]:
        """The links last saved with save_alignment."""
        return tuple(
            Link(ids_tuple(left), ids_tuple(right), score)
            for left, right, score in self.db.execute(
                "SELECT left_ids, right_ids, score FROM alignment WHERE comparison_id = ?"
                " ORDER BY rowid",
                [comparison_id],
            )
        )

    def review_item_keys(self, comparison_id: int) -> tuple[str, ...]:
        return tuple(
            key
            for (key,) in self.db.execute(
                "SELECT item_key FROM review_items WHERE comparison_id = ? ORDER BY reading_order",
                [comparison_id],
            )
        )

    def _require(self, comparison_id: int) -> None:
        if self._one("SELECT 1 FROM comparisons WHERE id = ?", [comparison_id]) is None:
            raise NotFound(GONE)

    def override(self, comparison_id: int, left: Iterable[int], right: Iterable[int]) -> str | None:
        """The hand-made decision on these sentences: "link", "unlink" or None."""
        row = self._one(
            "SELECT kind FROM manual_overrides WHERE comparison_id = ? AND left_ids = ?"
            " AND right_ids = ?",
            [comparison_id, *_sides(left, right)],
        )
        return row[0] if row else None

    def set_override(
        self,
        comparison_id: int,
        left: Iterable[int],
        right: Iterable[int],
        kind: str | None,
        only_if: str | None = None,
    ) -> str | None:
        """Record "link", "unlink" or no decision (None) on these sentences, replacing any
        earlier one; returns the decision before, which undo passes back here. With `only_if`,
        nothing changes unless the decision before was that one."""
        if kind not in ("link", "unlink", None):
            raise ValueError(f"unknown override {kind!r}; expected 'link', 'unlink' or None")
        left_ids, right_ids = _sides(left, right)
        where = "comparison_id = ? AND left_ids = ? AND right_ids = ?"
        key = [comparison_id, left_ids, right_ids]
        with self._write() as db:
            self._require(comparison_id)
            row = self._one(f"SELECT kind FROM manual_overrides WHERE {where}", key)
            previous = row[0] if row else None
            if previous == kind or (only_if is not None and previous != only_if):
                return previous
            db.execute(f"DELETE FROM manual_overrides WHERE {where}", key)
            if kind is not None:
                db.execute(
                    "INSERT INTO manual_overrides (comparison_id, kind, left_ids, right_ids,"
                    " created) VALUES (?, ?, ?, ?, ?)",
                    [comparison_id, kind, left_ids, right_ids, now()],
                )
            return previous

    def add_manual_link(
        self, comparison_id: int, left: Iterable[int], right: Iterable[int]
    ) -> str | None:
        """Link these sentences by hand (wins over the aligner; replaces an unlink of exactly
        them). Returns the decision before, for undo via set_override."""
        return self.set_override(comparison_id, left, right, "link")

    def remove_manual_link(
        self, comparison_id: int, left: Iterable[int], right: Iterable[int]
    ) -> str | None:
        """Drop a hand-made link (an unlink of the same sentences stays); returns the before."""
        return self.set_override(comparison_id, left, right, None, only_if="link")

    def add_unlink(
        self, comparison_id: int, left: Iterable[int], right: Iterable[int]
    ) -> str | None:
        """Reject an automatic link by hand; returns the decision before, for undo."""
        return self.set_override(comparison_id, left, right, "unlink")

    def remove_unlink(
        self, comparison_id: int, left: Iterable[int], right: Iterable[int]
    ) -> str | None:
        """Let the aligner decide again; returns the decision before, for undo."""
        return self.set_override(comparison_id, left, right, None, only_if="unlink")

    def _overrides(self, comparison_id: int, kind: str) -> list[tuple[tuple[int, ...], ...]]:
        return [
            (ids_tuple(left), ids_tuple(right))
            for left, right in self.db.execute(
                "SELECT left_ids, right_ids FROM manual_overrides WHERE comparison_id = ?"
                " AND kind = ? ORDER BY id",
                [comparison_id, kind],
            )
        ]

    def manual_links(self, comparison_id: int) -> tuple[Link, ...]:
        """Hand-made links, oldest first, ready for PreparedComparison.at(manual=...)."""
        return tuple(
            Link(left, right, MANUAL_SCORE)
            for left, right in self._overrides(comparison_id, "link")
        )

    def unlinks(self, comparison_id: int) -> frozenset[tuple[tuple[int, ...], tuple[int, ...]]]:
        """Rejected (left ids, right ids) links, ready for PreparedComparison.at(unlinked=...)."""
        return frozenset(self._overrides(comparison_id, "unlink"))


def _fold(text: str | None) -> str:
    """Case-insensitive matching for any script (SQLite's LIKE folds ASCII only)."""
    return (text or "").casefold()


def _sides(left: Iterable[int], right: Iterable[int]) -> tuple[str, str]:
    left_ids, right_ids = ids_text(left), ids_text(right)
    if not left_ids or not right_ids:
        raise ValueError("a link needs at least one sentence on each side")
    return left_ids, right_ids


_LIST_SQL = """
SELECT c.id, c.title, l.title, l.source, r.title, r.source,
  (SELECT count(*) FROM annotations a WHERE a.comparison_id = c.id
     AND (a.label IS NOT NULL OR a.note != '')) AS annotated,
  c.created, c.last_opened
FROM comparisons c
JOIN articles l ON l.id = c.left_article_id
JOIN articles r ON r.id = c.right_article_id
WHERE :q = ''
  OR instr(twofold_fold(c.title), :q) OR instr(twofold_fold(l.title), :q)
  OR instr(twofold_fold(r.title), :q) OR instr(twofold_fold(l.source), :q)
  OR instr(twofold_fold(r.source), :q)
  OR EXISTS (SELECT 1 FROM annotations a WHERE a.comparison_id = c.id
             AND (instr(twofold_fold(a.note), :q) OR instr(twofold_fold(a.label), :q)))
ORDER BY c.last_opened DESC, c.id DESC
"""


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
