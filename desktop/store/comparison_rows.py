"""The comparisons table: which two articles, the title, threshold and where the review stopped."""

from __future__ import annotations

from pathlib import PurePath

from desktop.engine.clock import now_utc as now
from desktop.store.errors import NotFound, ReadOnlyStore
from desktop.store.records import ComparisonRecord, ComparisonSummary

COMPARISON_COLUMNS = (
    "id, left_article_id, right_article_id, title, threshold, position, created, last_opened,"
    " previous_id"
)
GONE = "This comparison is no longer in the review database."


class ComparisonRows:
    """Store's comparison methods (a mixin: it uses the Store's `db`, `_one` and `_write`)."""

    def open_comparison(
        self,
        left_article_id: int,
        right_article_id: int,
        threshold: float,
        title: str = "",
        previous_id: int | None = None,
    ) -> ComparisonRecord:
        """The comparison of these two articles (in this order), resumed if it exists (its own
        threshold and position kept, last_opened updated), otherwise created (as a later
        version of `previous_id`, if given)."""
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
                    " created, last_opened, previous_id) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    [*pair, title, float(threshold), stamp, stamp, previous_id],
                ).lastrowid
        return self.comparison(comparison_id)

    def find_comparison(self, left_article_id: int, right_article_id: int) -> int | None:
        """The id of the comparison of exactly these two articles, if there is one."""
        found = self._one(
            "SELECT id FROM comparisons WHERE left_article_id = ? AND right_article_id = ?",
            [left_article_id, right_article_id],
        )
        return found[0] if found else None

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

    def earlier_version(self, left_article_id: int, right_article_id: int) -> int | None:
        """The latest comparison of articles read from the same two sources (paths or
        addresses) with other text: the review of an earlier version of these articles."""
        found = self._one(_EARLIER_SQL, {"left": left_article_id, "right": right_article_id})
        return found[0] if found else None

    def versions(self, comparison_id: int) -> list[ComparisonRecord]:
        """This comparison and the earlier versions behind it, newest first."""
        found = [self.comparison(comparison_id)]
        seen = {comparison_id}
        while found[-1].previous_id is not None and found[-1].previous_id not in seen:
            row = self._one(
                f"SELECT {COMPARISON_COLUMNS} FROM comparisons WHERE id = ?",
                [found[-1].previous_id],
            )
            if row is None:  # deleted
                break
            found.append(ComparisonRecord(*row))
            seen.add(found[-1].id)
        return found

    def list_comparisons(self, search: str = "") -> list[ComparisonSummary]:
        """Saved comparisons, most recently opened first; `search` matches (ignoring case)
        titles, article sources, the articles' text, notes and labels."""
        rows = self.db.execute(_LIST_SQL, {"q": fold_case(search.strip())}).fetchall()
        summaries = []
        for cid, title, l_title, l_source, r_title, r_source, annotated, *times in rows:
            keys = self.review_item_keys(cid)
            if keys:
                reviewed, total = self.progress(cid, keys)
            else:  # never aligned: only the marks can be counted
                reviewed = sum(a.reviewed for a in self.annotations(cid).values())
                total = 0
            versions = len(self.versions(cid))
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
                    versions,
                )
            )
        return summaries


def fold_case(text: str | None) -> str:
    """Case-insensitive matching for any script (SQLite's LIKE folds ASCII only)."""
    return (text or "").casefold()


_EARLIER_SQL = """
SELECT c.id FROM comparisons c
JOIN articles l ON l.id = c.left_article_id
JOIN articles r ON r.id = c.right_article_id
WHERE l.source != '' AND r.source != ''
  AND l.source = (SELECT source FROM articles WHERE id = :left)
  AND r.source = (SELECT source FROM articles WHERE id = :right)
  AND NOT (c.left_article_id = :left AND c.right_article_id = :right)
ORDER BY c.last_opened DESC, c.id DESC LIMIT 1
"""

_LIST_SQL = """
SELECT c.id, c.title, l.title, l.source, r.title, r.source,
  (SELECT count(*) FROM annotations a WHERE a.comparison_id = c.id
     AND (a.label IS NOT NULL OR a.note != '')) AS annotated,
  c.created, c.last_opened
FROM comparisons c
JOIN articles l ON l.id = c.left_article_id
JOIN articles r ON r.id = c.right_article_id
WHERE c.id NOT IN (SELECT previous_id FROM comparisons WHERE previous_id IS NOT NULL)
 AND (:q = ''
  OR instr(twofold_fold(c.title), :q) OR instr(twofold_fold(l.title), :q)
  OR instr(twofold_fold(r.title), :q) OR instr(twofold_fold(l.source), :q)
  OR instr(twofold_fold(r.source), :q)
  OR instr(twofold_fold(l.text), :q) OR instr(twofold_fold(r.text), :q)
  OR EXISTS (SELECT 1 FROM annotations a WHERE a.comparison_id = c.id
             AND (instr(twofold_fold(a.note), :q) OR instr(twofold_fold(a.label), :q)
                  OR instr(twofold_fold(a.also_labels), :q))))
ORDER BY c.last_opened DESC, c.id DESC
"""
