"""A clause's words are its sentence's words: every word in one clause, none lost or moved."""

from desktop import paths
from desktop.engine.clauses import clause_spans
from desktop.engine.load import load_article
from desktop.engine.similarity import clause_words, neutral_keys_of, neutral_lemmas_of

HARD = [
    "Die Zahl stieg von 3,5 auf 4, dann (laut Polizei) auf 20.000 – und sank wieder.",
    "Er sagte: „Wir stimmen zu“; sie lehnte ab, weil das Gesetz, das … fehlt, zu spät kam.",
    "Rubio — der US-Außenminister — traf Sheinbaum [in Mexiko-Stadt] und reiste ab.",
]


def test_the_clauses_words_are_the_sentences_words_in_order():
    texts = [s.text for p in (paths.SEED_LEFT, paths.SEED_RIGHT) for s in load_article(p).sentences]
    for text in [*texts, *HARD]:
        spans = clause_spans(text)
        (keys,) = neutral_keys_of([text], "de")
        per_clause = clause_words(text, keys, spans)
        assert len(per_clause) == len(spans)
        assert [w for words in per_clause for w in words] == neutral_lemmas_of([text], "de")[0]


def test_a_verb_and_its_particle_in_two_clauses_stay_one_verb():
    text = "Der Bundestag stimmte dem Gesetz, das die Regierung vorgelegt hatte, am Freitag zu."
    (keys,) = neutral_keys_of([text], "de")
    words = clause_words(text, keys, clause_spans(text))
    # zustimmen, on the key it shares with its opposites; no bare "stimmen" anywhere
    assert any("zustimmen" in w for w in words[0]) and "stimmen" not in sum(words, [])
