"""Bounded work: no sentence is longer than the scoring limit, and no comparison asks for more
score cells than memory holds; both say so."""

from __future__ import annotations

import pytest

from desktop.engine import limits
from desktop.engine.errors import InputError
from desktop.engine.load import article_from_text
from desktop.engine.segment import sentence_spans, split_spans
from tests.bounded import one_line, run_twofold


def _partition(text: str, spans: list[tuple[int, int]]) -> str:
    return "".join(text[s:e] for s, e in spans).replace(" ", "")


def test_a_sentence_longer_than_the_limit_is_cut_at_spaces():
    words = " ".join(f"Punkt{i}" for i in range(900))  # ~7,000 characters, no full stop
    text = f"Ein kurzer Satz. {words}. Noch ein Satz."
    spans, cut = sentence_spans(text, "de")
    assert text[slice(*spans[0])] == "Ein kurzer Satz."
    assert text[slice(*spans[-1])] == "Noch ein Satz."
    assert all(e - s <= limits.SENTENCE_CHARS for s, e in spans)
    assert cut == frozenset(range(1, len(spans) - 1)) and len(cut) >= 7
    for s, _ in spans[1:-1]:  # cut between words, never inside one
        assert text[s - 1] == " " and text[s].startswith("P")
    assert _partition(text, spans) == text.replace(" ", "")


def test_a_token_without_spaces_is_cut_at_the_limit():
    text = "x" * (3 * limits.SENTENCE_CHARS + 5)
    spans = split_spans(text, "en")
    assert [e - s for s, e in spans] == [limits.SENTENCE_CHARS] * 3 + [5]


def test_the_article_says_which_sentences_were_cut():
    # (not "Kurz. Lang …": a capitalised word alone before a long first sentence is a dateline)
    article = article_from_text("Das ist kurz. Lang " + "lang " * 500 + "\nEnde.", lang="de")
    assert article.cut == frozenset({1, 2, 3})
    assert max(len(s.text) for s in article.sentences) <= limits.SENTENCE_CHARS
    assert article_from_text("Kurz. Ende.", lang="de").cut == frozenset()


def test_more_pairs_than_memory_holds_are_refused_before_scoring():
    limits.check_pairs(3000, 3000)
    with pytest.raises(InputError, match=r"have 20,000 and 20,000 sentences, 400,000,000 pairs"):
        limits.check_pairs(20_000, 20_000)


def test_twenty_thousand_sentences_a_side_is_one_line_in_seconds(tmp_path):
    for name in ("links.txt", "rechts.txt"):
        lines = (f"Meldung {i} über den Stand der Dinge in Köln." for i in range(20_000))
        (tmp_path / name).write_text("\n".join(lines), encoding="utf-8")
    outcome = run_twofold(
        "compare", str(tmp_path / "links.txt"), str(tmp_path / "rechts.txt"), "--lang", "de"
    )
    line = one_line(outcome)
    assert "have 20,000 and 20,000 sentences" in line and "at most 9,000,000" in line


def test_past_the_word_limit_only_the_most_used_words_get_dictionary_forms(monkeypatch):
    from desktop.engine import lemmas

    text = "Häuser Häuser Häuser Bäume Bäume standen"
    assert lemmas.lemmas_of([text], "de") == [["haus"] * 3 + ["baum"] * 2 + ["stehen"]]
    monkeypatch.setattr(limits, "LEMMA_WORDS", 2)
    lemmas.lemma.cache_clear()
    assert lemmas.lemmas_of([text], "de") == [["haus"] * 3 + ["baum"] * 2 + ["standen"]]


def test_past_the_fuzzy_budget_sentences_are_scored_on_their_beginning(monkeypatch):
    from desktop.engine.similarity import Overlap

    same = "Die Regierung beschloss am Montag neue Regeln für den Hafen von Hamburg"
    left = [same + " und die Polizei prüft die Schiffe"]
    right = [same + " während Gerichte die Wahl überprüfen"]
    whole = Overlap(left, right, "de")
    monkeypatch.setattr(limits, "FUZZY_CHAR_PAIRS", 30 * 30)
    prefix = Overlap(left, right, "de")
    assert whole.similar[0, 0] < 0.9 and prefix.similar[0, 0] == 1.0  # equal beginnings
    assert whole.dice[0, 0] == prefix.dice[0, 0]  # the words of the whole sentences


def test_past_the_clause_budget_long_sentences_keep_fewer_clauses(monkeypatch):
    from desktop.engine.features import pair_features

    clauses = ", ".join(f"die Polizei prüft Schiff {w}" for w in ("Anna", "Berta", "Carla"))
    left = [f"Im Hafen {clauses}.", "Die Regierung tagt."]
    right = ["Die Polizei prüft Schiff Carla.", "Die Regierung tagt heute."]
    whole = pair_features(left, right, "de").values["clause_pair"]
    monkeypatch.setattr(limits, "CLAUSE_PAIRS", 2 * 2)
    fewer = pair_features(left, right, "de").values["clause_pair"]
    # "Schiff Carla" was a clause of its own; with two clauses a sentence it joins "Berta"
    assert fewer[0, 0] < whole[0, 0] and fewer[1, 1] == whole[1, 1]
