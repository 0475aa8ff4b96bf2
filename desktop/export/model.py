"""The export model every format renders: one row per review item, a summary, provenance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from desktop.engine.items import ONLY_LEFT, ONLY_RIGHT, PAIR, items, to_check
from desktop.engine.models import Comparison, Discrepancy, WordOp
from desktop.engine.quotes import QuoteCheck
from desktop.export.closest import CloseRow, closest_rows, item_numbers
from desktop.export.provenance import Provenance, make_provenance
from desktop.export.quotations import QuoteRow, by_item, checked_quotes, quote_rows
from desktop.store.records import Annotation
from desktop.vocabulary import (
    CONTRADICTION,
    DIFFERS,
    IRRELEVANT,
    LABEL,
    STATES,
    VERIFY,
    labels_text,
)

UNLABELLED = "unlabelled"
# The summary lists of the formats that also print every item in full (HTML, PDF, Word) quote
# this much of it: enough to recognise the item, whose number leads to the full text.
EXCERPT_CHARS = 70


@dataclass(frozen=True, slots=True)
class Row:
    """One review item as every format shows it."""

    number: int
    key: str
    kind: str
    pair_number: int | None
    left_ids: tuple[int, ...]
    left_texts: tuple[str, ...]
    right_ids: tuple[int, ...]
    right_texts: tuple[str, ...]
    score: float | None
    manual: bool
    label: str | None
    note: str
    reviewed: bool
    discrepancies: tuple[Discrepancy, ...]
    boilerplate: bool = False
    word_diff: tuple[WordOp, ...] = ()  # a pair's word differences, marked inline
    also: tuple[str, ...] = ()  # more labels, on an item holding sentences labelled differently
    quotations: tuple[QuoteRow, ...] = ()  # the quotations starting in this item
    closest: tuple[CloseRow, ...] = ()  # a one-sided item's nearest misses in the other article
    worth_checking: bool = False  # the first of them came close to a link (items.to_check)

    @property
    def state(self) -> str:
        name = STATES[self.kind].name
        return f"{name} (boilerplate)" if self.boilerplate else name

    @property
    def set_aside(self) -> bool:
        """Left out of the one-sided lists: furniture, or marked irrelevant by the journalist."""
        return self.boilerplate or self.labels == (IRRELEVANT,)

    @property
    def glyph(self) -> str:
        return STATES[self.kind].glyph

    @property
    def marker(self) -> str:
        """ "P3" for the third pair, empty for unique sentences."""
        return f"P{self.pair_number}" if self.pair_number else ""

    @property
    def left_text(self) -> str:
        return " ".join(self.left_texts)

    @property
    def right_text(self) -> str:
        return " ".join(self.right_texts)

    @property
    def labels(self) -> tuple[str, ...]:
        return (self.label, *self.also) if self.label else ()

    @property
    def label_text(self) -> str:
        """Every label as one line (vocabulary.labels_text)."""
        return labels_text(self.labels)

    @property
    def closest_lines(self) -> tuple[str, ...]:
        """ "Closest (worth checking): right #2, score 16, ..." for each nearest miss, the mark
        on the first (the one that came close)."""
        lines = [f"Closest: {closest_text(c)}" for c in self.closest]
        if lines and self.worth_checking:
            lines[0] = f"Closest (worth checking): {closest_text(self.closest[0])}"
        return tuple(lines)

    @property
    def flags(self) -> tuple[str, ...]:
        return tuple(flag_text(d) for d in self.discrepancies)


@dataclass(frozen=True, slots=True)
class Summary:
    """Coverage, label counts and the items only one source has (among the exported rows)."""

    left_in_right: float
    right_in_left: float
    left_chars_in_right: float
    right_chars_in_left: float
    total_items: int
    exported_items: int
    reviewed_items: int
    pairs: int
    label_counts: dict[str, int] = field(default_factory=dict)
    only_left: tuple[Row, ...] = ()
    only_right: tuple[Row, ...] = ()
    only_left_irrelevant: int = 0
    only_right_irrelevant: int = 0
    contradictions: tuple[Row, ...] = ()
    to_verify: tuple[Row, ...] = ()
    flagged: tuple[Row, ...] = ()
    annotated: tuple[Row, ...] = ()  # every labelled or noted item


@dataclass(frozen=True, slots=True)
class ExportModel:
    """Everything an export shows; built once by `build` and rendered by each format."""

    left_name: str
    right_name: str
    rows: tuple[Row, ...]
    summary: Summary
    provenance: Provenance
    include_unreviewed: bool
    comparison: Comparison
    title: str = ""  # the saved comparison's title, if it has one
    quotes: tuple[QuoteCheck, ...] = ()  # both articles' checked quotations (the JSON's)
    quotations: tuple[QuoteRow, ...] = ()  # the same, as every format lists them

    @property
    def heading(self) -> str:
        """What every format is headed with: the title, else both articles' names."""
        return self.title or f"{self.left_name} ↔ {self.right_name}"


