"""Link mode's prompt in the status bar: what would be linked, and the keys of the mode."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from desktop.review.changes import Changes
from desktop.review.workspace import Workspace
from desktop.ui import bindings
from desktop.ui.commands import REGISTRY
from desktop.ui.i18n import translated


def hint(table: bindings.Table) -> str:
    """ "J next · K previous · …": each command of the mode with its first key."""
    return " · ".join(
        f"{bindings.keys_for(name, table)[0]} {translated(REGISTRY[name].brief or REGISTRY[name].help)}"
        for name in bindings.commands_of(table)
    )


class LinkPrompt(QLabel):
    """Shown while the workspace holds a link draft; the keys are link mode's table."""

    def __init__(self, status_bar: QStatusBar, table: bindings.Table):
        super().__init__()
        self.setObjectName("link-mode")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = hint(table)
        self.active = False
        status_bar.addWidget(self, 1)
        self.hide()

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if not changes.link:
            return
        if ws.link is None:
            self.active = False
            self.hide()
            return
        self.setText(f"{translated(ws.link.describe())}: {self.hint}")
        if not self.active:
            self.active = True
            # A temporary status message would hide the prompt.
            self.parentWidget().clearMessage()
            self.show()
