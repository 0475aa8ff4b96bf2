"""Differences only (F): fold away what both articles report alike, and back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.review.changes import Changes
from desktop.review.filtering import describe

if TYPE_CHECKING:
    from desktop.review.workspace import Workspace


def toggle(ws: Workspace) -> Changes:
    """Differences only on or off; the current item moves to the next difference if it was
    folded away."""
    ws.differences_only = not ws.differences_only
    changes = Changes(alignment=True, selection=True)
    if not ws.differences_only:
        changes = changes | Changes(notice="Showing everything again")
        return changes | ws.select(ws.current) if ws.current >= 0 else changes
    if ws.comparison is None:
        return changes | Changes(notice="Differences only, once the articles are aligned")
    changes = changes | Changes(notice=describe(ws.items, ws.comparison))
    shown = ws.shown_items()
    if shown and ws.current >= 0 and ws.current not in shown:
        later = [i for i in shown if i > ws.current]
        changes = changes | ws.select(later[0] if later else shown[-1])
    return changes
