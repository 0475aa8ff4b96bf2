"""Help commands: the shortcut overlay, the command palette, About."""

from __future__ import annotations

from desktop.ui.commands.registry import Context, group

command = group("Help")


@command("show-shortcuts", "Show every keyboard shortcut")
def show_shortcuts(ctx: Context) -> None:
    ctx.ui.show("shortcuts")


@command("command-palette", "Find and run any command by name")
def command_palette(ctx: Context) -> None:
    ctx.ui.show("palette")


@command("about", "About Twofold: version and licences")
def about(ctx: Context) -> None:
    ctx.ui.show("about")
