"""What review labels, sentence states and quote verdicts are called and look like: one table
for every layer."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.engine.items import ONLY_LEFT, ONLY_RIGHT, PAIR
from desktop.engine.quotes_check import (
    ABSENT,
    ALTERED,
    ATTRIBUTED_DIFFERENTLY,
    PARAPHRASED,
    VERBATIM,
)
from desktop.wording import joined, phrase

BOILERPLATE = "boilerplate"  # a sentence state only: furniture is not a review item
DISAGREE = "disagree"  # a pair whose sentences state a number, date, name, ... differently


@dataclass(frozen=True, slots=True)
class Label:
    """A review label: the digit key that sets it, the name stored, the text shown, and a
    glyph so the chip reads without its colour."""

    digit: str
    name: str
    text: str
    glyph: str
    hue: str


# Okabe–Ito hues the sentence states do not use; the digit order is the order listed here.
LABELS: tuple[Label, ...] = (
    Label("1", "corroborated", phrase("Corroborated (both say it)"), "✔", "#56B4E9"),
    Label("2", "contradiction", phrase("Contradiction"), "✘", "#CC79A7"),
    Label("3", "framing", phrase("Framing or emphasis differs"), "≈", "#F0E442"),
    Label("4", "verify", phrase("Needs verification"), "?", "#E69F00"),
    Label("5", "irrelevant", phrase("Irrelevant or boilerplate"), "∅", "#9E9E9E"),
)
LABEL = {label.name: label for label in LABELS}
LABEL_OF_DIGIT = {label.digit: label for label in LABELS}
CONTRADICTION, VERIFY, IRRELEVANT = "contradiction", "verify", "irrelevant"


def label_text(name: str | None) -> str:
    """What a stored label name says ("" for none; an unknown name as it is)."""
    if not name:
        return ""
    return LABEL[name].text if name in LABEL else name


def labels_text(names) -> str:
    """Several labels as one line: "Corroborated (both say it) + Contradiction"."""
    return joined(" + ", [label_text(name) for name in names])


@dataclass(frozen=True, slots=True)
class State:
    """How a sentence's alignment state is named and drawn, in the window and every export."""

    key: str
    name: str  # in exports' state column
    legend: str  # in the window's legend
    glyph: str
    hue: str


# Okabe–Ito: blue, vermillion and bluish green stay distinct under the common colour-vision
# deficiencies; every state also has a glyph (and an underline in the window) so colour is
# never the only cue. Boilerplate (donation appeals, source lines) is greyed: present, not a
# finding.
STATES: dict[str, State] = {
    PAIR: State(PAIR, "paired", phrase("In both (darker = closer)"), "●", "#0072B2"),
    ONLY_LEFT: State(ONLY_LEFT, "only left", phrase("Only left"), "◀", "#D55E00"),
    ONLY_RIGHT: State(ONLY_RIGHT, "only right", phrase("Only right"), "▶", "#009E73"),
    DISAGREE: State(DISAGREE, "disagrees", phrase("In both, stated differently"), "≠", "#CC79A7"),
    BOILERPLATE: State(
        BOILERPLATE, "boilerplate", phrase("Boilerplate (not counted)"), "○", "#8C8C8C"
    ),
}
# The legend's boilerplate entry while B counts furniture as content.
BOILERPLATE_COUNTED = phrase("Boilerplate (counted as content)")
# A sentence new or edited since the earlier version's review: a mark beside its own state.
CHANGED = State(
    "changed", "changed since review", phrase("Changed since your review"), "Δ", "#882255"
)
DIFFERS = STATES[DISAGREE].glyph  # between two values that differ: "20.000 ≠ 2.000"
CURRENT_HUE = "#F0E442"  # Okabe–Ito yellow: the current item is a highlighter stroke
NOTE_GLYPH, REVIEWED_GLYPH = "✎", "✓"
CUT_GLYPH = "✂"  # a piece of a sentence cut at the scoring limit (engine/limits.py)
REVIEWED = phrase("{glyph} reviewed", glyph=REVIEWED_GLYPH)


@dataclass(frozen=True, slots=True)
class Verdict:
    """How a quotation's verdict against the other article is named and drawn: `name` is the
    engine's (and the JSON's) verdict, `said` how the window names it, `text` what it means."""

    name: str
    text: str
    glyph: str
    hue: str
    said: str = ""


QUOTE_GLYPH = "❝"  # beside a sentence that holds a quotation
# Purple for edited words, as for pairs that disagree; vermillion where the speaker changes.
VERDICTS: dict[str, Verdict] = {
    v.name: v
    for v in (
        Verdict(
            VERBATIM,
            phrase("the other article has the same words"),
            "=",
            "#0072B2",
            phrase("verbatim"),
        ),
        Verdict(
            ALTERED,
            phrase("the other article has it with words changed"),
            "±",
            "#CC79A7",
            phrase("altered"),
        ),
        Verdict(
            PARAPHRASED,
            phrase("the other article says it in other words"),
            "∼",
            "#56B4E9",
            phrase("paraphrased"),
        ),
        Verdict(
            ATTRIBUTED_DIFFERENTLY,
            phrase("the other article gives it to someone else"),
            "⇄",
            "#D55E00",
            phrase("attributed differently"),
        ),
        Verdict(
            ABSENT, phrase("the other article does not have it"), "⊘", "#8C8C8C", phrase("absent")
        ),
    )
}
CHANGED_TO, NO_WORDS = "→", "–"  # a differing word: "Verbrechen → Kriminalität", "– → insbesondere"


def verdict_line(verdict: str, other_speaker: str = "") -> str:
    """ "⊘ absent: the other article does not have it"; an attribution says to whom."""
    v = VERDICTS[verdict]
    line = phrase("{glyph} {verdict}: {meaning}", glyph=v.glyph, verdict=v.said, meaning=v.text)
    if verdict == ATTRIBUTED_DIFFERENTLY and other_speaker:
        return phrase("{line} (there: {speaker})", line=line, speaker=other_speaker)
    return line


def word_change(mine: str, theirs: str) -> str:
    """One differing stretch of a quotation: its words and the other article's."""
    return f"{mine or NO_WORDS} {CHANGED_TO} {theirs or NO_WORDS}"
