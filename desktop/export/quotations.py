"""The Quotations section of every export: each quotation, who said it, its verdict against the
other article and the words that differ."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.engine.items import items
from desktop.engine.models import Comparison
from desktop.engine.quotes import ABSENT, QuoteCheck, compare_quotes, quote_sentences
from desktop.vocabulary import VERDICTS, verdict_line, word_change

HEADING = "Quotations"


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quotation as every format shows it; `index` is its place in the JSON's "quotes",
    `item` the number of the review item it starts in (None before any item holds it)."""

    index: int
    label: str  # "L1" for the left article's first quotation
    side: str
    item: int | None
    speaker: str
    verdict: str
    text: str
    other_text: str  # what the other article has in its place ("" when absent)
    other_speaker: str
    changes: tuple[str, ...]  # "Verbrechen → Kriminalität", in text order

    @property
    def glyph(self) -> str:
        return VERDICTS[self.verdict].glyph

    @property
    def verdict_text(self) -> str:
        """ "⊘ absent: the other article does not have it"."""
        return verdict_line(self.verdict, self.other_speaker)

    @property
    def head(self) -> str:
        """ "L4 gemeinsamen Erklärung (#21)": which quotation, who, where."""
        where = f" (#{self.item})" if self.item is not None else ""
        return f"{self.label} {self.speaker}{where}"

    @property
    def summary(self) -> str:
        """The quotation on one line, as a CSV cell: who, verdict, what differs."""
        changed = f" ({'; '.join(self.changes)})" if self.changes else ""
        return f"{self.label} {self.speaker}: {self.verdict}{changed}"


def checked_quotes(comparison: Comparison, checks: tuple[QuoteCheck, ...] | None) -> tuple:
    """The comparison's checked quotations: `checks` when the caller has them (the window
    checked them in the background), else checked now."""
    return checks if checks is not None else compare_quotes(comparison.left, comparison.right)


def quote_rows(comparison: Comparison, checks: tuple[QuoteCheck, ...]) -> tuple[QuoteRow, ...]:
    """Every quotation of both articles in the engine's order (the left's, then the right's)."""
    number_of = {}
    for number, item in enumerate(items(comparison), start=1):
        number_of.update({("left", i): number for i in item.left})
        number_of.update({("right", j): number for j in item.right})
    rows = []
    for side, article, other in (
        ("left", comparison.left, comparison.right),
        ("right", comparison.right, comparison.left),
    ):
        mine = [(n, c) for n, c in enumerate(checks) if c.side == side]
        places = quote_sentences(article, tuple(c for _, c in mine))
        for count, ((index, check), sentences) in enumerate(zip(mine, places, strict=True), 1):
            match = check.match
            rows.append(
                QuoteRow(
                    index=index,
                    label=f"{'L' if side == 'left' else 'R'}{count}",
                    side=side,
                    item=number_of.get((side, sentences[0])) if sentences else None,
                    speaker=check.quote.speaker_name,
                    verdict=check.verdict,
                    text=check.quote.text,
                    other_text=" ".join(other.text[match[0] : match[1]].split()) if match else "",
                    other_speaker=(check.other_speaker.name or "unknown")
                    if check.other_speaker is not None
                    else "",
                    changes=tuple(word_change(op.left, op.right) for op in check.differences),
                )
            )
    return tuple(sorted(rows, key=lambda r: r.index))


def by_item(rows: tuple[QuoteRow, ...]) -> dict[int | None, tuple[QuoteRow, ...]]:
    """The quotations by the number of the item they start in."""
    out: dict[int | None, list[QuoteRow]] = {}
    for row in rows:
        out.setdefault(row.item, []).append(row)
    return {item: tuple(found) for item, found in out.items()}


def intro(rows: tuple[QuoteRow, ...]) -> str:
    """The sentence above the section: how many, and how many the other article has."""
    if not rows:
        return "Neither article has a quotation."
    absent = sum(r.verdict == ABSENT for r in rows)
    n = len(rows)
    return (
        f"{n} quotation{'s' * (n != 1)}; {n - absent} found in the other article "
        f"(verbatim, altered, paraphrased or attributed differently), {absent} not."
    )
