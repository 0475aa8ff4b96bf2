"""Commands run on a workspace and a small service surface: no window is needed to test them."""

from __future__ import annotations

import subprocess
import sys

import pytest

from desktop.engine.compare import PreparedComparison
from desktop.engine.load import load_article
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review.changes import Changes
from desktop.review.session import open_database
from desktop.review.workspace import Workspace
from desktop.ui import commands
from desktop.ui.commands import Context


class Services:
    """Records what commands ask of the window."""

    active_side = "right"

    def __init__(self):
        self.performed: list[Changes] = []
        self.shown: list[str] = []
        self.pasted: list[str] = []

    def perform(self, changes: Changes) -> Changes:
        self.performed.append(changes)
        return changes

    def show(self, dialog: str) -> None:
        self.shown.append(dialog)

    def switch_pane(self) -> None:
        self.shown.append("switch-pane")

    def zoom(self, by: int) -> None:
        self.shown.append(f"zoom {by}")

    def paste_into(self, side: str) -> bool:
        self.pasted.append(side)
        return True

    def close(self) -> bool:
        self.shown.append("close")
        return True


@pytest.fixture
def context(tmp_path):
    ws = Workspace()
    ws.use_store(*open_database(tmp_path / "reviews.db"))
    ws.set_articles(load_article(SEED_LEFT), load_article(SEED_RIGHT))
    ws.aligned(PreparedComparison(ws.articles["left"], ws.articles["right"]))
    yield Context(ws, Services())
    ws.close()


def test_the_commands_load_without_qt():
    # Commands are plain functions on the workspace; Qt comes in only with the window.
    probe = "import sys, desktop.ui.commands as c; print(len(c.REGISTRY), 'PySide6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    count, qt = result.stdout.split()
    assert int(count) == len(commands.REGISTRY) and qt == "False"


def test_review_commands_change_the_workspace_and_report_it(context):
    commands.run("next-item", context)
    commands.run("label-2", context)
    key = context.ws.current_item.key
    assert context.ws.annotations[key].label == "contradiction"
    assert context.ui.performed[-1].done == "Label: Contradiction"
    commands.run("mark-reviewed", context)
    assert context.ws.annotations[key].reviewed and context.ws.current_item.key != key
    commands.run("undo", context)
    assert not context.ws.annotations[key].reviewed


def test_link_mode_commands_make_a_link(context):
    lonely = next(n for n, item in enumerate(context.ws.items) if item.kind == "left")
    context.ws.select(lonely)
    commands.run("link-sentences", context)
    assert context.ws.link is not None and context.ui.performed[-1].link
    commands.run("link-next", context)
    commands.run("link-more", context)
    picked = context.ws.link.picked
    commands.run("link-confirm", context)
    assert context.ws.current_item.pair.manual and context.ws.current_item.right == picked


def test_alignment_commands_step_the_threshold(context):
    start = context.ws.threshold
    commands.run("fewer-links", context)
    commands.run("fewer-links", context)
    commands.run("more-links", context)
    assert context.ws.threshold == start + 5


@pytest.mark.parametrize(
    ("name", "asked"),
    [
        ("export", "export"),
        ("print", "print"),
        ("open-files", "open-files"),
        ("edit-note", "note"),
        ("library", "library"),
        ("command-palette", "palette"),
        ("show-shortcuts", "shortcuts"),
        ("switch-pane", "switch-pane"),
        ("quit", "close"),
    ],
)
def test_window_commands_ask_the_services(context, name, asked):
    commands.run(name, context)
    assert context.ui.shown == [asked]


def test_paste_goes_to_the_focused_side(context):
    commands.run("paste-article", context)
    assert context.ui.pasted == ["right"]


def test_every_dialog_a_command_asks_for_exists():
    from desktop.ui.dialogs import DIALOGS

    context = Context(Workspace(), Services())
    for command in commands.REGISTRY.values():
        if command.mode == commands.NORMAL:
            command.func(context)
    asked = {name for name in context.ui.shown if not name.startswith("zoom ")}
    assert asked - {"switch-pane", "close"} <= set(DIALOGS)
