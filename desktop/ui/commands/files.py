"""File commands: open files or addresses, paste an article, export, print, quit."""

from __future__ import annotations

from desktop.ui.commands.registry import Context, group
from desktop.wording import phrase

command = group(phrase("File"))


@command("open-files", phrase("Open two articles to compare (left, then right)"))
def open_files(ctx: Context) -> None:
    ctx.ui.show("open-files")


@command(
    "open-address", phrase("Open a web address on the left or right (downloads in the background)")
)
def open_address(ctx: Context) -> None:
    ctx.ui.show("open-address")


@command("paste-article", phrase("Paste the clipboard as an article into the focused side"))
def paste_article(ctx: Context) -> None:
    ctx.ui.paste_into(ctx.ui.active_side)


@command("save-review-as", phrase("Save the review to a new database file and go on saving there"))
def save_review_as(ctx: Context) -> None:
    ctx.ui.show("save-review-as")


@command(
    "export", phrase("Export the comparison with its review (HTML, PDF, Word, Markdown, CSV, JSON)")
)
def export_comparison(ctx: Context) -> None:
    ctx.ui.show("export")


@command("print", phrase("Print the comparison with its review"))
def print_comparison(ctx: Context) -> None:
    ctx.ui.show("print")


@command("quit", phrase("Close Twofold"))
def quit_app(ctx: Context) -> None:
    ctx.ui.close()
