"""Find commands: search both articles (Ctrl+F), step through the matches."""

from __future__ import annotations

from desktop.review import find
from desktop.ui.commands.registry import Context, group

command = group("Find")


@command("find", "Find a word or phrase in both articles; shows how many matches")
def find_text(ctx: Context) -> None:
    ctx.ui.show("find")


@command("next-match", "Go to the next match of the search")
def next_match(ctx: Context) -> None:
    ctx.perform(find.step(ctx.ws, 1))


@command("previous-match", "Go to the previous match of the search")
def previous_match(ctx: Context) -> None:
    ctx.perform(find.step(ctx.ws, -1))
