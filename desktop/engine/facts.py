"""Each sentence's state: shared, partly (some of its facts are in the other article), unique
or boilerplate, with the character spans the other article does not report.

A paired sentence is looked at clause by clause (clauses.py): a clause whose weighted words
the partner sentences mostly hold is reported by both; the others are its unique spans.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from desktop.engine.clauses import clause_spans
from desktop.engine.lemmas import lemmas_of, stop_words
from desktop.engine.models import Article
from desktop.engine.similarity import neutral_words

SHARED = "shared"
PARTLY = "partly"
UNIQUE = "unique"
BOILERPLATE = "boilerplate"
STATES = (SHARED, PARTLY, UNIQUE, BOILERPLATE)
REPORTED = 0.5  # share of a clause's weighted words the partner must hold to report it


def sentence_states(
    article: Article,
    partners: Mapping[int, Sequence[int]],
    other: Article,
    boilerplate: frozenset[int],
    weight: Mapping[str, float] | None = None,
) -> tuple[tuple[str, ...], tuple[tuple[tuple[int, int], ...], ...]]:
    """(state per sentence, unique spans per sentence as article-text offsets).

    `partners` maps a paired sentence id to the other article's sentence ids it is paired
    with; `boilerplate` holds the unpaired furniture sentences."""
    lang = article.language
    stop = stop_words(lang)
    weight = weight or {}
    states: list[str] = []
    spans: list[tuple[tuple[int, int], ...]] = []
    for s in article.sentences:
        if s.id not in partners:
            if s.id in boilerplate:
                states.append(BOILERPLATE)
                spans.append(())
            else:
                states.append(UNIQUE)
                spans.append(((s.start, s.end),))
            continue
        partner_text = " ".join(other.sentences[j].text for j in partners[s.id])
        cuts = clause_spans(s.text)
        if len(cuts) == 1:
            states.append(SHARED)
            spans.append(())
            continue
        texts = [s.text[a:b] for a, b in cuts]
        *clause_words, partner_words = lemmas_of([*texts, partner_text], lang)
        held = set(neutral_words(partner_words, lang))
        missing = []
        for (a, b), words in zip(cuts, clause_words, strict=True):
            content = [w for w in neutral_words(words, lang) if w not in stop]
            total = sum(weight.get(w, 1.0) for w in content)
            found = sum(weight.get(w, 1.0) for w in content if w in held)
            if total and found / total < REPORTED:
                missing.append((s.start + a, s.start + b))
        if missing and len(missing) < len(cuts):
            states.append(PARTLY)
            spans.append(tuple(missing))
        else:
            states.append(SHARED)
            spans.append(())
    return tuple(states), tuple(spans)
