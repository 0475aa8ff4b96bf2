"""Alignment commands: how many links, which side is which, whether boilerplate counts."""

from __future__ import annotations

from desktop.ui.commands.registry import Context, group
from desktop.wording import phrase

command = group(phrase("Alignment"))
STEP = 5  # threshold points per key press


@command("more-links", phrase("Link more sentences (lower the match threshold)"))
def more_links(ctx: Context) -> None:
    ctx.perform(ctx.ws.set_threshold(ctx.ws.threshold - STEP))


@command("fewer-links", phrase("Link fewer sentences (raise the match threshold)"))
def fewer_links(ctx: Context) -> None:
    ctx.perform(ctx.ws.set_threshold(ctx.ws.threshold + STEP))


@command("swap-sides", phrase("Swap the left and right articles"))
def swap_sides(ctx: Context) -> None:
    ctx.perform(ctx.ws.swap_sides())


@command("include-boilerplate", phrase("Count boilerplate (donation appeals, credits) as content"))
def include_boilerplate(ctx: Context) -> None:
    ctx.perform(ctx.ws.set_include_boilerplate(not ctx.ws.include_boilerplate))
