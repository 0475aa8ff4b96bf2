"""Help commands: the shortcut overlay, the command palette, About."""

from __future__ import annotations

from desktop.ui.commands.registry import Context, group
from desktop.wording import phrase

command = group(phrase("Help"))


@command("show-shortcuts", phrase("Show every keyboard shortcut"))
def show_shortcuts(ctx: Context) -> None:
    ctx.ui.show("shortcuts")


@command("command-palette", phrase("Find and run any command by name"))
def command_palette(ctx: Context) -> None:
    ctx.ui.show("palette")


@command("about", phrase("About Twofold: version and licences"))
def about(ctx: Context) -> None:
    ctx.ui.show("about")
