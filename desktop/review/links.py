"""Linking by hand and unlinking: the link draft's moves, and the overrides they commit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktop.engine.items import Item, item_key
from desktop.review.annotate import writable_target
from desktop.review.changes import Changes
from desktop.review.draft import LinkDraft
from desktop.review.history import Step
from desktop.review.session import Override
from desktop.store.errors import StoreError
from desktop.wording import phrase, reason

if TYPE_CHECKING:
    from desktop.review.workspace import Workspace

NOT_LINKING = Changes(notice=phrase("Not linking now: press L on a left sentence first"))


def start_link(ws: Workspace) -> Changes:
    """Start linking the current item's left sentences to right ones picked next."""
    item, changes = writable_target(ws)
    if item is None:
        return changes
    if not item.left:
        return changes | Changes(
            notice=phrase("Select a left sentence to link (this item is only in the right article)")
        )
    count = len(ws.articles["right"].sentences)
    ws.link = LinkDraft.start(item.left, _candidate(ws, item), count)
    return changes | Changes(link=True)


def _candidate(ws: Workspace, item: Item) -> int:
    if item.right:
        return item.right[0]
    # A left-only sentence: start just after the right side of the item before it.
    for earlier in reversed(ws.items[: ws.current]):
        if earlier.right:
            return max(earlier.right) + 1
    return 0


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
    return Changes(link=True, selection=True) | link(ws, draft.left, draft.picked)


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
