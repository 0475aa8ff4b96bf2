"""Review commands: labels, notes, reviewed marks, hand-made links, undo and the library."""

from __future__ import annotations

from desktop.review import annotate, links, ranges, undo
from desktop.ui.commands.registry import Context, group
from desktop.vocabulary import LABELS, Label

command = group("Review")
# The Review menu, in this order.
MENU = (
    "mark-reviewed",
    "review-paragraph",
    "extend-next",
    "extend-previous",
    "next-unreviewed",
    *(f"label-{label.digit}" for label in LABELS),
    "edit-note",
    "link-sentences",
    "unlink-pair",
    "undo",
    "redo",
    "library",
)


@command(
    "mark-reviewed",
    "Mark the current item (or the selected run) reviewed and go to the next one",
)
def mark_reviewed(ctx: Context) -> None:
    if ranges.selected(ctx.ws):
        ctx.perform(ranges.mark_selected(ctx.ws))
    else:
        ctx.perform(annotate.mark_reviewed(ctx.ws))


@command("review-paragraph", "Mark the rest of this paragraph reviewed (one undo step)")
def review_paragraph(ctx: Context) -> None:
    ctx.perform(ranges.mark_paragraph(ctx.ws))


@command("extend-next", "Select a run of items: add the next one (Space then marks them all)")
def extend_next(ctx: Context) -> None:
    ctx.perform(ranges.extend(ctx.ws, 1))


@command("extend-previous", "Select a run of items: go back one, the run shrinking or growing")
def extend_previous(ctx: Context) -> None:
    ctx.perform(ranges.extend(ctx.ws, -1))


@command("next-unreviewed", "Go to the next item not yet reviewed")
def next_unreviewed(ctx: Context) -> None:
    ctx.perform(annotate.next_unreviewed(ctx.ws))


def _label_command(label: Label) -> None:
    @command(f"label-{label.digit}", f"Label: {label.text} (again to clear)")
    def toggle(ctx: Context) -> None:
        ctx.perform(annotate.toggle_label(ctx.ws, label.digit))


for _label in LABELS:
    _label_command(_label)


@command("edit-note", "Write a note on the current item (Ctrl+Return saves, Esc cancels)")
def edit_note(ctx: Context) -> None:
    ctx.ui.show("note")


@command(
    "link-sentences",
    "Link the sentence to ones of the other article by hand (J/K, Shift+J for more, Enter)",
)
def link_sentences(ctx: Context) -> None:
    ctx.perform(links.start_link(ctx.ws, ctx.ui.active_side))


@command("unlink-pair", "Unlink the current pair (the aligner will not link them again)")
def unlink_pair(ctx: Context) -> None:
    ctx.perform(links.unlink(ctx.ws))


@command("undo", "Undo the last review action")
def undo_command(ctx: Context) -> None:
    ctx.perform(undo.undo(ctx.ws))


@command("redo", "Redo the review action just undone")
def redo_command(ctx: Context) -> None:
    ctx.perform(undo.redo(ctx.ws))


@command("library", "Saved comparisons: search notes, open, rename, delete")
def library(ctx: Context) -> None:
    ctx.ui.show("library")
