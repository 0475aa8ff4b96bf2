"""Quotation commands: go to the next or previous quotation, show the quotations list."""

from __future__ import annotations

from desktop.review import quotes
from desktop.ui.commands.registry import Context, group

command = group("Quotations")


@command("next-quote", "Go to the next quotation: who said it, and what the other article has")
def next_quote(ctx: Context) -> None:
    ctx.perform(quotes.move_quote(ctx.ws, 1))


@command("previous-quote", "Go to the previous quotation")
def previous_quote(ctx: Context) -> None:
    ctx.perform(quotes.move_quote(ctx.ws, -1))


@command("quotes-list", "Show the quotations list and go into it (Enter goes to one, Esc back)")
def quotes_list(ctx: Context) -> None:
    ctx.ui.show("quotes")
