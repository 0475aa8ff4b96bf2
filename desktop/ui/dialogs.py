"""The window's dialogs by name, for commands: each opener takes the window it belongs to."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt

from desktop.review import annotate
from desktop.review.changes import Changes
from desktop.ui.note_editor import NoteEditor


def edit_note(window) -> None:
    """The note editor for the current item; saving is one committed, undoable action."""
    ws = window.ws
    item, changes = annotate.writable_target(ws)
    window.perform(changes)
    if item is None:
        return
    current = ws.annotations.get(item.key)
    key, session, perform = item.key, ws.session, window.perform

    def save(text: str) -> bool:
        result = perform(annotate.save_note(ws, session, key, text))
        return not result.problem

    heading = annotate.describe(ws, item)
    NoteEditor(window, heading, current.note if current else "", save).open()


def open_library(window) -> None:
    ws = window.ws
    if ws.store is None:
        window.report_error(ws.problem or "No review database is open.")
        return
    from desktop.ui.library import Library

    library = window.findChild(Library)
    if library is None or library.store is not ws.store:
        library = Library(window, ws.store)
    library.reload()
    library.show()
    library.activateWindow()
    library.search.setFocus()


def about(window) -> None:
    from desktop.ui.about import AboutDialog

    dialog = AboutDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()


def _address(window) -> None:
    from desktop.ui.web_open import ask_address

    ask_address(window)


def _export(window) -> None:
    from desktop.ui.export_dialog import open_export

    open_export(window)


def _print(window) -> None:
    from desktop.ui.printing import print_window

    print_window(window, getattr(window, "choose_printer", None))


def _quotes(window) -> None:
    """Show the quotations list and go into it; from inside it, hide it and go back."""
    if window.bottom.isHidden():  # folded away with the detail panel (a short window, or I)
        window.perform(Changes(notice=window.fold.toggle()))
    if not window.quote_panel.toggle():
        window.panes[window.active_side].setFocus()


DIALOGS: dict[str, Callable[[object], None]] = {
    "open-files": lambda window: window.ask_open(),
    "open-address": _address,
    "export": _export,
    "print": _print,
    "note": edit_note,
    "library": open_library,
    "about": about,
    "save-review-as": lambda window: window.rescue.save_as(),
    "palette": lambda window: window.open_palette(),
    "shortcuts": lambda window: window.toggle_overlay(),
    "find": lambda window: window.find_bar.open(),
    "detail": lambda window: window.perform(Changes(notice=window.fold.toggle())),
    "quotes": _quotes,
}
