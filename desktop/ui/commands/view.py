"""View commands: text size, and what the window shows."""

from __future__ import annotations

from desktop.review import differences
from desktop.ui.commands.registry import Context, group

command = group("View")


@command("zoom-in", "Larger text in the articles and the detail panel")
def zoom_in(ctx: Context) -> None:
    ctx.ui.zoom(1)


@command("zoom-out", "Smaller text in the articles and the detail panel")
def zoom_out(ctx: Context) -> None:
    ctx.ui.zoom(-1)


@command("zoom-reset", "Text at the system's size again")
def zoom_reset(ctx: Context) -> None:
    ctx.ui.zoom(0)


@command("toggle-detail", "Show or hide the item details below the articles")
def toggle_detail(ctx: Context) -> None:
    ctx.ui.show("detail")


@command(
    "differences-only",
    "Differences only: fold away what both articles report alike (again shows everything)",
)
def differences_only(ctx: Context) -> None:
    ctx.perform(differences.toggle(ctx.ws))
