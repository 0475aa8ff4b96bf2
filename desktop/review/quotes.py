"""Quotations in the review: taking the background check, the current item's quotations, and
the walk from one quotation to the next."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.engine.items import Item
from desktop.engine.models import Article
from desktop.engine.quotes import QuoteCheck
from desktop.review.changes import NOTHING, Changes
from desktop.review.quote_index import QuoteEntry, QuoteList

if TYPE_CHECKING:
    from desktop.review.workspace import Workspace

NOT_CHECKED = Changes(notice="The quotations are still being checked — a moment")
NO_QUOTES = Changes(notice="Neither article has a quotation")


def order(ws: Workspace) -> tuple[int, ...]:
    """The quotations (indices into the entries) in the review's reading order."""
    if ws.quotes is None:
        return ()
    return ws.quotes.order(ws.item_at, ws.items)


def checked_quotes(ws: Workspace) -> tuple[QuoteCheck, ...] | None:
    """The quotations checked for the articles shown, for an export (None: not yet)."""
    return ws.quotes.checks if ws.quotes is not None else None


def checked(
    ws: Workspace, left: Article, right: Article, checks: tuple[QuoteCheck, ...]
) -> Changes:
    """The background quote check is done: keep it if it was of the articles shown."""
    shown_left, shown_right = ws.articles["left"], ws.articles["right"]
    if shown_left is None or shown_right is None:
        return NOTHING
    if (left.text, right.text) != (shown_left.text, shown_right.text):
        return NOTHING  # of articles no longer shown: a newer check is on its way
    ws.quotes = QuoteList(shown_left, shown_right, checks)
    ws.quote = -1
    return Changes(quotes=True)


def item_quotes(ws: Workspace, item: Item | None = None) -> list[QuoteEntry]:
    """The quotations of the item (the current one by default), in the articles' order."""
    if ws.quotes is None:
        return []
    item = ws.current_item if item is None else item
    return [ws.quotes.entries[i] for i in ws.quotes.in_item(item)]


def current_quote(ws: Workspace) -> int:
    """The quotation the review is at (an index into the entries, -1 for none): the one last
    gone to if the current item still holds it, else the current item's first."""
    if ws.quotes is None:
        return -1
    held = ws.quotes.in_item(ws.current_item)
    if ws.quote in held:
        return ws.quote
    return held[0] if held else -1


def select_quote(ws: Workspace, index: int) -> Changes:
    """Go to quotation `index` (of the entries): its item becomes current and comes into
    view."""
    if ws.quotes is None:
        return NOT_CHECKED
    if not 0 <= index < len(ws.quotes):
        return NOTHING
    entry = ws.quotes.entries[index]
    ws.quote = index
    changes = Changes(quotes=True)
    if not entry.sentences:
        return changes
    item = ws.item_at(entry.side, entry.sentences[0])
    if item is None:
        return changes | Changes(notice="Still aligning: the quotation is shown once it is done")
    return changes | ws.select(item)


def move_quote(ws: Workspace, step: int) -> Changes:
    """To the next (previous) quotation in reading order, wrapping around."""
    if ws.quotes is None:
        return NOT_CHECKED
    if not len(ws.quotes):
        return NO_QUOTES
    walk = list(order(ws))
    here = current_quote(ws)
    if here >= 0:
        position = walk.index(here) + (1 if step > 0 else -1)
        return select_quote(ws, walk[position % len(walk)])
    # Not at a quotation: the first one after (before) the current item.
    item_of = {i: _item_of(ws, i) for i in walk}
    if step > 0:
        later = [i for i in walk if item_of[i] > ws.current]
        return select_quote(ws, later[0] if later else walk[0])
    earlier = [i for i in walk if 0 <= item_of[i] < ws.current] if ws.current >= 0 else []
    return select_quote(ws, earlier[-1] if earlier else walk[-1])


def _item_of(ws: Workspace, index: int) -> int:
    entry = ws.quotes.entries[index]
    item = ws.item_at(entry.side, entry.sentences[0]) if entry.sentences else None
    return -1 if item is None else item
