"""Quotations of an article and who said them."""

from __future__ import annotations

from desktop.engine.models import Article
from desktop.engine.quotes_find import Quote, find_quotes
from desktop.engine.quotes_people import resolve_speakers, same_speaker
from desktop.engine.quotes_speaker import Speaker

__all__ = ["Quote", "Speaker", "quotations", "same_speaker"]


def quotations(article: Article) -> tuple[Quote, ...]:
    """The article's quotations in text order, pronouns and roles resolved where the text
    allows it."""
    return resolve_speakers(article.text, find_quotes(article))
