"""Quotations of two articles, who said them, and whether the other article has them."""

from __future__ import annotations

import bisect

from desktop.engine.models import Article
from desktop.engine.quotes_check import (
    ABSENT,
    ALTERED,
    ATTRIBUTED_DIFFERENTLY,
    PARAPHRASED,
    VERBATIM,
    VERDICTS,
    QuoteCheck,
    check_quotes,
)
from desktop.engine.quotes_content import same_content
from desktop.engine.quotes_find import Quote, find_quotes
from desktop.engine.quotes_people import resolve_speakers, same_speaker
from desktop.engine.quotes_speaker import Speaker

__all__ = [
    "ABSENT",
    "ALTERED",
    "ATTRIBUTED_DIFFERENTLY",
    "PARAPHRASED",
    "VERBATIM",
    "VERDICTS",
    "Quote",
    "QuoteCheck",
    "Speaker",
    "compare_quotes",
    "quotations",
    "quote_json",
    "quote_sentences",
    "quotes_json",
    "same_content",
    "same_speaker",
]


def quotations(article: Article) -> tuple[Quote, ...]:
    """The article's quotations in text order, pronouns and roles resolved where the text
    allows it."""
    return resolve_speakers(article.text, find_quotes(article))


def compare_quotes(left: Article, right: Article) -> tuple[QuoteCheck, ...]:
    """Every quotation of both articles checked against the other one: the left article's
    first, then the right's."""
    left_quotes, right_quotes = quotations(left), quotations(right)
    return check_quotes(left_quotes, left.language, right, right_quotes, "left") + check_quotes(
        right_quotes, right.language, left, left_quotes, "right"
    )


def quote_json(check: QuoteCheck) -> dict:
    """One checked quotation as plain JSON-ready data (the documented "quotes" entry)."""
    other = "right" if check.side == "left" else "left"
    q = check.quote
    return {
        "side": check.side,
        "start": q.start,
        "end": q.end,
        "text": q.text,
        "speaker": q.speaker_name,
        "verdict": check.verdict,
        "match": None
        if check.match is None
        else {"side": other, "start": check.match[0], "end": check.match[1]},
        "differences": [[op.tag, op.left, op.right] for op in check.differences],
    }


def quotes_json(checks: tuple[QuoteCheck, ...]) -> dict:
    """The `twofold quotes --format json` document: {"quotes": [...]}."""
    return {"quotes": [quote_json(c) for c in checks]}


def quote_sentences(article: Article, checks: tuple[QuoteCheck, ...]) -> list[tuple[int, ...]]:
    """For each quotation (of `article`), the ids of the sentences it runs through, in order."""
    starts = [s.start for s in article.sentences]
    ids = [s.id for s in article.sentences]
    out = []
    for check in checks:
        first = max(bisect.bisect_right(starts, check.quote.start) - 1, 0)
        last = max(bisect.bisect_left(starts, check.quote.end) - 1, first)
        out.append(tuple(ids[first : last + 1]))
    return out
