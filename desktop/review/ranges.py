"""Reviewing a run of items at once: Shift+J/K select it, Space marks it reviewed, or
Shift+Space marks the rest of the paragraph; either is one commit and one undo step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.review.annotate import annotate_many, writable_target
from desktop.review.changes import NOTHING, Changes

if TYPE_CHECKING:
    from desktop.engine.items import Item
    from desktop.review.workspace import Workspace


def selected(ws: Workspace) -> list[int]:
    """The items of the run from `range_start` to the current one (shown ones only); [] when
    no run is selected."""
    if ws.range_start < 0 or ws.current < 0 or ws.range_start == ws.current:
        return []
    low, high = sorted((ws.range_start, ws.current))
    return [i for i in ws.shown_items() if low <= i <= high]


def extend(ws: Workspace, step: int) -> Changes:
    """Move the current item one on (step 1) or back (-1), the run growing or shrinking
    from where it started."""
    if not ws.items:
        return NOTHING
    if ws.current < 0:
        return ws.select(0 if step > 0 else len(ws.items) - 1)
    start = ws.range_start if ws.range_start >= 0 else ws.current
    changes = ws.move(step)  # (selecting clears the run: it is set again)
    ws.range_start = start
    count = len(selected(ws))
    if count:
        return changes | Changes(
            notice=f"{count} items selected: Space marks them reviewed, J or K drops the run"
        )
    return changes


def mark_selected(ws: Workspace) -> Changes:
    """Mark every item of the selected run reviewed; the review goes on after it."""
    run = selected(ws)
    if not run:
        return NOTHING
    return mark_run(ws, run, f"Marked {len(run)} items reviewed")


def mark_paragraph(ws: Workspace) -> Changes:
    """Mark the current item and the ones after it in its paragraph reviewed."""
    item, changes = writable_target(ws)
    if item is None:
        return changes
    run = rest_of_paragraph(ws)
    return changes | mark_run(
        ws, run, f"Marked the rest of this paragraph reviewed ({len(run)} items)"
    )


def rest_of_paragraph(ws: Workspace) -> list[int]:
    """The current item and those after it whose sentences on its side (left if it has one)
    lie in the same paragraph; the other side's items between them go with them."""
    item = ws.current_item
    if item is None:
        return []
    side = "left" if item.left else "right"
    paragraph = _paragraph(ws, item, side)
    shown = [i for i in ws.shown_items() if i >= ws.current]
    run: list[int] = []
    between: list[int] = []
    for index in shown:
        here = _paragraph(ws, ws.items[index], side)
        if here is None:  # only the other article has it: in the run if more of it follows
            between.append(index)
        elif here == paragraph:
            run += [*between, index]
            between = []
        else:
            break
    return run


def _paragraph(ws: Workspace, item: Item, side: str) -> int | None:
    ids = item.left if side == "left" else item.right
    article = ws.articles[side]
    return article.sentences[ids[0]].paragraph if ids and article is not None else None


def mark_run(ws: Workspace, run: list[int], what: str) -> Changes:
    """These items reviewed in one commit, one undo step; then the item after them."""
    reason = ws.refusal()
    if reason:
        return Changes(refused=reason)
    keys = [ws.items[i].key for i in run]
    after_run = next((i for i in ws.shown_items() if i > max(run)), None)
    following = ws.items[after_run].key if after_run is not None else None
    changes = annotate_many(ws, what, keys, position=following, reviewed=True)
    if changes.problem:
        return changes
    if following is None:
        return changes | ws.select(max(run)) | Changes(notice="Last item reviewed")
    return changes | ws.select(after_run)
