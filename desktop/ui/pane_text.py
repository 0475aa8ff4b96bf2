"""The text an article pane shows: the article's, same length, so sentence offsets still fit."""

from __future__ import annotations

from desktop.engine.models import Article

LAYOUT_STEP = 20_000  # characters put in and laid out per turn of the event loop (~20 ms)


def display_text(article: Article) -> str:
    """The article text as Qt shows it, same length so sentence offsets still fit.

    A paragraph longer than LAYOUT_STEP is shown broken where its sentence was cut (at the
    space before each piece): Qt lays out a paragraph whole, a 2 MB one for seconds."""
    text = article.text.replace("\r\n", " \n").replace("\r", "\n")
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
