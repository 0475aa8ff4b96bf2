"""Review operations on items: labels, notes, reviewed marks; each one commit, each undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.review.changes import NOTHING, Changes
from desktop.review.history import Step
from desktop.review.session import Session
from desktop.store.errors import StoreError
from desktop.vocabulary import LABEL_OF_DIGIT, label_text, labels_text

if TYPE_CHECKING:
    from desktop.engine.items import Item
    from desktop.review.workspace import Workspace


def writable_target(ws: Workspace) -> tuple[Item | None, Changes]:
    """The item a review action may change, or None and the Changes saying why not."""
    reason = ws.refusal()
    if reason:
        return None, Changes(refused=reason)
    return ws.target()


def annotate(ws: Workspace, what: str, key: str, **fields: object) -> Changes:
    """Write first; only a committed change is pushed for undo and shown as done."""
    return annotate_many(ws, what, [key], **fields)


def annotate_many(ws: Workspace, what: str, keys: list[str], **fields: object) -> Changes:
    """The same change on these items in one commit, pushed as one undo step (undo shows
    the first)."""
    session = ws.session
    try:
        before, after = session.change_many(keys, **fields)
    except StoreError as error:
        return Changes(problem=f"{what} was not saved: {error}")
    if after:
        ws.history.push(
            Step(
                what,
                keys[0],
                forward=lambda: session.restore(after),
                backward=lambda: session.restore(before),
            )
        )
    return Changes(annotations=True, done=what)


def toggle_label(ws: Workspace, digit: str) -> Changes:
    """The label of that digit on the current item; the same digit again clears it."""
    item, changes = writable_target(ws)
    if item is None:
        return changes
    label = LABEL_OF_DIGIT[digit].name
    current = ws.shown(item.key)
    # On an item showing several labels (a merged pair), a digit chooses that one label.
    new = None if current is not None and current.labels == (label,) else label
    what = f"Label: {label_text(new)}" if new else "Label cleared"
    if current is not None and len(current.labels) > 1:
        what += f" (it showed {labels_text(current.labels)})"
    return changes | annotate(ws, what, item.key, label=new)


def set_note(ws: Workspace, text: str) -> Changes:
    """The current item's note ("" clears it)."""
    item, changes = writable_target(ws)
    if item is None:
        return changes
    return changes | annotate(ws, "Note saved" if text else "Note cleared", item.key, note=text)


def save_note(ws: Workspace, session: Session, key: str, text: str) -> Changes:
    """A note written in the editor for the item `key` of `session`; nothing when unchanged."""
    if ws.session is not session:
        return Changes(problem="Another comparison is open now; the note was not saved.")
    before = ws.shown(key)
    if (before.note if before else "") == text:
        return NOTHING
    return annotate(ws, "Note saved" if text else "Note cleared", key, note=text)


def mark_reviewed(ws: Workspace) -> Changes:
    """Mark the current item reviewed and go to the next one."""
    item, changes = writable_target(ws)
    if item is None:
        return changes
    current = ws.shown(item.key)
    last = ws.current >= len(ws.items) - 1
    # The mark and the move to the next item are one commit: one key, one user action.
    following = None if last else ws.items[ws.current + 1].key
    if current is None or not current.reviewed:
        marked = annotate(ws, "Marked reviewed", item.key, reviewed=True, position=following)
        changes = changes | marked
        if marked.problem:
            return changes
    if last:
        return changes | Changes(notice="Last item reviewed")
    return changes | ws.move(1)


def next_unreviewed(ws: Workspace) -> Changes:
    if not ws.items:
        return NOTHING
    count = len(ws.items)
    start = ws.current if ws.current >= 0 else -1
    for step in range(1, count + 1):
        index = (start + step) % count
        annotation = ws.annotations.get(ws.items[index].key)
        if annotation is None or not annotation.reviewed:
            if index > start:
                return ws.select(index)
            if index == start:
                return ws.select(index) | Changes(notice="This is the only item not yet reviewed")
            # Nothing left after this item: say so, rather than seem to go on from the top.
            return ws.select(index) | Changes(
                notice=f"No item after this one is left to review; back to item {index + 1}, "
                "the first not yet reviewed"
            )
    return Changes(notice=f"All {count} items are reviewed")


def describe(ws: Workspace, item: Item) -> str:
    """The item's sentences as one line (both sides), for the note editor's heading."""
    texts = []
    for side, ids in (("left", item.left), ("right", item.right)):
        article = ws.articles[side]
        if ids and article is not None:
            texts.append(" ".join(article.sentences[i].text for i in ids))
    text = " ↔ ".join(texts)
    return text if len(text) <= 300 else text[:297] + "…"
