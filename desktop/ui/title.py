"""The window title: the two articles' names and whether the window saves; Qt adds the
application's name, so it is not written here."""

from __future__ import annotations

from desktop.review.workspace import SIDES, Workspace


def window_title(ws: Workspace) -> str:
    """ "left.txt ↔ right.txt", one name while the other article is still coming, an earlier
    version first (where a narrow title bar does not cut it off), and " — read-only" when the
    database cannot be written."""
    names = [ws.articles[side].name for side in SIDES if ws.articles[side] is not None]
    title = " ↔ ".join(names)
    if ws.earlier_text and title:
        title = f"{ws.earlier_text}: {title}"
    if ws.session is not None and ws.session.read_only:
        title += " — read-only"
    return title
