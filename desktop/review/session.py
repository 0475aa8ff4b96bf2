"""The link to the review database: opening it for a window, one comparison and its writes."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext, suppress
from dataclasses import replace
from pathlib import Path

from desktop.engine.align import DEFAULT_THRESHOLD
from desktop.engine.clock import now_utc
from desktop.engine.items import Item
from desktop.engine.models import Article, Comparison, Link
from desktop.review import versions
from desktop.store.anchors import take_over
from desktop.store.errors import StoreError
from desktop.store.link_rows import MANUAL_SCORE
from desktop.store.records import Annotation, ComparisonRecord
from desktop.store.rows import is_blank
from desktop.store.store import Store, open_for_window

# Article.provenance field -> store column.
PROVENANCE_COLUMNS = {
    "final_url": "final_url",
    "author": "author",
    "date": "published",
    "site": "site",
    "fetched": "fetched",
    "raw": "raw",
}

Override = tuple[tuple[int, ...], tuple[int, ...], str | None]


def open_database(path: str | Path | None) -> tuple[Store | None, str]:
    """The store for a new window and what to tell the user about it ("" when all is well).

    Locked by another Twofold, or a read-only file or folder: read-only, the review shown.
    Damaged: moved aside (the full path said), a new one used. Newer, foreign or no database
    at all: no store (the window still compares, without saving)."""
    try:
        store = open_for_window(path)
    except StoreError as error:
        return None, f"{error} Reviews in this window are not saved."
    if store.read_only:
        why = store.why_read_only
        return store, (
            f"This window is read-only because {why} ({store.path.name}): the review is shown; "
            "labels, notes and links are not saved here."
        )
    if store.recovered_from is not None:
        return store, (
            f"{store.path.name} was damaged; it was moved aside to {store.recovered_from} "
            "(its bytes kept) and a new, empty review database is used."
        )
    if store.stale_log is not None:
        moved, why = store.stale_log
        name = store.path.name
        return store, (
            f"The write-ahead log beside {name} did not belong to it ({why}: a backup put "
            f"back?). It was moved aside to {moved} (its bytes kept) and {name} is opened as "
            "it is."
        )
    return store, ""


def provenance_fields(article: Article) -> dict[str, object]:
    """The store's provenance columns filled from what the loader recorded."""
    p = article.provenance
    if p is None:
        return {}
    fields = {column: getattr(p, name) for name, column in PROVENANCE_COLUMNS.items()}
    raw = fields.get("raw")
    if isinstance(raw, bytes):
        # A page or text file is kept as text, readable in any SQLite tool; a PDF or Word
        # file stays bytes (stored as a BLOB).
        with suppress(UnicodeDecodeError):
            fields["raw"] = raw.decode("utf-8")
    return {column: value for column, value in fields.items() if value}


