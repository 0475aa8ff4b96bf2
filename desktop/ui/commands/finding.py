"""Find commands: search both articles (Ctrl+F), step through the matches."""

from __future__ import annotations

from desktop.review import find
from desktop.ui.commands.registry import Context, group
from desktop.wording import phrase

command = group(phrase("Find"))


@command("find", phrase("Find a word or phrase in both articles; shows how many matches"))
def find_text(ctx: Context) -> None:
    ctx.ui.show("find")


@command("next-match", phrase("Go to the next match of the search"))
def next_match(ctx: Context) -> None:
    ctx.perform(find.step(ctx.ws, 1))


@command("previous-match", phrase("Go to the previous match of the search"))
def previous_match(ctx: Context) -> None:
    ctx.perform(find.step(ctx.ws, -1))
