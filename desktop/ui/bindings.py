"""Key bindings as data: key sequence -> command name. Overlay, palette and menus read this table."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

# Adding a key is one line here plus one @register in desktop/ui/actions.py.
DEFAULT: dict[str, str] = {
    "Ctrl+O": "open-files",
    "Ctrl+Shift+V": "paste-article",
    "Ctrl+Q": "quit",
    "J": "next-item",
    "K": "previous-item",
    "Down": "next-item",
    "Up": "previous-item",
    "U": "next-unique",
    "Shift+U": "previous-unique",
    "Tab": "switch-pane",
    "+": "more-links",
    "=": "more-links",
    "-": "fewer-links",
    "?": "show-shortcuts",
    "F1": "show-shortcuts",
    "Ctrl+K": "command-palette",
    "Ctrl+E": "export",
    "Ctrl+P": "print",
    "Ctrl+Shift+O": "open-address",
    "B": "include-boilerplate",
    # Review (desktop/ui/review_actions.py)
    "Space": "mark-reviewed",
    "G": "next-unreviewed",
    "1": "label-1",
    "2": "label-2",
    "3": "label-3",
    "4": "label-4",
    "5": "label-5",
    "N": "edit-note",
    "L": "link-sentences",
    "X": "unlink-pair",
    "Ctrl+Z": "undo",
    "Ctrl+Shift+Z": "redo",
    "Ctrl+Y": "redo",
    "Ctrl+L": "library",
}


def keys_for(command: str, table: dict[str, str] | None = None) -> list[str]:
    """Every key bound to a command, in table order, as the user would read them."""
    table = DEFAULT if table is None else table
    return [
        QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)
        for key, name in table.items()
        if name == command
    ]