class Session:
    """One comparison in one store; every method that writes is one committed transaction."""

    def __init__(self, store: Store, record: ComparisonRecord):
        self.store = store
        self.record = record
        self.id = record.id
        # What this window saved, kept here as well, so that it can be saved to a new file
        # if the database goes (see rescue.py). Annotations by the key of the sentences they
        # are on; `version` counts their changes. Hand-made decisions in the order made.
        self.marks: dict[str, Annotation] = store.annotations(record.id)
        self.version = 0
        self.carried = ""  # what happened when the review was carried over to new versions
        self.earlier = False  # an earlier version, shown read-only
        self.decisions: dict[tuple[tuple[int, ...], tuple[int, ...]], str] = {
            (left, right): kind for left, right, kind in store.decisions(record.id)
        }

    @classmethod
    def attach(cls, store: Store, left: Article, right: Article, carry: bool = True) -> Session:
        """Add both articles (same text: the stored one) and open or resume their comparison.

        Articles read from the same sources as a saved comparison, with other text, start a
        later version of it, with its review carried over unless `carry` is False
        (`carried` says what happened). See `offer` for asking first."""
        # Read-only: only a comparison already saved can be shown (ReadOnlyStore otherwise).
        carried = ""
        with nullcontext() if store.read_only else transaction(store):
            ids, earlier = _find(store, left, right)
            if earlier is None:
                record = store.open_comparison(ids[0], ids[1], DEFAULT_THRESHOLD)
            else:
                prior = store.comparison(earlier)
                record = store.open_comparison(
                    ids[0], ids[1], prior.threshold, prior.title, previous_id=prior.id
                )
                if carry:
                    carried = versions.carry(store, prior, record, (left, right))
        session = cls(store, record)
        session.carried = carried
        return session

    @classmethod
    def offer(cls, store: Store, left: Article, right: Article) -> versions.Offer | None:
        """What to ask before `attach`, when these articles are a later version of a saved
        review that has something to carry over (None: nothing to ask)."""
        if store.read_only:
            return None
        with transaction(store):
            _, earlier = _find(store, left, right)
        if earlier is None:
            return None
        offer = versions.offer(store, earlier, (left, right))
        return offer if offer.review else None

    @classmethod
    def earlier_version(cls, store: Store, comparison_id: int) -> Session:
        """A saved comparison shown read-only, as an earlier version (nothing written)."""
        session = cls(store, store.comparison(comparison_id))
        session.earlier = True
        return session

    @property
    def read_only(self) -> bool:
        return self.store.read_only or self.earlier

    def overrides(self) -> dict[str, object]:
        """Keyword arguments for PreparedComparison.at: hand-made links and unlinks."""
        return {
            "manual": tuple(
                Link(left, right, MANUAL_SCORE)
                for (left, right), kind in self.decisions.items()
                if kind == "link"
            ),
            "unlinked": frozenset(
                pair for pair, kind in self.decisions.items() if kind == "unlink"
            ),
        }

    def save_alignment(self, comparison: Comparison, items: Sequence[Item]) -> None:
        with transaction(self.store):
            if comparison.threshold != self.record.threshold:
                self.store.set_threshold(self.id, comparison.threshold)
            self.store.save_alignment(self.id, comparison.pairs, [i.key for i in items])
        self.record = replace(self.record, threshold=float(comparison.threshold))

    def set_position(self, key: str) -> None:
        if key != self.record.position:
            self.store.set_position(self.id, key)
            self.record = replace(self.record, position=key)

    def change(
        self, key: str, position: str | None = None, **changes: object
    ) -> tuple[dict[str, Annotation | None], dict[str, Annotation | None]]:
        """Set label / note / reviewed on item `key` (and, in the same commit, the position the
        review moves on to): the item takes over the annotations it shows (see
        desktop.store.anchors.take_over). Returns what each annotation written was before and
        is after, for undo; both empty when nothing changed."""
        return self.change_many([key], position, **changes)

    def change_many(
        self, keys: Sequence[str], position: str | None = None, **changes: object
    ) -> tuple[dict[str, Annotation | None], dict[str, Annotation | None]]:
        """The same change on several items in one commit (one user action, one undo step);
        returns what each annotation written was before and is after."""
        marks, writes = dict(self.marks), {}
        stamp = now_utc()
        for key in keys:  # each item takes over what the ones before it left
            step = take_over(marks, key, stamp, self.store.author, **changes)
            for k, annotation in step.items():
                if annotation is None:
                    marks.pop(k, None)
                else:
                    marks[k] = annotation
            writes.update(step)
        with transaction(self.store):
            if position is not None and position != self.record.position:
                self.store.set_position(self.id, position)
            before = self.store.put_annotations(self.id, writes) if writes else {}
        if position is not None:
            self.record = replace(self.record, position=position)
        after = {k: None if a is None or is_blank(a) else a for k, a in writes.items()}
        self._cache(after)
        return before, after

    def restore(self, annotations: Mapping[str, Annotation | None]) -> None:
        """Put these annotations back exactly (None: none under that key), in one commit."""
        self.store.put_annotations(self.id, annotations)
        self._cache(annotations)

    def _cache(self, annotations: Mapping[str, Annotation | None]) -> None:
        for key, annotation in annotations.items():
            if annotation is None:
                self.marks.pop(key, None)
            else:
                self.marks[key] = annotation
        self.version += 1

    def set_overrides(self, changes: Sequence[Override]) -> list[Override]:
        """Apply (left, right, kind) decisions together; returns what each was before."""
        before = []
        with transaction(self.store):
            for left, right, kind in changes:
                before.append((left, right, self.store.set_override(self.id, left, right, kind)))
        for left, right, kind in changes:
            pair = (tuple(sorted(set(left))), tuple(sorted(set(right))))
            if self.decisions.get(pair) != kind:  # the store re-adds a changed one as newest
                self.decisions.pop(pair, None)
                if kind is not None:
                    self.decisions[pair] = kind
        return before


def _find(store: Store, left: Article, right: Article) -> tuple[list[int], int | None]:
    """Both articles' ids (added if new) and, if they have no comparison yet, the saved
    comparison of an earlier version of them (same sources, other text)."""
    ids = [store.add_article(a, **provenance_fields(a)) for a in (left, right)]
    if store.read_only or store.find_comparison(*ids) is not None:
        return ids, None
    return ids, store.earlier_version(*ids)


def transaction(store: Store) -> AbstractContextManager:
    """Several store calls as one commit (the store's own nest as savepoints)."""
    return store.transaction()
