"""Keys pressed before the comparison is ready: kept, shown as kept, applied once it is."""

from __future__ import annotations

import weakref
from html import escape

from desktop.review.changes import Changes
from desktop.ui.bindings import keys_for
from desktop.ui.commands import NORMAL
from desktop.vocabulary import LABELS

# Commands that act on the aligned items; the others (open, export, quit, ...) never wait.
WAIT_FOR_ITEMS = frozenset(
    {
        "next-item",
        "previous-item",
        "next-unique",
        "previous-unique",
        "next-disagreement",
        "previous-disagreement",
        "next-quote",
        "previous-quote",
        "mark-reviewed",
        "next-unreviewed",
        "edit-note",
        "link-sentences",
        "unlink-pair",
        *(f"label-{label.digit}" for label in LABELS),
    }
)


class PendingCommands:
    """The window's commands that came while its articles were read or aligned, in order."""

    def __init__(self, window):
        # A weak reference: the window holds this, and a reference back would be a cycle.
        self._window = weakref.ref(window)
        self.names: list[str] = []

    @property
    def window(self):
        return self._window()

    def waiting(self) -> bool:
        """Whether a comparison is on its way: articles being read, aligned or shown."""
        w = self.window
        on_its_way = w.comparison is None and (w.runner.busy or w.fetcher.busy)
        return on_its_way or any(pane.is_loading() for pane in w.panes.values())

    def keep(self, name: str) -> bool:
        """Keeps `name` for when the comparison is ready (and says so); False: run it now."""
        if name not in WAIT_FOR_ITEMS or not self.waiting():
            return False
        self.names.append(name)
        self.window.statusBar().showMessage(
            f"Still aligning — {self._key(name)} works in a moment", 5000
        )
        self.window.apply(Changes(selection=True))  # the detail panel's one writer says it
        return True

    def replay(self) -> None:
        """Runs the kept commands, now that the comparison is on screen."""
        names, self.names = self.names, []
        if names:
            self.window.statusBar().clearMessage()  # "still aligning" is over
        for name in names:
            self.window.run_command(name)

    def hint(self) -> str | None:
        """What the detail panel says while there is no item (None: the usual hint)."""
        w = self.window
        if self.waiting():
            doing = "Reading" if w.fetcher.busy else "Aligning"
            kept = " ".join(escape(self._key(n)) for n in self.names)
            waiting = f" Waiting: <b>{kept}</b>." if kept else ""
            return (
                f"<p>{doing} the articles… Keys you press now (<b>J</b>, <b>K</b>, <b>U</b>, "
                f"<b>Space</b>, <b>1</b>–<b>5</b>) are applied as soon as the comparison is "
                f"ready.{waiting}</p>"
            )
        if not (w.articles["left"] and w.articles["right"]):
            return (
                "<p>Open two articles to compare: <b>Ctrl+O</b>, drop a file on each side, or "
                "paste one with <b>Ctrl+Shift+V</b>.</p>"
            )
        return None

    def _key(self, name: str) -> str:
        keys = keys_for(name, self.window.tables[NORMAL])
        return keys[0] if keys else name
