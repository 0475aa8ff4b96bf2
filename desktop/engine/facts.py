"""Each sentence's state: shared, partly (some of its facts are in the other article), unique
or boilerplate, with the character spans the other article does not report.

A paired sentence is looked at clause by clause (clauses.py): a clause whose weighted words
the partner sentences mostly hold is reported by both; the others are its unique spans.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import lru_cache

from desktop.engine.clauses import clause_spans
from desktop.engine.lemmas import stop_words
from desktop.engine.models import Article
from desktop.engine.similarity import clause_words, neutral_keys_of

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
        cuts = _clauses(s.text, lang)
        if len(cuts) == 1:
            states.append(SHARED)
            spans.append(())
            continue
        held = frozenset().union(*(_words(other.sentences[j].text, lang) for j in partners[s.id]))
        missing = []
        for (a, b), content in cuts:
            total = sum(weight.get(w, 1.0) for w in content if w not in stop)
            found = sum(weight.get(w, 1.0) for w in content if w in held and w not in stop)
            if total and found / total < REPORTED:
                missing.append((s.start + a, s.start + b))
        if missing and len(missing) < len(cuts):
            states.append(PARTLY)
            spans.append(tuple(missing))
        else:
            states.append(SHARED)
            spans.append(())
    return tuple(states), tuple(spans)


# The slider asks for states at every threshold: a sentence's clauses and words are worked out
# once per text, not once per move.
@lru_cache(maxsize=50_000)
def _keys(text: str, lang: str) -> tuple[str | None, ...]:
    """The text's words as "same fact?" sees them (neutral_keys_of): one look-up serves both
    its clauses and, when it is a partner, its whole set of words."""
    return tuple(neutral_keys_of([text], lang)[0])


@lru_cache(maxsize=50_000)
def _words(text: str, lang: str) -> frozenset[str]:
    return frozenset(k for k in _keys(text, lang) if k is not None)


@lru_cache(maxsize=50_000)
def _clauses(text: str, lang: str) -> tuple[tuple[tuple[int, int], frozenset[str]], ...]:
    cuts = clause_spans(text)
    if len(cuts) == 1:
        return ((cuts[0], frozenset()),)
    # The sentence's own words, as "same fact?" saw them: "trat … zurück" is one verb even
    # when an inserted clause stands between verb and particle.
    words = clause_words(text, list(_keys(text, lang)), cuts)
    return tuple((cut, frozenset(w)) for cut, w in zip(cuts, words, strict=True))
