"""What an operation changed, so each view refreshes only what it has to (like Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Changes:
    """Flags an operation returns; the window hands them to its views."""

    articles: bool = False
    alignment: bool = False
    selection: bool = False
    annotations: bool = False

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.articles or other.articles,
            self.alignment or other.alignment,
            self.selection or other.selection,
            self.annotations or other.annotations,
        )

    def __bool__(self) -> bool:
        return self.articles or self.alignment or self.selection or self.annotations