def count_name(key: str) -> str:
    """What a line of the label counts is called ("No label yet" for the unlabelled)."""
    return LABEL[key].text if key in LABEL else "No label yet"


def flag_text(d: Discrepancy) -> str:
    """A discrepancy as one line, e.g. "number: 20 (differs) 25" with the vocabulary's mark."""
    left = ", ".join(d.left) or "—"
    right = ", ".join(d.right) or "—"
    return f"{d.kind}: {left} {DIFFERS} {right}"


def closest_text(c: CloseRow, limit: int = EXCERPT_CHARS) -> str:
    """A nearest miss on one line: "right #7, score 12, shared: waffenhandel: “Ebenso …”"."""
    where = f"{c.side} #{c.item}" if c.item is not None else f"{c.side} sentence {c.sid + 1}"
    shared = ", ".join(c.evidence[:6]) or "no word"
    return f"{where}, score {c.score:.0f}, shared: {shared}: “{excerpt(c.text, limit)}”"


def build(
    comparison: Comparison,
    annotations: Mapping[str, Annotation] | None = None,
    include_unreviewed: bool = True,
    provenance: Provenance | None = None,
    title: str = "",
    quotes: tuple[QuoteCheck, ...] | None = None,
) -> ExportModel:
    """The export model of `comparison` with the journalist's annotations (by item key) and
    its checked quotations (checked here unless `quotes` are given)."""
    annotations = annotations or {}
    quotes = checked_quotes(comparison, quotes)
    quotations = quote_rows(comparison, quotes)
    quoted_in = by_item(quotations)
    left, right = comparison.left.sentences, comparison.right.sentences
    rows: list[Row] = []
    all_items = items(comparison)
    item_of = item_numbers(all_items)
    pair_number = 0
    for number, item in enumerate(all_items, start=1):
        if item.kind == PAIR:
            pair_number += 1
        note = annotations.get(item.key)
        if not include_unreviewed and not (note and note.reviewed):
            continue
        pair = item.pair
        rows.append(
            Row(
                number=number,
                key=item.key,
                kind=item.kind,
                pair_number=pair_number if item.kind == PAIR else None,
                left_ids=item.left,
                left_texts=tuple(left[i].text for i in item.left),
                right_ids=item.right,
                right_texts=tuple(right[j].text for j in item.right),
                score=pair.score if pair else None,
                manual=bool(pair and pair.manual),
                label=note.label if note and note.label else None,
                note=note.note if note else "",
                reviewed=bool(note and note.reviewed),
                discrepancies=pair.discrepancies if pair else (),
                boilerplate=item.boilerplate,
                word_diff=pair.word_diff if pair else (),
                also=note.also if note and note.label else (),
                quotations=quoted_in.get(number, ()),
                closest=closest_rows(comparison, item, item_of),
                worth_checking=to_check(comparison, item),
            )
        )
    return ExportModel(
        left_name=comparison.left.name,
        right_name=comparison.right.name,
        rows=tuple(rows),
        summary=_summary(comparison, rows, len(all_items)),
        provenance=provenance or make_provenance(comparison),
        include_unreviewed=include_unreviewed,
        comparison=comparison,
        title=title,
        quotes=quotes,
        quotations=quotations,
    )


