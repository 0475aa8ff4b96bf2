"""Alignments and hand-made overrides: the links saved, the links and unlinks made by hand."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Protocol

from desktop.engine.clock import now_utc as now
from desktop.engine.models import Link
from desktop.store.comparison_rows import GONE
from desktop.store.errors import NotFound
from desktop.store.rows import ids_text, ids_tuple

# Manual links carry no aligner score; a person said they match.
MANUAL_SCORE = 100.0


class Linked(Protocol):
    """A Link or a Pair: sentence ids on each side and a score."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float


class LinkRows:
    """Store's alignment and override methods (a mixin: it uses `db`, `_one` and `_write`)."""

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

    def decisions(self, comparison_id: int) -> list[tuple[tuple[int, ...], tuple[int, ...], str]]:
        """Every hand-made (left ids, right ids, "link" or "unlink"), oldest first."""
        return [
            (ids_tuple(left), ids_tuple(right), kind)
            for left, right, kind in self.db.execute(
                "SELECT left_ids, right_ids, kind FROM manual_overrides WHERE comparison_id = ?"
                " ORDER BY id",
                [comparison_id],
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


def _sides(left: Iterable[int], right: Iterable[int]) -> tuple[str, str]:
    left_ids, right_ids = ids_text(left), ids_text(right)
    if not left_ids or not right_ids:
        raise ValueError("a link needs at least one sentence on each side")
    return left_ids, right_ids
