"""Linking by hand and unlinking: the link draft's moves, and the overrides they commit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from desktop.engine.items import Item, closest_to, item_key
from desktop.engine.models import Near
from desktop.review.annotate import writable_target
from desktop.review.changes import Changes
from desktop.review.draft import LinkDraft
from desktop.review.history import Step
from desktop.review.session import Override
from desktop.store.errors import StoreError
from desktop.wording import phrase, reason

if TYPE_CHECKING:
    from desktop.review.workspace import Workspace

NOT_LINKING = Changes(notice=phrase("Not linking now: press L on a sentence first"))


def start_link(ws: Workspace, side: str = "left") -> Changes:
    """Start linking the current item's sentences of `side` (the pane the reader is in) to
    sentences of the other article, picked next; the first pick is the likeliest one."""
    item, changes = writable_target(ws)
    if item is None:
        return changes
    fixed = item.left if side == "left" else item.right
    if not fixed:  # a sentence only the other article has: link from there
        side = "right" if side == "left" else "left"
        fixed = item.left if side == "left" else item.right
    other = "right" if side == "left" else "left"
    count = len(ws.articles[other].sentences)
    ws.link = LinkDraft.start(fixed, _candidate(ws, item, side), count, side=side)
    return changes | Changes(link=True)


def _candidate(ws: Workspace, item: Item, side: str) -> int:
    """The other side's sentence most like the fixed ones; without any likeness, the one
    just after the other side of the item before (the place it would be told)."""
    fixed = item.left if side == "left" else item.right
    if ws.prepared is not None:
        likeliest = ws.prepared.aligner.nearest(side, fixed, count=1, floor=0)
        if likeliest and likeliest[0].score > 0:
            return likeliest[0].sid
    partner = item.right if side == "left" else item.left
    if partner:
        return partner[0]
    for earlier in reversed(ws.items[: ws.current]):
        ids = earlier.right if side == "left" else earlier.left
        if ids:
            return max(ids) + 1
    return 0


def nearest(ws: Workspace, item: Item) -> tuple[Near, ...]:
    """For a sentence only one article has: the other article's closest sentences, too weak to
    be linked, that the journalist may want to check (and link by hand) before calling it so."""
    return closest_to(ws.comparison, item) if ws.comparison is not None else ()


def _scores(ws: Workspace):
    """The aligner's score of every left/right sentence pair (None before alignment)."""
    return ws.prepared.aligner.scores if ws.prepared is not None else None


def similarity(ws: Workspace, left: tuple[int, ...], right: tuple[int, ...]) -> float | None:
    """What the aligner scored these sentences (its best pair among them): for a hand-made
    link, whose own score says only that the journalist linked it."""
    scores = _scores(ws)
    if scores is None or not left or not right:
        return None
    return float(scores[np.ix_(list(left), list(right))].max())


def move_link(ws: Workspace, how: str) -> Changes:
    """Change the draft: "next", "previous", "more" or "fewer" right sentences."""
    if ws.link is None:
        return NOT_LINKING
    ws.link = getattr(ws.link, how)()
    return Changes(link=True)


def pick(ws: Workspace, side: str, sid: int) -> Changes:
    """A sentence clicked while linking becomes the left one or the right partner."""
    if ws.link is None:
        return NOT_LINKING
    ws.link = ws.link.pick(side, sid)
    return Changes(link=True)


def cancel_link(ws: Workspace) -> Changes:
    if ws.link is None:
        return NOT_LINKING
    ws.link = None
    return Changes(link=True, selection=True, notice=phrase("Linking cancelled"))


def confirm_link(ws: Workspace) -> Changes:
    """Link the draft's sentences and end linking."""
    draft = ws.link
    if draft is None:
        return NOT_LINKING
    ws.link = None
    return Changes(link=True, selection=True) | link(ws, draft.left, draft.right)


def link(ws: Workspace, left: tuple[int, ...], right: tuple[int, ...]) -> Changes:
    """Link these left sentences to these right ones by hand; hand-made links that shared
    a sentence with them are dropped in the same transaction."""
    reason = ws.refusal()
    if reason:
        return Changes(refused=reason)
    changes: list[Override] = [
        (m.left, m.right, None)
        for m in ws.session.overrides()["manual"]
        if set(m.left) & set(left) or set(m.right) & set(right)
    ]
    changes.append((tuple(left), tuple(right), "link"))
    return _override(
        ws, phrase("Linked by hand"), item_key("pair", tuple(left), tuple(right)), changes
    )


def unlink(ws: Workspace) -> Changes:
    """Unlink the current pair; the aligner will not link those sentences again."""
    item, changes = writable_target(ws)
    if item is None:
        return changes
    if item.pair is None:
        return changes | Changes(notice=phrase("This sentence is not linked to anything"))
    return changes | _override(
        ws, phrase("Unlinked"), item.key, [(item.left, item.right, "unlink")]
    )


def _override(ws: Workspace, what: str, key: str, changes: Sequence[Override]) -> Changes:
    session = ws.session
    try:
        before = session.set_overrides(changes)
    except StoreError as error:
        return Changes(
            problem=phrase("{what} was not saved: {error}", what=what, error=reason(error))
        )
    ws.history.push(
        Step(
            what,
            key,
            forward=lambda: session.set_overrides(changes),
            backward=lambda: session.set_overrides(list(reversed(before))),
            realigns=True,
        )
    )
    result = ws.realign()
    index = ws.index_of(key)
    if index is not None:
        result = result | ws.select(index)
    return result | Changes(done=what)
