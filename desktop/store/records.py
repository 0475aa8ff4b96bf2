"""Plain records the store hands to exports and the window."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Annotation:
    """What a journalist decided about one item (see desktop.engine.items.Item.key)."""

    item_key: str
    label: str | None = None
    note: str = ""
    reviewed: bool = False
    created: str = ""
    updated: str = ""
    author: str = ""


@dataclass(frozen=True, slots=True)
class ComparisonRecord:
    """A saved comparison of two stored articles and where the review stopped."""

    id: int
    left_article_id: int
    right_article_id: int
    title: str
    threshold: float
    position: str
    created: str
    last_opened: str
    previous_id: int | None = None  # the earlier version, when an article changed since


@dataclass(frozen=True, slots=True)
class ComparisonSummary:
    """One line of the "recent comparisons" list: names, sources and review progress."""

    id: int
    title: str
    left_title: str
    left_source: str
    right_title: str
    right_source: str
    reviewed: int
    total: int
    annotated: int
    created: str
    last_opened: str
    versions: int = 1  # this one and the earlier versions behind it
