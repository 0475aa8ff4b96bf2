"""Key bindings as data, one table per mode: key sequence -> command name.

Menus, the shortcut overlay, the palette and the link prompt all read these tables; adding a
key is one line here (the command is one function in desktop/ui/commands/)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

Table = dict[str, str]
Tables = dict[str, Table]

DEFAULT: Tables = {
    "normal": {
        "Ctrl+O": "open-files",
        "Ctrl+Shift+V": "paste-article",
        "Ctrl+Q": "quit",
        "J": "next-item",
        "K": "previous-item",
        "Down": "next-item",
        "Up": "previous-item",
        "U": "next-unique",
        "Shift+U": "previous-unique",
        "D": "next-disagreement",
        "Shift+D": "previous-disagreement",
        "C": "next-to-check",
        "Shift+C": "previous-to-check",
        "Q": "next-quote",
        "Shift+Q": "previous-quote",
        "Alt+Q": "quotes-list",
        "Ctrl+F": "find",
        "F3": "next-match",
        "Ctrl+G": "next-match",
        "Shift+F3": "previous-match",
        "Ctrl+Shift+G": "previous-match",
        "Ctrl++": "zoom-in",
        "Ctrl+=": "zoom-in",
        "Ctrl+-": "zoom-out",
        "Ctrl+0": "zoom-reset",
        "I": "toggle-detail",
        "F": "differences-only",
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
        "Space": "mark-reviewed",
        "Shift+Space": "review-paragraph",
        "Shift+J": "extend-next",
        "Shift+Down": "extend-next",
        "Shift+K": "extend-previous",
        "Shift+Up": "extend-previous",
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
    },
    # While a link is made by hand (L): the same letters pick the right sentences.
    "link": {
        "J": "link-next",
        "Down": "link-next",
        "K": "link-previous",
        "Up": "link-previous",
        "Shift+J": "link-more",
        "Shift+Down": "link-more",
        "Shift+K": "link-fewer",
        "Shift+Up": "link-fewer",
        "Return": "link-confirm",
        "Enter": "link-confirm",
        "Escape": "link-cancel",
    },
}


def native(key: str) -> str:
    """A key as the user reads it on this platform ("Ctrl+K", "⌘K")."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


def keys_for(command: str, table: Table | None = None) -> list[str]:
    """Every key bound to a command in one mode's table, in table order, as the user reads them."""
    table = DEFAULT["normal"] if table is None else table
    return [native(key) for key, name in table.items() if name == command]


def commands_of(table: Table) -> list[str]:
    """The commands a table binds, each once, in table order."""
    return list(dict.fromkeys(table.values()))
