"""German separable verbs: "trat … zurück" is the same word as "zurückgetreten"."""

from desktop.engine.agreement import discrepancies
from desktop.engine.align import Aligner
from desktop.engine.compare import compare
from desktop.engine.lemmas import TOKEN
from desktop.engine.load import article_from_text
from desktop.engine.separable import separated_verbs


def _joined(text: str) -> dict[str, str | None]:
    tokens = TOKEN.findall(text)
    out: dict[str, str | None] = {}
    for verb in separated_verbs(text):
        out[tokens[verb.verb]], out[tokens[verb.particle]] = verb.lemma, None
    return out


def _score(left: str, right: str) -> float:
    return float(Aligner([left], [right], "de").scores[0, 0])


def test_a_verb_and_its_particle_at_the_end_of_the_clause_are_one_word():
    assert _joined("Der Bundestag stimmte dem Gesetz am Freitag zu.") == {
        "stimmte": "zustimmen",
        "zu": None,
    }
    # each clause its own verb
    assert _joined("Die Polizei nahm ihn fest, ließ ihn aber abends frei.") == {
        "nahm": "festnehmen",
        "fest": None,
        "ließ": "freilassen",
        "frei": None,
    }
    assert _joined("Die Regierung kündigte neue Steuern an und lobte sich.")["kündigte"] == (
        "ankündigen"
    )
    # a main clause broken by an inserted one keeps its verb in its first part
    assert _joined("Der Bundestag stimmte dem Gesetz, das die Regierung vorlegte, am Freitag zu.") == {"stimmte": "zustimmen", "zu": None}  # fmt: skip


def test_a_preposition_or_a_word_that_forms_no_verb_is_left_alone():
    assert _joined("Er fährt morgen zu seiner Mutter.") == {}
    assert _joined("Die Tür blieb zu.") == {}
    # "neu" and the participle "gewählte" are no verbs: the verb is "kündigte"
    assert _joined("Die neu gewählte Regierung kündigte Steuern an.") == {
        "kündigte": "ankündigen",
        "an": None,
    }


def test_the_past_tense_and_the_perfect_of_one_separable_verb_report_the_same_fact():
    # before, "trat … zurück" was "treten" + "zurück" and the pair scored 63
    simple_past = "Der Innenminister trat am Montag zurück."
    perfect = "Der Innenminister ist am Montag zurückgetreten."
    assert _score(simple_past, perfect) >= 95
    assert _score("Die Regierung kündigte am Montag neue Steuern an.", "Die Ankündigung neuer Steuern durch die Regierung kam am Montag.") >= 95  # fmt: skip


def test_separated_opposites_are_flagged_and_cost_the_same_fact_score_nothing():
    agree = "Der Bundestag stimmte dem Gesetz am Freitag zu."
    refuse = "Der Bundestag lehnte das Gesetz am Freitag ab."
    assert [d.kind for d in discrepancies(agree, refuse, "de")] == ["opposite"]
    (found,) = discrepancies(agree, refuse, "de")
    assert (found.left, found.right) == (("stimmte … zu",), ("lehnte … ab",))
    # the opposite verbs share one key: only the articles differ (was 90 against 99)
    assert _score(agree, refuse) >= _score(agree, agree) - 2
    assert [d.kind for d in discrepancies(
        "Die Polizei nahm den Verdächtigen fest.", "Die Polizei ließ den Verdächtigen frei."
    , "de")] == ["opposite"]  # fmt: skip


def test_a_particle_verb_and_its_base_verb_share_the_word():
    # "saugt … auf" is aufsaugen; it still meets "saugt" through its base verb
    assert _score("Der Junge saugt den Teppich im Flur auf.", "Der Junge saugt den Teppich im Flur.") >= 95  # fmt: skip


def test_a_clause_with_a_separated_verb_counts_as_reported_and_the_rest_as_unique():
    # the clause words come from the sentence's: "trat … zurück" is zurücktreten there too
    # (it was "treten" + "zurück", the clause seemed unreported and the sentence "shared")
    left = article_from_text(
        "Der Innenminister trat am Montag zurück, die Opposition feierte den Rücktritt mit "
        "einer Kundgebung vor dem Landtag. Das Wetter in Hamburg blieb den ganzen Tag über "
        "regnerisch.",
        lang="de",
    )
    right = article_from_text(
        "Der Innenminister ist am Montag zurückgetreten. In Bayern wurde ein neuer Tunnel für "
        "den Verkehr freigegeben.",
        lang="de",
    )
    comparison = compare(left, right)
    assert [(p.left, p.right) for p in comparison.pairs] == [((0,), (0,))]
    assert comparison.states_left[0] == "partly"
    (unique,) = comparison.unique_spans_left[0]
    assert left.text[slice(*unique)].startswith("die Opposition feierte")
