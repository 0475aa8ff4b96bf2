"""Sentence splitting: the boundary cases in segmentation/, both seeds, no lost text."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.engine.segment import split_sentences, split_spans
from desktop.paths import SEEDS

CASES = Path(__file__).parent / "segmentation"


@dataclass(frozen=True)
class Case:
    """Text with boundary positions counted in non-whitespace characters."""

    name: str
    text: str
    required: frozenset[int]
    optional: frozenset[int]


def marked_case(name: str, marked: str) -> Case:
    """A one-line case: each `|` (required) or `~` (optional) is a space and a boundary."""
    required: set[int] = set()
    optional: set[int] = set()
    count = 0
    for char in marked:
        if char == "|":
            required.add(count)
        elif char == "~":
            optional.add(count)
        elif not char.isspace():
            count += 1
    return Case(name, re.sub(r"[|~]", " ", marked), frozenset(required), frozenset(optional))


def _lines(path: Path) -> list[str]:
    """The lines of a case file that are not blank or `#` notes."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line for line in lines if line.strip() and not line.startswith("#")]


def marked_cases(file_name: str) -> list[Case]:
    """Every case of segmentation/<file_name>, named by its line."""
    return [
        marked_case(f"{file_name}:{n}", line) for n, line in enumerate(_lines(CASES / file_name), 1)
    ]


def seed_case(seed: Path) -> Case:
    """A sample article; segmentation/<seed>.starts.txt gives each sentence's opening words."""
    text = seed.read_text(encoding="utf-8")
    visible = _visible(text)
    required: set[int] = set()
    optional: set[int] = set()
    position = 0
    for i, line in enumerate(_lines(CASES / f"{seed.stem}.starts.txt")):
        joinable = line.startswith("~")
        words = _visible(line.removeprefix("~"))
        position = visible.find(words, position)
        assert position >= 0, f"{seed.stem}: {words!r} not found in order"
        if i:
            (optional if joinable else required).add(position)
        else:
            assert position == 0, f"{seed.stem}: the first line must start the text"
        position += 1
    return Case(seed.name, text, frozenset(required), frozenset(optional))


def made_boundaries(text: str, spans: list[tuple[int, int]]) -> set[int]:
    """Where the spans start, counted in non-whitespace characters (the first start excluded)."""
    return {len(_visible(text[:start])) for start, _ in spans[1:]}


def check(case: Case, spans: list[tuple[int, int]]) -> list[str]:
    """What is wrong with `spans` for `case`; empty when the case is right."""
    problems = []
    kept = "".join(_visible(case.text[s:e]) for s, e in spans)
    if kept != _visible(case.text):
        problems.append("characters lost or repeated")
    made = made_boundaries(case.text, spans)
    visible = _visible(case.text)
    for pos in sorted(case.required - made):
        problems.append(f"missed boundary before {visible[pos : pos + 15]!r}")
    for pos in sorted(made - case.required - case.optional):
        problems.append(f"wrong boundary before {visible[pos : pos + 15]!r}")
    return problems


def _visible(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _assert_partition(text: str, spans: list[tuple[int, int]]) -> None:
    """Spans are ordered, trimmed, disjoint and together hold every non-space character."""
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        assert not text[previous_end:start].strip()
        previous_end = end
    assert not text[previous_end:].strip()


GERMAN = marked_cases("de.txt")
ENGLISH = marked_cases("en.txt")
SEED_CASES = [seed_case(path) for path in sorted(SEEDS.glob("*.txt"))]


@pytest.mark.parametrize("case", GERMAN + SEED_CASES, ids=lambda c: c.name)
def test_german_case(case: Case) -> None:
    assert check(case, split_spans(case.text, "de")) == []


@pytest.mark.parametrize("case", ENGLISH, ids=lambda c: c.name)
def test_english_case(case: Case) -> None:
    assert check(case, split_spans(case.text, "en")) == []


def test_every_case_file_is_used() -> None:
    assert len(GERMAN) >= 70 and len(ENGLISH) >= 35 and len(SEED_CASES) == 2
    assert all(len(case.required) >= 10 for case in SEED_CASES)


def test_boundary_after_closing_quote() -> None:
    text = "„Wir kommen“, sagte er. Dann ging er."
    assert split_sentences(text) == ["„Wir kommen“, sagte er.", "Dann ging er."]


def test_every_line_break_ends_a_sentence() -> None:
    text = "Überschrift ohne Punkt\nErster Satz geht\nweiter in Zeile drei\r\nQuelle: dpa"
    assert split_sentences(text) == [
        "Überschrift ohne Punkt",
        "Erster Satz geht",
        "weiter in Zeile drei",
        "Quelle: dpa",
    ]


def test_numbered_list_items_keep_their_number() -> None:
    text = "Die Forderungen:\n1. Die Grenze wird gesichert.\n2. Mehr Kontrollen.\nII. Finanzen"
    assert split_sentences(text) == [
        "Die Forderungen:",
        "1. Die Grenze wird gesichert.",
        "2. Mehr Kontrollen.",
        "II. Finanzen",
    ]
    assert split_sentences("1. The border will be secured.", "en") == [
        "1. The border will be secured."
    ]


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Im Jahr 2060.Im Berufsleben fehlen Kräfte.",
            ["Im Jahr 2060.", "Im Berufsleben fehlen Kräfte."],
        ),
        ("Das war knapp.Danach kam Regen.", ["Das war knapp.", "Danach kam Regen."]),
        (
            "Mehr auf Spiegel.de und bei ZEIT.de lesen.",
            ["Mehr auf Spiegel.de und bei ZEIT.de lesen."],
        ),
        ("Er nannte 5 Mio.Euro als Summe.", ["Er nannte 5 Mio.Euro als Summe."]),
    ],
)
def test_a_lost_space_after_a_full_stop(text: str, sentences: list[str]) -> None:
    assert split_sentences(text) == sentences


def test_whitespace_only_gives_no_sentences() -> None:
    assert split_spans(" \n\t \n", "de") == []


@pytest.mark.parametrize("case", GERMAN + SEED_CASES, ids=lambda c: c.name)
def test_spans_partition_the_case_texts(case: Case) -> None:
    _assert_partition(case.text, split_spans(case.text, "de"))


@pytest.mark.parametrize("seed", range(30))
def test_spans_partition_random_text(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "aäBc Dé.!?…“„\"'«»()[]\n\r\t 0123456789,;:-–\u00a0\u2028z.B.U.S.Nr.am 3. "
    text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
    for lang in ("de", "en"):
        _assert_partition(text, split_spans(text, lang))
