"""Link mode's commands: pick the right sentences for a hand-made link, then link or cancel."""

from __future__ import annotations

from desktop.review import links
from desktop.ui.commands.registry import LINK, Context, group
from desktop.wording import phrase

command = group(phrase("Linking by hand"), mode=LINK)


@command("link-next", phrase("Pick the next right sentence"), brief=phrase("next"))
def link_next(ctx: Context) -> None:
    ctx.perform(links.move_link(ctx.ws, "next"))


@command("link-previous", phrase("Pick the previous right sentence"), brief=phrase("previous"))
def link_previous(ctx: Context) -> None:
    ctx.perform(links.move_link(ctx.ws, "previous"))


@command(
    "link-more", phrase("Add the following right sentence (an n:m link)"), brief=phrase("more")
)
def link_more(ctx: Context) -> None:
    ctx.perform(links.move_link(ctx.ws, "more"))


@command("link-fewer", phrase("Drop the last added right sentence"), brief=phrase("fewer"))
def link_fewer(ctx: Context) -> None:
    ctx.perform(links.move_link(ctx.ws, "fewer"))


@command(
    "link-confirm", phrase("Link the left sentence to the picked right ones"), brief=phrase("links")
)
def link_confirm(ctx: Context) -> None:
    ctx.perform(links.confirm_link(ctx.ws))


@command("link-cancel", phrase("Stop linking without a link"), brief=phrase("cancels"))
def link_cancel(ctx: Context) -> None:
    ctx.perform(links.cancel_link(ctx.ws))
