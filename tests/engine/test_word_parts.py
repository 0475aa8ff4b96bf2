"""Two outlets use other forms of one word: compound parts and word families still match."""

from desktop.engine.similarity import Overlap
from desktop.engine.word_parts import expand, relatives


def _shared(left: str, right: str) -> float:
    return float(Overlap([left], [right], "de").dice[0, 0])


def test_a_noun_and_its_verb_count_as_one_shared_word():
    # "Besuch" / "besuchte", "Bekämpfung" / "bekämpfen": the lemmas differ, the word is one
    with_family = _shared(
        "Rubio besuchte Mexiko im September.", "Der Besuch Rubios in Mexiko im September."
    )
    without = _shared(
        "Rubio reiste im September nach Mexiko.", "Der Besuch Rubios in Mexiko im September."
    )
    assert with_family > without + 0.1
    assert _shared("Sie bekämpfen den Schmuggel.", "Die Bekämpfung des Schmuggels.") > 0.9


def test_a_family_match_counts_once_not_twice():
    # each side standing for the other would make a half-shared pair look fully shared
    assert _shared("Rubio besuchte Mexiko.", "Anlässlich des Besuchs von Rubio in Mexiko.") < 0.9


def test_a_compound_matches_its_head_across_a_linking_element():
    related = relatives({"elefantenherde", "elefant", "sicherheitslage", "sicherheit"})
    assert "elefant" in related["elefantenherde"]
    assert "sicherheit" in related["sicherheitslage"]


def test_short_or_unrelated_words_stay_apart():
    related = relatives({"rate", "raten", "bundestag", "bundesstaat", "arm", "armee"})
    assert not related.get("raten") and not related.get("rate")  # a stem of four letters
    assert "bundestag" not in related.get("bundesstaat", set())
    assert "bundesstaat" not in related.get("bundestag", set())
    assert not related.get("armee")


def test_a_word_both_texts_use_is_matched_as_it_is():
    related = relatives({"besuch", "besuchen"})
    assert expand({"besuchen"}, related, other={"besuchen"}) == {"besuchen"}
    assert expand({"besuchen"}, related, other={"besuch"}) == {"besuchen", "besuch"}


def test_function_words_have_no_family():
    assert "schon" not in relatives({"schon", "schonen"}, stop=frozenset({"schon"})).get(
        "schonen", set()
    )


def test_a_particle_verb_stands_for_its_base_verb_as_a_compound_for_its_last_part():
    found = relatives({"aufsaugen", "saugen", "absagen", "sagen", "zustimmen"})
    assert found["aufsaugen"] == {"saugen"}
    assert found["absagen"] == {"sagen"}  # short verbs too
    assert "zustimmen" not in found  # its base verb is not in the texts
    # only verbs: "another" is not "an" + "other"
    assert "another" not in relatives({"another", "other"})
