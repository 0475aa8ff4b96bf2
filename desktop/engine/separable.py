"""German separable verbs put back together: "stimmte … zu" is zustimmen, as "zugestimmt" is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.engine.lemmas import TOKEN, lemma, stop_words
from desktop.engine.word_parts import INFINITIVE_ENDINGS, PARTICLES

# A particle that ends its clause: punctuation, the end, or a conjunction follows ("stimmte
# zu und lobte …"); anywhere else the word is a preposition ("zu Hause"). One search finds
# them: most sentences have none, and those cost no tokenising here.
_PARTICLE_AT_END = re.compile(
    r"\b(?:" + "|".join(sorted(PARTICLES, key=len, reverse=True)) + r")\b"
    r"(?=\s*(?:$|[.,;:!?)\]\"“”„»«–—]|(?:und|oder|aber|sondern)\b))"
)
_CLAUSE_START = re.compile(r"[,;:.!?–—]")  # quotation marks do not end a clause


@dataclass(frozen=True)
class SeparatedVerb:
    """A finite verb and its particle standing apart: token positions (TOKEN.findall order),
    the whole verb's lemma, and the two words as written ("stimmte … zu")."""

    verb: int
    particle: int
    lemma: str
    written: str


def separated_verbs(text: str) -> tuple[SeparatedVerb, ...]:
    """The separable verbs of a German text whose particle stands apart. Only a verb of the
    particle's own clause (or of the sentence's first one) whose joined form the dictionary
    reads as the same verb with the particle counts (zu + stimmte -> zustimmen = zu + stimmen)."""
    particles = list(_PARTICLE_AT_END.finditer(text))
    if not particles:
        return ()
    tokens = list(TOKEN.finditer(text))
    token_at = {t.start(): k for k, t in enumerate(tokens)}
    stop = stop_words("de")
    found: list[SeparatedVerb] = []
    for particle in particles:
        k = token_at.get(particle.start())
        if k is None:
            continue
        # The finite verb comes early in a main clause (second place): each clause is searched
        # from its start, the particle's own first, then the sentence's first one (a main
        # clause broken by an inserted one: "stimmte dem Gesetz, das …, am Freitag zu").
        own = _clause_start(text, particle.start())
        first_end = _CLAUSE_START.search(text, 0, own)
        spans = [(own, particle.start())] + ([(0, first_end.start())] if first_end else [])
        taken = {v.verb for v in found}
        for start, end in spans:
            verb = _verb_in(tokens[:k], start, end, particle.group(), stop, taken)
            if verb:
                j, whole = verb
                found.append(
                    SeparatedVerb(j, k, whole, f"{tokens[j].group()} … {particle.group()}")
                )
                break
    return tuple(found)


def _verb_in(tokens, start: int, end: int, particle: str, stop, taken: set[int]):
    """The first token between `start` and `end` that is a verb of `particle`: its position
    and the whole verb's lemma, or None."""
    for j, token in enumerate(tokens):
        if start <= token.start() < end and j not in taken:
            whole = _joined(token.group(), particle, stop)
            if whole:
                return j, whole
    return None


def _clause_start(text: str, end: int) -> int:
    """Where the clause that ends at `end` starts: after the last punctuation mark before it."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, end)]
    return starts[-1] if starts else 0


def _joined(word: str, particle: str, stop: frozenset[str]) -> str | None:
    """The lemma of particle + word when that is the verb `word` with the particle in front."""
    if not word.islower() or word in stop or word in PARTICLES:
        return None
    own = lemma(word, "de")
    if not own.endswith(INFINITIVE_ENDINGS):  # not a verb form (participles read as adjectives)
        return None
    whole = lemma(particle + word, "de")
    return whole if whole == particle + own else None
