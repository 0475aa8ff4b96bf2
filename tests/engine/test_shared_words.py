"""How many content words a pair shares: the amount of evidence, beside the shared fractions."""

from desktop.engine.align import Aligner
from desktop.engine.similarity import Overlap


def _count(left: str, right: str, lang: str = "de") -> int:
    return int(Overlap([left], [right], lang).shared_count[0, 0])


def test_content_words_count_and_function_words_do_not():
    # Minister, Stadt and the family Besuch/besuchen; "der", "die", "in" say nothing
    assert _count("Der Minister besuchte die Stadt.", "Der Besuch des Ministers in der Stadt.") == 3
    assert _count("Der Minister kam.", "Die Stadt schwieg.") == 0


def test_a_conflict_is_not_a_shared_word_and_costs_none():
    # numbers and negations are the second question; they neither count nor take a word away
    assert (
        _count("Der Zug hatte 20 Minuten Verspätung.", "Der Zug hatte 90 Minuten Verspätung.") == 3
    )
    assert _count("Der Zug ist nicht gefahren.", "Der Zug ist gefahren.") == 2


def test_two_shared_words_are_stronger_evidence_than_one_in_sentences_alike_otherwise():
    # the same share of the words in common, once one word of two, once two of four
    one = Aligner(["Der Hafen brennt."], ["Der Hafen schweigt."], "de").scores[0, 0]
    two = Aligner(
        ["Der Hafen von Triest brennt seit Stunden."],
        ["Der Hafen von Triest schweigt seit Tagen."],
        "de",
    ).scores[0, 0]
    assert two > one + 10
