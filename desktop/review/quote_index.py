"""The checked quotations of the two articles under review, and the sentences each runs through."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.engine.items import Item
from desktop.engine.models import Article
from desktop.engine.quotes import QuoteCheck, quote_sentences

_SIDE_ORDER = {"left": 0, "right": 1}


@dataclass(frozen=True, slots=True)
class QuoteEntry:
    """One checked quotation as the review shows it: `number` counts its side's quotations
    (L1, L2 … R1), `sentences` are the sentence ids of its side it runs through."""

    check: QuoteCheck
    number: int
    sentences: tuple[int, ...]

    @property
    def side(self) -> str:
        return self.check.side

    @property
    def label(self) -> str:
        return f"{'L' if self.side == 'left' else 'R'}{self.number}"

    @property
    def speaker(self) -> str:
        return self.check.quote.speaker_name

    @property
    def verdict(self) -> str:
        return self.check.verdict


class QuoteList:
    """Both articles' checked quotations (the engine's order: the left's, then the right's),
    found in the articles whose texts are `texts`."""

    def __init__(self, left: Article, right: Article, checks: tuple[QuoteCheck, ...]):
        self.checks = checks
        self.texts = (left.text, right.text)
        self.entries: tuple[QuoteEntry, ...] = ()
        self.place(left, right)

    def place(self, left: Article, right: Article) -> None:
        """Find each quotation's sentences in these articles (a saved review may split the
        same text into other sentences than the check saw)."""
        entries = []
        for side, article in (("left", left), ("right", right)):
            mine = tuple(c for c in self.checks if c.side == side)
            for n, (check, ids) in enumerate(
                zip(mine, quote_sentences(article, mine), strict=True), start=1
            ):
                entries.append(QuoteEntry(check, n, ids))
        self.entries = tuple(entries)
        self._by_sentence: dict[tuple[str, int], list[int]] = {}
        for index, entry in enumerate(self.entries):
            for sid in entry.sentences:
                self._by_sentence.setdefault((entry.side, sid), []).append(index)
        self._order: tuple[object, tuple[int, ...]] | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def at(self, side: str, sid: int) -> list[int]:
        """The quotations (indices into `entries`) running through one sentence."""
        return self._by_sentence.get((side, sid), [])

    def in_item(self, item: Item | None) -> list[int]:
        """The quotations running through any sentence of the item, in `entries` order."""
        if item is None:
            return []
        found = {i for sid in item.left for i in self.at("left", sid)}
        found |= {i for sid in item.right for i in self.at("right", sid)}
        return sorted(found)

    def order(self, item_at: Callable[[str, int], int | None], token: object) -> tuple[int, ...]:
        """The entries in the review's reading order: by the item holding their first
        sentence (`item_at(side, sid)`; the articles' order while nothing is aligned), kept
        until `token` (which items there are) changes."""
        if self._order is None or self._order[0] is not token:

            def key(index: int) -> tuple:
                entry = self.entries[index]
                item = item_at(entry.side, entry.sentences[0]) if entry.sentences else None
                return (
                    -1 if item is None else item,
                    _SIDE_ORDER[entry.side],
                    entry.check.quote.start,
                )

            self._order = (token, tuple(sorted(range(len(self.entries)), key=key)))
        return self._order[1]
