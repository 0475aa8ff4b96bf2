"""Checking quotations against the other article: verbatim, altered, paraphrased, attributed
differently or absent, with the words that differ."""

from collections import Counter

import pytest

from desktop import paths
from desktop.engine.compare import compare
from desktop.engine.load import article_from_text, load_article
from desktop.engine.quotes import (
    ABSENT,
    ALTERED,
    ATTRIBUTED_DIFFERENTLY,
    PARAPHRASED,
    VERBATIM,
    VERDICTS,
    compare_quotes,
    same_content,
    same_speaker,
)
from tests.engine.quotes_cases import CASES


def checked(left: str, right: str, lang: str = "de"):
    a = article_from_text(left, lang=lang)
    b = article_from_text(right, lang=lang)
    return a, b, compare_quotes(a, b)


@pytest.fixture(scope="module")
def seed():
    left = load_article(paths.SEED_LEFT, "de")
    right = load_article(paths.SEED_RIGHT, "de")
    return left, right, compare_quotes(left, right)


def test_the_declaration_quote_is_an_edited_version_of_the_press_release(seed):
    left, right, checks = seed
    declaration = checks[3]
    assert declaration.quote.text.startswith("Ziel des Abkommens ist es")
    assert declaration.verdict in (ALTERED, PARAPHRASED)
    start, end = declaration.match
    assert right.text[start:end].startswith("Ziel der verstärkten Kooperation ist es")
    changed = {(op.left, op.right) for op in declaration.differences}
    assert ("Verbrechen", "Kriminalität") in changed
    assert all(op.tag != "equal" for op in declaration.differences)


def test_the_other_seed_quotes_are_absent_and_the_press_release_has_none(seed):
    _, _, checks = seed
    assert [c.verdict for c in checks[:3]] == [ABSENT, ABSENT, ABSENT]
    assert all(c.match is None for c in checks[:3])
    assert [c.side for c in checks] == ["left"] * 4


def test_verbatim_ignores_quotation_marks_dashes_and_case():
    _, b, (check, back) = checked(
        "„Wir werden nicht nachgeben – niemals“, sagte Müller.",
        'Müller blieb hart: "wir werden nicht nachgeben - Niemals."',
    )
    assert check.verdict == VERBATIM and check.differences == ()
    assert b.text[check.match[0] : check.match[1]] == "wir werden nicht nachgeben - Niemals"
    assert back.verdict == VERBATIM and back.side == "right"


def test_a_quote_inside_a_longer_sentence_is_found_where_it_stands():
    _, b, (check,) = checked(
        "„Die Preise werden im Herbst weiter steigen“, sagte der Ökonom.",
        "Mit Blick auf die Energiekosten erwartet das Institut, die Preise werden im Herbst "
        "weiter steigen, und rät zu Rücklagen.",
    )
    assert check.verdict == VERBATIM
    assert b.text[check.match[0] : check.match[1]] == "die Preise werden im Herbst weiter steigen"


def test_an_edited_quote_lists_the_added_and_changed_words():
    _, _, (check, back) = checked(
        "„Wir werden die Steuern in diesem Jahr nicht erhöhen“, sagte Lindner.",
        "„Wir werden die Steuern vorerst nicht erhöhen“, sagte Lindner.",
    )
    assert check.verdict == ALTERED
    assert [(op.tag, op.left, op.right) for op in check.differences] == [
        ("replace", "in diesem Jahr", "vorerst")
    ]
    assert back.verdict == ALTERED


def test_the_same_words_given_to_someone_else():
    _, _, checks = checked(
        "„Die Deiche sind in einem miserablen Zustand“, sagte ein Sprecher des BUND.",
        "Innenminister Herbert Reul kam nach Kleve. „Die Deiche sind in einem miserablen "
        "Zustand“, sagte er.",
    )
    assert [c.verdict for c in checks] == [ATTRIBUTED_DIFFERENTLY, ATTRIBUTED_DIFFERENTLY]
    assert checks[0].other_speaker.name == "Herbert Reul"
    assert checks[0].wording == VERBATIM and checks[0].differences == ()


