"""Comparisons and annotations the export tests share (seeds, hostile text, a flagged pair)."""

from __future__ import annotations

from functools import cache

from desktop.engine.compare import compare
from desktop.engine.items import items
from desktop.engine.load import article_from_text, load_article
from desktop.engine.models import Comparison, Coverage, Discrepancy, Pair
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.store.records import Annotation

# Found by substring: the splitter and aligner change, these sentences stay in the seeds.
RUBIO = "Außenminister Marco Rubio"
PRESIDENT = "Präsidentin Claudia Sheinbaum"
PILLS = "20 Millionen Pillen"
DONATION = "Unterstützen Sie uns mit einer Spende"

NOTE_VERIFY = "Präsidentin bestätigt? Beim Außenministerium nachfragen <b>sofort</b> & danach"
NOTE_CONTRA = "Zahl weicht ab: 20 Millionen laut Ministerium"
NOTE_DONATION = "Spendenaufruf, kein Inhalt"

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = "[klick](https://evil.example/x)"
HOSTILE_TEXT = (
    f"Der Angreifer schrieb {SCRIPT} in das Formular. "
    f"Danach folgte {IMG} im Kommentarfeld. "
    f"Er verbreitete auch {LINK} und www.evil.example über Kanäle."
)
HOSTILE_NOTE = f"Achtung {SCRIPT} {IMG}"
HOSTILE_TITLE = 'Titel "><i>kursiv</i><script>alert(2)</script>'


@cache
def seed_comparison() -> Comparison:
    """The two bundled seed articles compared at the default threshold."""
    return compare(load_article(SEED_LEFT), load_article(SEED_RIGHT))


def key_with(comparison: Comparison, text: str) -> str:
    """The key of the review item whose sentences contain `text`."""
    left, right = comparison.left.sentences, comparison.right.sentences
    for item in items(comparison):
        joined = " ".join([left[i].text for i in item.left] + [right[j].text for j in item.right])
        if text in joined:
            return item.key
    raise AssertionError(f"no item contains {text!r}")


def seed_annotations(comparison: Comparison) -> dict[str, Annotation]:
    """A few reviewed and unreviewed annotations on the seed comparison."""
    made = [
        (PRESIDENT, "verify", NOTE_VERIFY, True),
        (PILLS, "contradiction", NOTE_CONTRA, True),
        (DONATION, "irrelevant", NOTE_DONATION, False),
    ]
    out = {}
    for text, label, note, reviewed in made:
        key = key_with(comparison, text)
        out[key] = Annotation(key, label=label, note=note, reviewed=reviewed, author="test")
    return out


@cache
def hostile_comparison() -> Comparison:
    """An article full of markup compared with the right seed."""
    left = article_from_text(HOSTILE_TEXT, path="angriff.txt", lang="de", title=HOSTILE_TITLE)
    return compare(left, load_article(SEED_RIGHT))


def hostile_annotations(comparison: Comparison) -> dict[str, Annotation]:
    """Mark every hostile sentence for verification, with a note that is markup too."""
    keys = {key_with(comparison, s) for s in (SCRIPT, IMG, LINK)}
    return {k: Annotation(k, label="verify", note=HOSTILE_NOTE, reviewed=True) for k in keys}


def flagged_comparison() -> Comparison:
    """A one-pair comparison whose pair differs in a number (built directly, not aligned)."""
    left = article_from_text("Die Polizei meldete 20 Verletzte.", path="a.txt", lang="de")
    right = article_from_text("Die Polizei meldete 25 Verletzte.", path="b.txt", lang="de")
    pair = Pair((0,), (0,), 88.0, (), (Discrepancy("number", ("20",), ("25",)),))
    return Comparison(left, right, 50.0, (pair,), (), (), Coverage(1.0, 1.0, 1.0, 1.0))
