"""The window title: the two articles' names and whether the window saves; Qt adds the
application's name, so it is not written here."""

from __future__ import annotations

from desktop.review.workspace import SIDES, Workspace


def window_title(ws: Workspace) -> str:
    """ "left.txt ↔ right.txt", one name while the other article is still coming, and
    " — read-only" when labels and notes are not saved."""
    names = [ws.articles[side].name for side in SIDES if ws.articles[side] is not None]
    title = " ↔ ".join(names)
    if ws.session is not None and ws.session.read_only:
        title += " — read-only"
    return title
