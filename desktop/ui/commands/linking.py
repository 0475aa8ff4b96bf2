"""Link mode's commands: pick the other article's sentences for a hand-made link, then link
or cancel."""

from __future__ import annotations

from desktop.review import links
from desktop.ui.commands.registry import LINK, Context, group

command = group("Linking by hand", mode=LINK)


@command("link-next", "Pick the next sentence of the other article", brief="next")
def link_next(ctx: Context) -> None:
    ctx.perform(links.move_link(ctx.ws, "next"))


@command("link-previous", "Pick the previous sentence of the other article", brief="previous")
def link_previous(ctx: Context) -> None:
    ctx.perform(links.move_link(ctx.ws, "previous"))


@command("link-more", "Add the following sentence too (an n:m link)", brief="more")
def link_more(ctx: Context) -> None:
    ctx.perform(links.move_link(ctx.ws, "more"))


@command("link-fewer", "Drop the last added sentence", brief="fewer")
def link_fewer(ctx: Context) -> None:
    ctx.perform(links.move_link(ctx.ws, "fewer"))


@command("link-confirm", "Link the sentence to the picked ones", brief="links")
def link_confirm(ctx: Context) -> None:
    ctx.perform(links.confirm_link(ctx.ws))


@command("link-cancel", "Stop linking without a link", brief="cancels")
def link_cancel(ctx: Context) -> None:
    ctx.perform(links.cancel_link(ctx.ws))
