"""Review commands of the window: labels, notes, reviewed marks, links, undo and the library."""

from __future__ import annotations

from desktop.review import annotate, links, undo
from desktop.ui.commands import register
from desktop.ui.note_editor import NoteEditor
from desktop.vocabulary import LABELS, Label

MENU = (
    "mark-reviewed",
    "next-unreviewed",
    *(f"label-{label.digit}" for label in LABELS),
    "edit-note",
    "link-sentences",
    "unlink-pair",
    "undo",
    "redo",
    "library",
)


def edit_note(window) -> None:
    """The note editor for the current item; saving is one committed, undoable action."""
    ws = window.ws
    item, changes = annotate.writable_target(ws)
    window.perform(changes)
    if item is None:
        return
    current = ws.annotations.get(item.key)
    key, session = item.key, ws.session

    def save(text: str) -> bool:
        result = annotate.save_note(ws, session, key, text)
        window.perform(result)
        return not result.problem

    editor = NoteEditor(window, annotate.describe(ws, item), current.note if current else "", save)
    window.note_editor = editor
    editor.open()


def open_library(window) -> None:
    ws = window.ws
    if ws.store is None:
        window.report_error(ws.problem or "No review database is open.")
        return
    from desktop.ui.library import Library

    if window.library_dialog is None:
        window.library_dialog = Library(window, ws.store)
    window.library_dialog.reload()
    window.library_dialog.show()
    window.library_dialog.activateWindow()
    window.library_dialog.search.setFocus()


@register("mark-reviewed", "Mark the current item reviewed and go to the next one")
def mark_reviewed(window) -> None:
    window.perform(annotate.mark_reviewed(window.ws))


@register("next-unreviewed", "Go to the next item not yet reviewed")
def next_unreviewed(window) -> None:
    window.perform(annotate.next_unreviewed(window.ws))


def _label_command(label: Label) -> None:
    @register(f"label-{label.digit}", f"Label: {label.text} (again to clear)")
    def toggle(window) -> None:
        window.perform(annotate.toggle_label(window.ws, label.digit))


for _label in LABELS:
    _label_command(_label)


@register("edit-note", "Write a note on the current item (Ctrl+Return saves, Esc cancels)")
def edit_note_command(window) -> None:
    edit_note(window)


@register(
    "link-sentences", "Link the left sentence to right ones by hand (J/K, Shift+J for more, Enter)"
)
def link_sentences(window) -> None:
    window.perform(links.start_link(window.ws))


@register("unlink-pair", "Unlink the current pair (the aligner will not link them again)")
def unlink_pair(window) -> None:
    window.perform(links.unlink(window.ws))


@register("undo", "Undo the last review action")
def undo_command(window) -> None:
    window.perform(undo.undo(window.ws))


@register("redo", "Redo the review action just undone")
def redo_command(window) -> None:
    window.perform(undo.redo(window.ws))


@register("library", "Saved comparisons: search notes, open, rename, delete")
def library(window) -> None:
    open_library(window)
