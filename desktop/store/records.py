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
    # More labels, when one item holds sentences labelled differently (a merged pair): shown
    # with the first, none of them hidden or written into the note.
    also: tuple[str, ...] = ()

    @property
    def labels(self) -> tuple[str, ...]:
        """Every label of the item, the first one first."""
        return (self.label, *self.also) if self.label else self.also


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
