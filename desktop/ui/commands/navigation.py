"""Moving through the comparison: items, unique sentences, the two panes."""

from __future__ import annotations

from desktop.ui.commands.registry import Context, group
from desktop.wording import phrase

command = group(phrase("Go"))


@command("next-item", phrase("Go to the next item (pair or unique sentence)"))
def next_item(ctx: Context) -> None:
    ctx.perform(ctx.ws.move(1))


@command("previous-item", phrase("Go to the previous item"))
def previous_item(ctx: Context) -> None:
    ctx.perform(ctx.ws.move(-1))


@command("next-unique", phrase("Go to the next sentence only one article has"))
def next_unique(ctx: Context) -> None:
    ctx.perform(ctx.ws.move_unique(1))


@command("previous-unique", phrase("Go to the previous sentence only one article has"))
def previous_unique(ctx: Context) -> None:
    ctx.perform(ctx.ws.move_unique(-1))


@command(
    "next-disagreement",
    phrase("Go to the next pair whose sources disagree (number, date, name, ...)"),
)
def next_disagreement(ctx: Context) -> None:
    ctx.perform(ctx.ws.move_disagreeing(1))


@command("previous-disagreement", phrase("Go to the previous pair whose sources disagree"))
def previous_disagreement(ctx: Context) -> None:
    ctx.perform(ctx.ws.move_disagreeing(-1))


@command(
    "next-to-check",
    phrase(
        "Go to the next sentence only one article has that came close to a link: the "
        "likeliest to be reported by the other article after all"
    ),
)
def next_to_check(ctx: Context) -> None:
    ctx.perform(ctx.ws.move_to_check(1))


@command(
    "previous-to-check",
    phrase("Go to the previous sentence only one article has that came close to a link"),
)
def previous_to_check(ctx: Context) -> None:
    ctx.perform(ctx.ws.move_to_check(-1))


@command("switch-pane", phrase("Switch between the left and right article"))
def switch_pane(ctx: Context) -> None:
    ctx.ui.switch_pane()
