"""Find in both articles (Ctrl+F): search, step to the next or previous match, stop."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.review.changes import NOTHING, Changes
from desktop.review.found import Found, find_all

if TYPE_CHECKING:
    from desktop.review.workspace import Workspace


def search(ws: Workspace, query: str) -> Changes:
    """Find `query` in both articles; the current match is the first from the current item on."""
    matches = find_all(ws.articles, ws.item_at, query)
    index = -1
    if matches:
        index = next(
            (
                n
                for n, m in enumerate(matches)
                if (ws.item_at(m.side, m.sentence) or -1) >= ws.current
            ),
            0,
        )
    ws.found = Found(query, matches, index)
    return Changes(find=True) | _show(ws)


def step(ws: Workspace, by: int) -> Changes:
    """To the next (by=1) or previous (by=-1) match, wrapping around at either end."""
    found = ws.found
    if not found.query.strip():
        return Changes(notice="Nothing to find: press Ctrl+F and type a word")
    if not found.matches:  # closed since, or the articles changed: searched again
        found = Found(found.query, find_all(ws.articles, ws.item_at, found.query))
    if not found.matches:
        ws.found = found
        return Changes(find=True, notice=f"“{found.query}” is in neither article")
    index = (found.index + by) % len(found.matches) if found.index >= 0 else 0
    ws.found = Found(found.query, found.matches, index)
    return Changes(find=True) | _show(ws)


def close(ws: Workspace) -> Changes:
    """Stop finding: the matches are no longer marked (the query is kept for F3)."""
    ws.found = Found(ws.found.query)
    return Changes(find=True)


def _show(ws: Workspace) -> Changes:
    """Make the item holding the current match current, so both panes show it level."""
    match = ws.found.current
    if match is None:
        return NOTHING
    return ws.select_sentence(match.side, match.sentence)
