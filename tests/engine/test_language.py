"""Language detection: German and English, short and long texts, and the fallback."""

from __future__ import annotations

import pytest

from desktop.engine.language import detect_language
from desktop.paths import SEED_LEFT, SEED_RIGHT

SHORT = [
    ("Das ist gut.", "de"),
    ("This is good.", "en"),
    ("Der Präsident reist nach Mexiko.", "de"),
    ("The president travels to Mexico.", "en"),
    ("Merkel traf Obama in Berlin.", "de"),
    ("Hello world", "en"),
    ("Größe", "de"),
    ("Sie sagte, dass sie kommt.", "de"),
    ("He said he wasn't coming.", "en"),
]
ENGLISH_LONG = (
    "US Secretary of State Marco Rubio visited Mexico as part of a tour of Latin America that "
    "focused on security, drug policy and migration. In the Mexican capital he held talks with "
    "senior officials, including President Claudia Sheinbaum, who has said she wants to ease "
    "tensions between the two countries. The main topic was the smuggling of fentanyl. "
) * 20


@pytest.mark.parametrize(("text", "language"), SHORT)
def test_short_texts(text: str, language: str) -> None:
    assert detect_language(text) == language
    assert detect_language(text, default="en" if language == "de" else "de") == language


def test_long_german_seeds() -> None:
    for path in (SEED_LEFT, SEED_RIGHT):
        assert detect_language(path.read_text(encoding="utf-8"), default="en") == "de"


def test_long_english_text_quoting_german_names() -> None:
    text = ENGLISH_LONG + "He spoke to Außenministerin Müller in Düsseldorf and Göttingen."
    assert detect_language(text, default="de") == "en"


@pytest.mark.parametrize("text", ["", "12345 678", "!!! ???", "Hallo Welt"])
def test_no_evidence_gives_the_default(text: str) -> None:
    assert detect_language(text, default="en") == "en"
    assert detect_language(text, default="de") == "de"