def test_two_descriptions_that_may_be_one_person_are_not_called_different():
    _, _, (check, _) = checked(
        "„Ich habe mir nichts vorzuwerfen“, sagte der 58-Jährige.",
        "„Ich habe mir nichts vorzuwerfen“, sagte der Bauleiter.",
    )
    assert check.verdict == VERBATIM


def test_words_quoted_inside_a_quotation_are_not_its_speakers_own():
    _, _, checks = checked(
        "‘When the governor tells me “we are out of money,” I believe him,’ said Senator "
        "Schumer. Schools may close early.",
        'Governor Josh Stein said on Friday: "We are out of money."',
        "en",
    )
    governor = next(c for c in checks if c.side == "right")
    assert governor.verdict == VERBATIM


def test_a_shortened_quote_is_altered_and_lists_what_was_cut():
    _, _, (check, back) = checked(
        "„Wir lassen die Menschen nicht allein. Jeder bekommt Hilfe, schnell und ohne "
        "Formulare“, sagte Reul.",
        "Reul versprach: „Wir lassen die Menschen nicht allein.“",
    )
    assert check.verdict == ALTERED
    assert ("delete", "Jeder bekommt Hilfe, schnell und ohne Formulare", "") in {
        (op.tag, op.left, op.right) for op in check.differences
    }
    assert back.verdict == VERBATIM


def test_the_same_content_in_other_words_is_a_paraphrase_and_unrelated_text_is_absent():
    text = "„Der Angeklagte hat Warnungen der Prüfer über Monate ignoriert“, sagte die Anklägerin."
    _, _, (check,) = checked(
        text,
        "Die Anklage wirft dem Angeklagten vor, Hinweise der Prüfer monatelang missachtet zu haben.",
    )
    assert check.verdict == PARAPHRASED
    _, _, (check,) = checked(text, "Das Urteil wird für Ende März erwartet.")
    assert check.verdict == ABSENT and check.match is None


def test_same_content_scores_shared_content_words():
    lang = "de"
    high = same_content(
        "Ziel des Abkommens ist es, das transnationale organisierte Verbrechen zu bekämpfen.",
        "Ziel ist es, die transnationale organisierte Kriminalität zu bekämpfen.",
        lang,
    )
    low = same_content(
        "Ziel des Abkommens ist es, das transnationale organisierte Verbrechen zu bekämpfen.",
        "Beide Regierungen wollen die Gemeinschaften sicherer machen.",
        lang,
    )
    assert 0.5 < high <= 1 and 0 <= low < 0.3


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.name.split(":")[0])
def test_suite_every_verdict(case):
    _, _, checks = checked(case.left, case.right, case.lang)
    got = [(c.side, c.quote.text, c.verdict) for c in checks]
    want = [("left", e.text, e.verdict) for e in case.left_quotes] + [
        ("right", e.text, e.verdict) for e in case.right_quotes
    ]
    assert got == want
    for c in checks:
        assert (c.match is None) == (c.verdict == ABSENT)
        assert bool(c.differences) == (c.wording in (ALTERED, PARAPHRASED))


def test_the_suite_has_every_verdict_at_least_four_times_in_both_languages():
    expected = [e for c in CASES for e in (*c.left_quotes, *c.right_quotes)]
    counts = Counter(e.verdict for e in expected)
    assert len(expected) >= 30
    assert all(counts[v] >= 4 for v in VERDICTS), counts
    assert {c.lang for c in CASES} == {"de", "en"}


def _inside(quote, sentences) -> bool:
    return any(s.start < quote.end and quote.start < s.end for s in sentences)


def test_aligned_quotes_of_different_speakers_are_always_flagged():
    flagged = 0
    for case in CASES:
        a, b, checks = checked(case.left, case.right, case.lang)
        for pair in compare(a, b).pairs:
            mine = [a.sentences[i] for i in pair.left]
            theirs = [b.sentences[j] for j in pair.right]
            for c in (c for c in checks if c.side == "left" and _inside(c.quote, mine)):
                for d in (d for d in checks if d.side == "right" and _inside(d.quote, theirs)):
                    if same_speaker(c.quote.speaker, d.quote.speaker) is False:
                        assert c.verdict == d.verdict == ATTRIBUTED_DIFFERENTLY, case.name
                        flagged += 1
    assert flagged >= 4
