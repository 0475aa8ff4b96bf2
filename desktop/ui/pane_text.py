"""The text an article pane shows: the article's, same length, so sentence offsets still fit."""

from __future__ import annotations

from desktop.engine.models import Article

LAYOUT_STEP = 20_000  # characters put in and laid out per turn of the event loop (~20 ms)


def display_text(text: str) -> str:
    """The text as Qt shows it, same length so sentence offsets still fit."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


def shown_text(article: Article) -> str:
    """display_text of the article, a paragraph longer than LAYOUT_STEP broken where its
    sentence was cut (at the space before each piece): Qt lays out a paragraph whole, and
    one put in over several steps again at each step (minutes for 2 MB)."""
    text = display_text(article.text)
    sizes: dict[int, int] = {}
    for s in article.sentences:
        sizes[s.paragraph] = sizes.get(s.paragraph, 0) + s.end - s.start
    breaks = [
        s.start - 1
        for s in article.sentences
        if s.id in article.cut
        and s.id - 1 in article.cut
        and sizes[s.paragraph] > LAYOUT_STEP
        and text[s.start - 1] == " "
    ]
    if not breaks:
        return text
    chars = list(text)
    for at in breaks:
        chars[at] = "\n"
    return "".join(chars)
