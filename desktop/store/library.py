"""The store's library: saved comparisons listed and searched, and their versions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.store.records import ComparisonSummary

if TYPE_CHECKING:
    from sqlite_utils import Database


def fold(text: str | None) -> str:
    """Case-insensitive matching for any script (SQLite's LIKE folds ASCII only)."""
    return (text or "").casefold()


class LibraryStore:
    """Finding the Store's comparisons: by text, and the earlier versions of one."""

    db: Database

    def earlier_version(self, left_article_id: int, right_article_id: int) -> int | None:
        """The latest comparison of articles read from the same two sources (paths or
        addresses) with other text: the review of an earlier version of these articles."""
        found = self._one(_EARLIER_SQL, {"left": left_article_id, "right": right_article_id})
        return found[0] if found else None

    def list_comparisons(self, search: str = "") -> list[ComparisonSummary]:
        """Saved comparisons, most recently opened first; `search` matches (ignoring case)
        titles, article sources, notes and labels."""
        rows = self.db.execute(_LIST_SQL, {"q": fold(search.strip())}).fetchall()
        summaries = []
        for cid, title, l_title, l_source, r_title, r_source, annotated, *times in rows:
            keys = self.review_item_keys(cid)
            if keys:
                reviewed, total = self.progress(cid, keys)
            else:  # never aligned: only the marks can be counted
                reviewed = sum(a.reviewed for a in self.annotations(cid).values())
                total = 0
            versions, earlier = 1, self.comparison(cid).previous_id
            while earlier is not None and versions < 1000:
                versions += 1
                row = self._one("SELECT previous_id FROM comparisons WHERE id = ?", [earlier])
                earlier = row[0] if row else None
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
  OR EXISTS (SELECT 1 FROM annotations a WHERE a.comparison_id = c.id
             AND (instr(twofold_fold(a.note), :q) OR instr(twofold_fold(a.label), :q))))
ORDER BY c.last_opened DESC, c.id DESC
"""
