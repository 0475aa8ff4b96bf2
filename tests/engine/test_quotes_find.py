"""Finding quotations and their speakers: marks of both languages, nesting, interruptions."""

import pytest

from desktop import paths
from desktop.engine.load import article_from_text, load_article
from desktop.engine.quotes import quotations
from tests.engine.quotes_cases import CASES


def found(text: str, lang: str = "de"):
    return quotations(article_from_text(text, lang=lang))


def test_the_news_report_has_four_quotations_with_their_speakers():
    article = load_article(paths.SEED_LEFT, "de")
    quotes = quotations(article)
    assert [q.speaker_name for q in quotes] == [
        "Sheinbaum",
        "US-Außenministerium",
        "Sheinbaum",
        "gemeinsamen Erklärung",
    ]
    assert quotes[0].text.startswith("Unser Ziel ist es, gemeinsame Ergebnisse")
    assert quotes[3].text.startswith("Ziel des Abkommens ist es")
    for q in quotes:
        assert article.text[q.start : q.end] == q.text  # offsets into Article.text


def test_a_nested_quote_stays_inside_the_state_department_quote():
    quotes = quotations(load_article(paths.SEED_LEFT, "de"))
    department = quotes[1]
    assert "die Agenda 'America First' von Präsident Trump voranzubringen." in department.text
    assert not any(q.text == "America First" for q in quotes)
    assert len(department.nested) == 1


def test_a_quote_of_three_sentences_is_one_quotation():
    quotes = quotations(load_article(paths.SEED_LEFT, "de"))
    assert quotes[2].text.startswith("Wir sind bereit, Informationen auszutauschen. Wenn sie")
    assert quotes[2].text.endswith("teilen wir diese ebenfalls.")


def test_the_press_release_quotes_no_one():
    assert quotations(load_article(paths.SEED_RIGHT, "de")) == ()


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Der Minister kam. „Wir werden nicht nachgeben“, sagte Müller am Montag.", "de"),
        ("Der Minister kam. »Wir werden nicht nachgeben«, sagte Müller am Montag.", "de"),
        ("Der Minister kam. «Wir werden nicht nachgeben», sagte Müller am Montag.", "de"),
        ("Der Minister kam. ‚Wir werden nicht nachgeben‘, sagte Müller am Montag.", "de"),
        ('Der Minister kam. "Wir werden nicht nachgeben", sagte Müller am Montag.', "de"),
        ("The minister came. “We will not back down,” said Müller on Monday.", "en"),
        ("The minister came. ‘We will not back down,’ said Müller on Monday.", "en"),
        ("The minister came. 'We will not back down,' said Müller on Monday.", "en"),
        ('The minister came. "We will not back down," said Müller on Monday.', "en"),
    ],
)
def test_every_kind_of_quotation_mark(text, lang):
    (quote,) = found(text, lang)
    assert quote.text.rstrip(",") in ("Wir werden nicht nachgeben", "We will not back down")
    assert quote.speaker_name == "Müller"


def test_apostrophes_neither_open_nor_close_a_quotation():
    (quote,) = found(
        "‘We don’t accept that the players’ union speaks for everyone,’ said Jones.", "en"
    )
    assert quote.text == "We don’t accept that the players’ union speaks for everyone,"
    assert quote.speaker_name == "Jones"


def test_a_quote_interrupted_by_sagte_er_is_one_quotation_in_two_parts():
    text = (
        "Innenministerin Nancy Faeser besuchte die Grenze. „Wir kontrollieren weiter“, sagte "
        "sie, „und zwar so lange wie nötig.“"
    )
    (quote,) = found(text)
    assert quote.text == "Wir kontrollieren weiter und zwar so lange wie nötig."
    assert [text[s:e] for s, e in quote.parts] == [
        "Wir kontrollieren weiter",
        "und zwar so lange wie nötig.",
    ]
    assert quote.speaker_name == "Nancy Faeser"


def test_two_quotes_each_with_its_own_attribution_stay_apart():
    quotes = found(
        "„Das ist ein Skandal“, sagte Meier. „Wir prüfen das“, erklärte die Behörde danach."
    )
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("Das ist ein Skandal", "Meier"),
        ("Wir prüfen das", "Behörde"),
    ]


def test_reported_speech_after_a_colon_without_quotation_marks():
    (quote,) = found("Die Ministerin sagte: Wir werden die Schulen nicht schließen.")
    assert quote.text == "Wir werden die Schulen nicht schließen."
    assert quote.speaker_name == "Ministerin"
    assert not quote.marked


def test_a_colon_without_a_speech_verb_is_no_quotation():
    assert (
        found("Ein weiteres Thema war der Waffenhandel: Viele Waffen gelangen nach Mexiko.") == ()
    )


def test_scare_quotes_titles_and_newspaper_names_are_not_quotations():
    quotes = found(
        "Der Kanzler sprach von einem „historischen Moment“. Er sagte der „Süddeutschen "
        "Zeitung“, die „Zeitenwende“ sei nicht vorbei. Der Film „Im Westen nichts Neues“ lief "
        "danach im Kino."
    )
    assert quotes == ()


def test_a_pronoun_goes_to_the_only_person_named_in_the_paragraph():
    (quote,) = found(
        "Umweltminister Tobias Goldschmidt besuchte die Küste. „Wir brauchen höhere Deiche“, "
        "sagte er."
    )
    assert quote.speaker_name == "Tobias Goldschmidt"


def test_a_pronoun_that_could_mean_two_men_stays_unknown():
    (quote,) = found(
        "Bundeskanzler Friedrich Merz traf Präsident Emmanuel Macron. „Europa muss stärker "
        "werden“, sagte er."
    )
    assert quote.speaker_name == "unknown"


def test_the_gender_of_a_title_tells_which_person_a_pronoun_means():
    (quote,) = found(
        "Bürgermeister Jan Reiter empfing Ministerpräsidentin Anke Rehlinger. „Das Land steht "
        "an der Seite der Stadt“, sagte sie."
    )
    assert quote.speaker_name == "Anke Rehlinger"


def test_a_pronoun_does_not_reach_into_the_previous_paragraph():
    (quote,) = found(
        "Innenminister Herbert Reul kam nach Kleve.\n„Wir bauen die Deiche neu“, sagte er."
    )
    assert quote.speaker_name == "unknown"


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name.split(":")[0])
def test_suite_every_quotation_and_speaker(case):
    for text, expected in ((case.left, case.left_quotes), (case.right, case.right_quotes)):
        quotes = found(text, case.lang)
        assert [(q.text, q.speaker_name) for q in quotes] == [(e.text, e.speaker) for e in expected]


def test_stray_and_unmatched_marks_do_not_swallow_the_next_paragraph():
    stray = "Das Wort „ steht hier » offen, ' und ‚ auch \" das. " * 2000
    quotes = found(stray + "\nDer Sprecher sagte: „Wir prüfen den Vorfall genau.“")
    assert [(q.text, q.speaker_name) for q in quotes] == [
        ("Wir prüfen den Vorfall genau.", "Sprecher")
    ]
