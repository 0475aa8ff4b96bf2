"""Articles that changed since their saved review: the journalist's answer to the offer, and
any saved version opened again (an earlier one read-only)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.review import saved
from desktop.review.changes import Changes
from desktop.review.session import Session
from desktop.review.versions import CARRY, EARLIER, FRESH
from desktop.store.errors import StoreError

if TYPE_CHECKING:
    from desktop.review.workspace import Workspace

CHOICES = (CARRY, FRESH, EARLIER)


def answer(ws: Workspace, choice: str) -> Changes:
    """Carry the review over to the new version, start it fresh, or show the earlier version
    (read-only) instead of the articles opened."""
    offer = ws.offer
    if offer is None:
        return Changes(refused="There is no question about changed articles to answer.")
    if choice not in CHOICES:
        raise ValueError(f"unknown answer {choice!r}; expected one of {', '.join(CHOICES)}")
    if choice == EARLIER:
        return open_version(ws, offer.earlier.id, earlier=True)
    ws.offer = None
    try:
        ws.session = Session.attach(
            ws.store, ws.articles["left"], ws.articles["right"], carry=choice == CARRY
        )
    except StoreError as error:
        ws.problem = f"{error} Nothing is saved in this window."
        return Changes(annotations=True, problem=ws.problem)
    if choice == FRESH:
        ws.session.carried = (
            f"{offer.changes} A new, empty review of the new version is started; the earlier "
            "version keeps its review in the library."
        )
    else:
        ws.session.carried = f"{offer.changes} {ws.session.carried}"
    return ws.resumed() | Changes(selection=True) | ws.realign()


def open_version(ws: Workspace, comparison_id: int, earlier: bool) -> Changes:
    """A saved version from its stored articles: the newest to go on reviewing, an `earlier`
    one read-only ("earlier version, from <date>" in the window's title)."""
    try:
        record = ws.store.comparison(comparison_id)
        left, right = saved.saved_articles(ws.store, record)
    except StoreError as error:
        return Changes(problem=str(error))
    ws.view_as_earlier = comparison_id if earlier else None
    changes = ws.set_articles(left=left, right=right)
    if earlier:
        changes = changes | Changes(notice=f"The {ws.earlier_text}, read-only.")
    return changes
