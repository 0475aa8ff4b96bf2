"""What Ctrl+F found: every match of a query in both articles, in reading order, and the
current one (the state; review/find.py has the operations)."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.engine.models import Article

ItemAt = Callable[[str, int], "int | None"]  # (side, sentence id) -> its item's index

SIDES = ("left", "right")


@dataclass(frozen=True, slots=True)
class Match:
    side: str
    start: int
    end: int
    sentence: int  # the sentence it lies in (the one before, in a gap between sentences)


@dataclass(frozen=True, slots=True)
class Found:
    """What is searched for, its matches in reading order, and the current one (-1: none)."""

    query: str = ""
    matches: tuple[Match, ...] = ()
    index: int = -1

    @property
    def current(self) -> Match | None:
        return self.matches[self.index] if 0 <= self.index < len(self.matches) else None

    def count(self, side: str) -> int:
        return sum(1 for m in self.matches if m.side == side)

    def describe(self) -> str:
        """ "3 of 12 (left 7 · right 5)", "no matches", or "" when nothing is searched for."""
        if not self.query.strip():
            return ""
        if not self.matches:
            return "no matches"
        where = f"left {self.count('left')} · right {self.count('right')}"
        return f"{self.index + 1} of {len(self.matches)} ({where})"


def pattern(query: str) -> re.Pattern[str] | None:
    """Case-insensitive; any run of spaces in the query matches any run of white space (a
    phrase can wrap onto the next line of an article)."""
    words = query.split()
    if not words:
        return None
    return re.compile(r"\s+".join(re.escape(w) for w in words), re.IGNORECASE)


def find_all(articles: dict[str, Article | None], item_at: ItemAt, query: str) -> tuple[Match, ...]:
    """Every match in both articles, in reading order: by item, left before right."""
    regex = pattern(query)
    if regex is None:
        return ()
    keyed = []
    for order, side in enumerate(SIDES):
        article = articles[side]
        if article is None or not article.sentences:
            continue
        starts = [s.start for s in article.sentences]
        item = -1  # boilerplate belongs to no item: it reads with the item before it
        for found in regex.finditer(article.text):
            sid = article.sentences[max(bisect_right(starts, found.start()) - 1, 0)].id
            index = item_at(side, sid)
            item = index if index is not None else item
            keyed.append(
                ((item, order, found.start()), Match(side, found.start(), found.end(), sid))
            )
    keyed.sort(key=lambda pair: pair[0])
    return tuple(match for _key, match in keyed)


def refound(found: Found, articles: dict[str, Article | None], item_at: ItemAt) -> Found:
    """The same search in the articles and items as they are now, the current match kept
    where it still is (nothing is selected: the articles or the alignment changed)."""
    if not found.matches:
        return found
    matches = find_all(articles, item_at, found.query)
    current = found.current
    spot = (current.side, current.start) if current else None
    index = next((n for n, m in enumerate(matches) if (m.side, m.start) == spot), -1)
    return Found(found.query, matches, index if index >= 0 or not matches else 0)
