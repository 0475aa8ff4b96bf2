"""Keys and menus of the window: one action per command, live only in its mode's key table."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui import commands
from desktop.ui.commands import NORMAL, Context
from desktop.ui.commands.review import MENU as REVIEW_MENU
from desktop.ui.palette import CommandPalette
from desktop.ui.services import WindowServices

MENUS = (
    (
        "&File",
        (
            "open-files",
            "open-address",
            "recent",
            "paste-article",
            "-",
            "export",
            "print",
            "save-review-as",
            "-",
            "quit",
        ),
    ),
    (
        "&Go",
        (
            "next-item",
            "previous-item",
            "next-unique",
            "previous-unique",
            "next-disagreement",
            "previous-disagreement",
            "-",
            "next-quote",
            "previous-quote",
            "quotes-list",
            "-",
            "find",
            "next-match",
            "previous-match",
            "-",
            "switch-pane",
        ),
    ),
    ("&View", ("differences-only", "-", "zoom-in", "zoom-out", "zoom-reset", "-", "toggle-detail")),
    ("&Alignment", ("more-links", "fewer-links", "swap-sides", "-", "include-boilerplate")),
    ("&Review", REVIEW_MENU),
    ("&Help", ("command-palette", "show-shortcuts", "about")),
)


class Keys:
    """The window's actions, menus, modes and command runner (a mixin of MainWindow: it uses
    `tables`, `ws`, `overlay` and the QMainWindow it is mixed into)."""

    def _build_actions(self) -> None:
        """An action per command (its keys from its mode's table), then the menus."""
        self.actions_by_name: dict[str, QAction] = {}
        for name, command in commands.REGISTRY.items():
            action = QAction(command.help, self)
            action.setObjectName(name)
            table = self.tables.get(command.mode, {})
            keys = [QKeySequence(k) for k, n in table.items() if n == name]
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, n=name: self.run_command(n))
            self.addAction(action)
            self.actions_by_name[name] = action
        boilerplate = self.actions_by_name["include-boilerplate"]
        boilerplate.setText("Count boilerplate as content")
        boilerplate.setCheckable(True)
        self.actions_by_name["differences-only"].setCheckable(True)
        for title, names in MENUS:
            menu = self.menuBar().addMenu(title)
            for name in names:
                if name == "-":
                    menu.addSeparator()
                elif name == "recent":
                    self.recent_menu = menu.addMenu("Open &Recent")
                else:
                    menu.addAction(self.actions_by_name[name])
        self._rebuild_recent()
        self.set_mode(NORMAL)

    def run_command(self, name: str) -> None:
        if name != "show-shortcuts":
            self.overlay.hide()
        if self.pending.keep(name):  # pressed before the comparison is ready: done when it is
            return
        commands.run(name, Context(self.ws, WindowServices(self)))

    def set_mode(self, mode: str) -> None:
        """Only the commands of `mode` (and so only its key table) are live."""
        self.mode = mode
        for name, action in self.actions_by_name.items():
            action.setEnabled(commands.REGISTRY[name].mode == mode)

    def toggle_overlay(self) -> None:
        if self.overlay.isVisible():
            self.overlay.hide()
        else:
            self.overlay.open()

    def open_palette(self) -> None:
        if self.palette_dialog is None:
            self.palette_dialog = CommandPalette(self, self.tables)
            self.palette_dialog.commandChosen.connect(
                lambda name: QTimer.singleShot(0, lambda: self.run_command(name))
            )
        self.palette_dialog.filter.clear()
        self.palette_dialog.show()
        self.palette_dialog.activateWindow()
        self.palette_dialog.filter.setFocus()