def _summary(comparison: Comparison, rows: list[Row], total: int) -> Summary:
    counts = dict.fromkeys(LABEL, 0)
    counts[UNLABELLED] = 0
    for row in rows:
        for name in row.labels or (UNLABELLED,):  # an item with two labels counts under both
            counts[name if name in counts else UNLABELLED] += 1
    cov = comparison.coverage
    return Summary(
        left_in_right=cov.left_in_right,
        right_in_left=cov.right_in_left,
        left_chars_in_right=cov.left_chars_in_right,
        right_chars_in_left=cov.right_chars_in_left,
        total_items=total,
        exported_items=len(rows),
        reviewed_items=sum(r.reviewed for r in rows),
        pairs=sum(r.kind == PAIR for r in rows),
        label_counts=counts,
        # Furniture and sentences marked irrelevant (bylines, donation appeals) would drown
        # the lists; they are counted instead.
        only_left=tuple(r for r in rows if r.kind == ONLY_LEFT and not r.set_aside),
        only_right=tuple(r for r in rows if r.kind == ONLY_RIGHT and not r.set_aside),
        only_left_irrelevant=sum(r.kind == ONLY_LEFT and r.set_aside for r in rows),
        only_right_irrelevant=sum(r.kind == ONLY_RIGHT and r.set_aside for r in rows),
        contradictions=tuple(r for r in rows if CONTRADICTION in r.labels),
        to_verify=tuple(r for r in rows if VERIFY in r.labels),
        # Flagged pairs already listed as contradictions or to verify are not repeated.
        flagged=tuple(
            r for r in rows if r.discrepancies and not {CONTRADICTION, VERIFY} & set(r.labels)
        ),
        annotated=tuple(r for r in rows if r.label or r.note),
    )


# A row this long (both sides, in characters) reads better across a landscape page.
LONG_ROW = 1500


def landscape(model: ExportModel) -> bool:
    """Whether the paper formats turn the page: when a row is long, the text gets the width."""
    return any(len(r.left_text) + len(r.right_text) > LONG_ROW for r in model.rows)


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    """The start of `text`, cut at a word and marked with "…" when longer than `limit`."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0] or text[:limit]
    return cut.rstrip(",;:") + " …"


def plural(n: int, word: str, words: str | None = None) -> str:
    """ "1 pair", "7 pairs"."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


def coverage_text(s: Summary) -> str:
    """The coverage sentence every format opens its summary with."""
    return (
        f"{s.left_in_right:.0%} of the left article’s sentences ({s.left_chars_in_right:.0%} of "
        f"its text) are also in the right one; {s.right_in_left:.0%} of the right article’s "
        f"sentences ({s.right_chars_in_left:.0%} of its text) are also in the left one."
    )


def scope_text(s: Summary, include_unreviewed: bool) -> str:
    """How much of the comparison the export holds, e.g. "29 of 29 items exported; ..."."""
    only = "" if include_unreviewed else " (only reviewed items)"
    return (
        f"{s.exported_items} of {plural(s.total_items, 'item')} exported{only}; "
        f"{s.reviewed_items} reviewed; {plural(s.pairs, 'pair')}."
    )


@dataclass(frozen=True, slots=True)
class Section:
    """One list in the summary: its heading, its rows, which side's text to quote
    ("left", "right" or "both") and how many one-sided items were left out as irrelevant."""

    heading: str
    rows: tuple[Row, ...]
    side: str
    hidden: int = 0


def sections(s: Summary) -> tuple[Section, ...]:
    """The summary lists every format shows, in order (the flagged list only when needed)."""
    out = [
        Section("Labels and notes", s.annotated, "both"),
        Section("What only the left source says", s.only_left, "left", s.only_left_irrelevant),
        Section("What only the right source says", s.only_right, "right", s.only_right_irrelevant),
        Section("Contradictions", s.contradictions, "both"),
        Section(LABEL[VERIFY].text, s.to_verify, "both"),
    ]
    if s.flagged:
        out.append(Section("Paired sentences with differing numbers or names", s.flagged, "both"))
    return tuple(out)
