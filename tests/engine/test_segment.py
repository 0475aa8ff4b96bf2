"""Sentence splitting: every shared boundary case, English and German extras, no lost text."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.engine.segment import split_sentences, split_spans
from tests.conftest import SHARED

SEGMENTATION = SHARED / "segmentation"

# Cases written for this project in the shared format: `|` required boundary, `~` optional.
EXTRA_GERMAN = [
    "Die Zahl der Toten stieg auf 18.|Rettungskräfte suchen weiter.",
    "Zum 75. Geburtstag kamen viele Gäste.|Der Jubilar freute sich.",
    "Im 19. Jahrhundert wuchs die Stadt schnell.",
    "Die Wahl findet am 1. März statt.|Gewählt wird bis 18 Uhr.",
    "Der Vertrag gilt ab 1.1.2026 für alle Mitarbeiter.",
    "Die Kosten liegen bei 2,5 Mrd. Euro.|Das sagte Finanzminister Klingbeil.",
    "Der Konzern (Sitz: München) meldete ein Plus von 4 Prozent.|Analysten hatten mehr erwartet.",
    "„Das ist ein Skandal!“, rief sie.|Dann verließ sie den Saal.",
    "„Kommen Sie morgen?“ fragte er.|Sie nickte.",
    "Er sagte: „Wir werden gewinnen.“|Seine Partei sah das anders.",
    "Der Gipfel endete ohne Einigung …|Die Gespräche sollen weitergehen.",
    "Die Sitzung wurde auf 9.15 Uhr verlegt.|Alle Mitglieder waren da.",
    "Laut § 3 Abs. 2 StGB ist das strafbar.|Der Richter sah das anders.",
    "Berlin.~Die Koalition hat sich auf einen Haushalt geeinigt.",
    "Der Verein wurde 1990 gegr. und hat heute 300 Mitglieder.",
    "Dr. Anna Weber, Leiterin der Studie, widersprach.|Die Daten seien eindeutig.",
    "Der Fonds investiert u. a. in Aktien, Anleihen usw.|Das Risiko gilt als gering.",
    "Die Firma Meyer & Co. KG meldete Insolvenz an.",
    "Der Zug fährt um 7.45 Uhr ab Hbf. Köln.|Er kommt um 12 Uhr an.",
    "Papst Leo XIV. empfing den Präsidenten.",
    "Warum?|Niemand wusste es.|Alle schwiegen!",
    'Der Minister nannte den Bericht "unseriös".|Er will ihn prüfen lassen.',
    "Die Ausstellung läuft bis 3. Okt. 2025 im Museum.",
    "Der Text erschien in der F.A.Z. am Sonntag.",
    "Der 3. Platz ging an Norwegen.|Deutschland wurde Vierter.",
    # Written after the rules, as a check on unseen text (34 of 35 right before "Vorsitzender").
    "Der DAX schloss bei 18.500 Punkten.|Am Freitag war er noch gestiegen.",
    "Die Polizei nahm den 34-Jährigen fest.|Er soll betrunken gewesen sein.",
    "Bundeskanzler Friedrich Merz (CDU) sagte am Montag in Berlin, man werde prüfen.|Die SPD reagierte verhalten.",
    "Das Spiel endete 2:1.|Trainer Kompany war zufrieden.",
    "Die Bahn AG kündigte an, ab dem 15. Dezember mehr Züge fahren zu lassen.",
    "Der Anschlag ereignete sich gegen 22.15 Uhr.|Drei Menschen wurden verletzt.",
    "Die EU-Kommission (Brüssel) erwartet ein Wachstum von 0,8 Prozent.|Im Vorjahr waren es 0,4 Prozent.",
    "Er zitierte aus dem Brief: „Wir haben keine Wahl.“|Der Brief liegt der Redaktion vor.",
    "„Ich bin sehr enttäuscht“, sagte Müller der Deutschen Presse-Agentur.|„Das hätten wir verhindern können.“",
    "Die Stadt hat rund 1,5 Mio. Einwohner.|Sie wächst seit Jahren.",
    "Der Täter flüchtete in Richtung Hauptbahnhof.|Hinweise nimmt die Polizei unter Tel. 0221 229-0 entgegen.",
    "Das Unternehmen mit Sitz in Frankfurt a. M. beschäftigt 2000 Mitarbeiter.",
    "Der Gipfel fand vom 12. bis 14. Juni statt.|Es war der 51. G7-Gipfel.",
    "Wer hat's erfunden?|Die Schweizer.",
    "Das Gesetz tritt am 1. Januar 2026 in Kraft.|Bis dahin gilt die alte Regelung.",
    "Der 2. Weltkrieg endete 1945.|Europa lag in Trümmern.",
    "Dies sei ein „klarer Verstoß gegen das Völkerrecht“.|Russland wies die Vorwürfe zurück.",
    "Sie erreichte Platz 3.|Gold ging an eine Norwegerin.",
    "Hamburg (dpa) - Die Polizei hat am Sonntag einen Mann festgenommen.",
    "Washington/Berlin.~Die USA und Deutschland wollen enger kooperieren.",
    "Die Preise stiegen im Schnitt um 3 %.|Besonders teuer wurde Butter.",
    "Mehr dazu lesen Sie auf S. 4.|Die Redaktion.",
    "Der frühere US-Präsident Barack H. Obama hielt eine Rede.",
    "Die Aktie notierte bei 12,50 €.|Analysten sehen Potenzial.",
    "Er kommt aus St. Gallen.",
    "Die Anklage lautet auf Mord gem. § 211 StGB.",
    "Zu den Gästen gehörten u.a. der Bundespräsident und die Ministerpräsidentin.",
    "Er wurde 1. Vorsitzender des Vereins.",
    "Sie sagte: „Nein.“|Mehr wollte sie nicht sagen.",
    "Die Reform soll bis Ende 2027 umgesetzt werden (vgl. Kap. 4).|Kritiker halten das für unrealistisch.",
    "Das Treffen war für 10 Uhr geplant, begann aber erst um 11.|Grund war ein Stau.",
    "Ist das das Ende?|„Nein“, sagt der Experte.",
    "Die Abstimmung endete mit 312 zu 280 Stimmen.|Die Opposition kündigte Widerstand an.",
    "Der Bericht (S. 12 ff.) nennt keine Zahlen.",
    "Die Wahlbeteiligung lag bei 82,5 Prozent – so hoch wie seit 1990 nicht mehr.|Das freut die Parteien.",
]
ENGLISH = [
    "Mr. Smith went to Washington.|He met Dr. Jones at 9 a.m. on Monday.",
    "The U.S. Department of State said on Tuesday that talks would continue.",
    "The talks took place in the U.S.|The president attended.",
    "Apple Inc. reported record sales.|Shares rose 3 percent.",
    "Some cities, e.g. Boston and Chicago, saw protests.|Police made arrests.",
    "The meeting ends at 5 p.m. Eastern time.",
    '"We are ready," she said.|"We will not back down."',
    '"Is this the end?" he asked.|Nobody answered.',
    "Sen. Elizabeth Warren and Gov. Gavin Newsom spoke.|Both criticised the plan.",
    "The company, founded in 1990, employs 5,000 people.|It is based in Ohio.",
    "Prices rose 2.5 percent in May.|That was more than expected.",
    "He was born on Jan. 5, 1980, in St. Louis.",
    "The vote was 52-48.|Democrats objected.",
    "Wait... what happened?",
    "It happened in 2024.|Officials confirmed it.",
    "Donald J. Trump spoke to reporters.",
    "See No. 5 on the list.|It is the most important item.",
    # Written after the rules, as a check on unseen text (19 of 20 right before "No one").
    "The company said revenue rose 5 percent to $3.2 billion.|Analysts had expected $3.1 billion.",
    "Gov. Kathy Hochul, D-N.Y., signed the bill.|It takes effect in January.",
    "The U.N. Security Council met on Friday.|Russia vetoed the resolution.",
    "He lives in Washington, D.C.|His family is in Ohio.",
    "Prof. Smith, Ph.D., will speak.",
    "The plane landed at 6:45 a.m.|No one was hurt.",
    'She said, "I\'m not leaving."|Then she left.',
    "The bill passed 52-48 in the Senate on Tuesday.|President Trump is expected to sign it.",
    "The report was released on Oct. 3.|Officials declined to comment.",
    "He earned an M.B.A. from Harvard.|He then joined Goldman Sachs.",
    "Sales rose 4.5% in Q3.|Costs fell.",
    "Who's to blame?|Nobody knows.",
    "It was, in a word, a disaster!|Critics agreed.",
    "The Rev. Martin Luther King Jr. spoke here in 1963.",
    "Smith & Wesson Brands Inc. shares fell 4%.",
    "Ms. Lee, 45, was arrested Friday.|She was released on bail.",
    "The vote is set for Jan. 15.|Lawmakers are divided.",
    '"We will respond," the minister said.|"This is not over."',
    "The firm, based in St. Paul, Minn., makes medical devices.",
    "He served in the U.S. Army for 20 years.",
]


@dataclass(frozen=True)
class Case:
    """Text with boundary positions counted in non-whitespace characters."""

    name: str
    text: str
    required: frozenset[int]
    optional: frozenset[int]


def marked_case(name: str, marked: str) -> Case:
    """A one-line case in the shared format: each `|` or `~` is a space and a boundary."""
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


def seed_case(sentences_file: Path, seeds: Path) -> Case:
    """A hand-split seed: the text is the seed file, each line of the split one sentence."""
    prefix = sentences_file.name.split(".")[0].split("_")[1]
    (source,) = seeds.glob(f"{prefix}_*.txt")
    text = source.read_text(encoding="utf-8")
    required: set[int] = set()
    optional: set[int] = set()
    count = 0
    for i, line in enumerate(sentences_file.read_text(encoding="utf-8").splitlines()):
        if not line.strip():
            continue
        joinable = line.startswith("~")
        if i:
            (optional if joinable else required).add(count)
        count += len(_visible(line[1:] if joinable else line))
    assert count == len(_visible(text)), f"{sentences_file.name} does not match its seed"
    return Case(sentences_file.name, text, frozenset(required), frozenset(optional))


def shared_cases(folder: Path = SEGMENTATION) -> list[Case]:
    """Every case in shared/segmentation/: each line of tricky_de.txt and each split seed."""
    cases = [
        marked_case(f"tricky_de:{n}", line)
        for n, line in enumerate(
            (folder / "tricky_de.txt").read_text(encoding="utf-8").splitlines(), 1
        )
        if line.strip()
    ]
    seeds = folder.parent / "seeds"
    cases += [seed_case(path, seeds) for path in sorted(folder.glob("*.sentences.txt"))]
    return cases


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


@pytest.mark.parametrize("case", shared_cases(), ids=lambda c: c.name)
def test_shared_case(case: Case) -> None:
    assert check(case, split_spans(case.text, "de")) == []


@pytest.mark.parametrize("marked", EXTRA_GERMAN)
def test_german_case(marked: str) -> None:
    case = marked_case("de", marked)
    assert check(case, split_spans(case.text, "de")) == []


@pytest.mark.parametrize("marked", ENGLISH)
def test_english_case(marked: str) -> None:
    case = marked_case("en", marked)
    assert check(case, split_spans(case.text, "en")) == []


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


@pytest.mark.parametrize("case", shared_cases(), ids=lambda c: c.name)
def test_spans_partition_the_shared_texts(case: Case) -> None:
    _assert_partition(case.text, split_spans(case.text, "de"))


@pytest.mark.parametrize("seed", range(30))
def test_spans_partition_random_text(seed: int) -> None:
    rng = random.Random(seed)
    alphabet = "aäBc Dé.!?…“„\"'«»()[]\n\r\t 0123456789,;:-–\u00a0\u2028z.B.U.S.Nr.am 3. "
    text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 400)))
    for lang in ("de", "en"):
        _assert_partition(text, split_spans(text, lang))
