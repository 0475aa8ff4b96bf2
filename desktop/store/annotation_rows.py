"""The annotations table: label, note and reviewed mark on the sentences they were made on,
with who and when, and the fingerprints of those sentences."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace

from desktop.engine.clock import now_utc as now
from desktop.store.anchors import place
from desktop.store.records import Annotation
from desktop.store.rows import ANNOTATION_COLUMNS, also_text, annotation_from_row, is_blank
from desktop.store.schema import fingerprints
from desktop.vocabulary import LABEL


class AnnotationRows:
    """Store's annotation methods (a mixin: it uses `db`, `_one`, `_write` and `author`); each
    annotation is under the key of the sentences it is on (desktop.store.anchors: how items
    show them)."""

    def annotations(self, comparison_id: int) -> dict[str, Annotation]:
        return {
            row[0]: annotation_from_row(row)
            for row in self.db.execute(
                f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE comparison_id = ?",
                [comparison_id],
            )
        }

    def annotation(self, comparison_id: int, item_key: str) -> Annotation | None:
        row = self._one(
            f"SELECT {ANNOTATION_COLUMNS} FROM annotations WHERE comparison_id = ? AND item_key = ?",
            [comparison_id, item_key],
        )
        return annotation_from_row(row) if row else None

    def annotation_fingerprints(self, comparison_id: int) -> dict[str, tuple[str, ...]]:
        """Annotation key -> the fingerprints of its sentences when it was written (left, then
        right, in id order)."""
        return {
            key: tuple(prints.split())
            for key, prints in self.db.execute(
                "SELECT item_key, fingerprints FROM annotations WHERE comparison_id = ?",
                [comparison_id],
            )
        }

    def _change(self, comparison_id: int, item_key: str, **changes: object) -> Annotation | None:
        with self._write():
            previous = self.annotation(comparison_id, item_key)
            base = previous or Annotation(item_key)
            changed = replace(base, **changes)
            if changed != base:
                stamp = now()
                changed = replace(
                    changed, created=base.created or stamp, updated=stamp, author=self.author
                )
                self._put(comparison_id, item_key, changed)
        return previous

    def _put(self, comparison_id: int, item_key: str, annotation: Annotation | None) -> None:
        if annotation is None or is_blank(annotation):
            self.db.execute(
                "DELETE FROM annotations WHERE comparison_id = ? AND item_key = ?",
                [comparison_id, item_key],
            )
            return
        a = annotation
        articles = self._one(
            "SELECT left_article_id, right_article_id FROM comparisons WHERE id = ?",
            [comparison_id],
        )
        prints = fingerprints(self.db, item_key, *articles) if articles else ""
        self.db.execute(
            "INSERT INTO annotations (comparison_id, item_key, label, note, reviewed, created,"
            " updated, author, fingerprints, also_labels) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (comparison_id, item_key) DO UPDATE SET label = excluded.label,"
            " note = excluded.note, reviewed = excluded.reviewed, created = excluded.created,"
            " updated = excluded.updated, author = excluded.author,"
            " fingerprints = excluded.fingerprints, also_labels = excluded.also_labels",
            [
                comparison_id,
                item_key,
                a.label,
                a.note,
                int(a.reviewed),
                a.created,
                a.updated,
                a.author,
                prints,
                also_text(a.also),
            ],
        )

    def set_label(self, comparison_id: int, item_key: str, label: str | None) -> Annotation | None:
        """Set or clear (None) an item's label; returns the state before, for undo."""
        if label is not None and label not in LABEL:
            raise ValueError(f"unknown label {label!r}; expected one of {', '.join(LABEL)}")
        return self._change(comparison_id, item_key, label=label, also=())

    def set_note(self, comparison_id: int, item_key: str, note: str) -> Annotation | None:
        """Set an item's note ("" clears it); returns the state before, for undo."""
        return self._change(comparison_id, item_key, note=note)

    def set_reviewed(self, comparison_id: int, item_key: str, reviewed: bool) -> Annotation | None:
        """Mark an item reviewed or not; returns the state before, for undo."""
        return self._change(comparison_id, item_key, reviewed=bool(reviewed))

    def restore_annotation(
        self, comparison_id: int, item_key: str, previous: Annotation | None
    ) -> None:
        """Put an item's annotation back exactly as a set_* call returned it (None: no row)."""
        if previous is not None and previous.item_key != item_key:
            raise ValueError(f"annotation for {previous.item_key!r} cannot restore {item_key!r}")
        with self._write():
            self._put(comparison_id, item_key, previous)

    def put_annotations(
        self, comparison_id: int, writes: Mapping[str, Annotation | None]
    ) -> dict[str, Annotation | None]:
        """Write these annotations exactly as given (None or blank: none under that key) in
        one transaction; returns what each key held before, for undo."""
        for key, annotation in writes.items():
            if annotation is not None and annotation.item_key != key:
                raise ValueError(f"annotation for {annotation.item_key!r} put under {key!r}")
        with self._write():
            before = {key: self.annotation(comparison_id, key) for key in writes}
            for key, annotation in writes.items():
                self._put(comparison_id, key, annotation)
        return before

    def progress(self, comparison_id: int, item_keys: Iterable[str]) -> tuple[int, int]:
        """(reviewed, total) over these items (see desktop.store.anchors.Placement.progress)."""
        reviewed = {
            key: annotation
            for key, annotation in self.annotations(comparison_id).items()
            if annotation.reviewed
        }
        return place(reviewed, list(dict.fromkeys(item_keys))).progress
