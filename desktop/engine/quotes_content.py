"""Whether one text says what another says: the share of its content words the other has."""

# A stand-in for a same-fact score: same_content() is the one function the quote check asks,
# so a better measure can replace it in one place. Content words are lemmas without stop words;
# a compound counts as matching its parts ("Sicherheitsbehörden" / "Sicherheits-"), since German
# reworded text often splits or joins compounds.

from __future__ import annotations

from collections.abc import Sequence

from desktop.engine.lemmas import NUMBER, lemmas_of, stop_words

_MIN_PART = 5  # shorter words are too common as parts of other words to count
_CACHE_LIMIT = 200_000
_cache: dict[tuple[str, str], frozenset[str]] = {}


def content_words(texts: Sequence[str], lang: str) -> list[frozenset[str]]:
    """The content lemmas of each text; texts seen before come from a cache, the rest are
    lemmatised together (one dictionary look-up pass for the lot)."""
    missing = [t for t in dict.fromkeys(texts) if (lang, t) not in _cache]
    if missing:
        if len(_cache) + len(missing) > _CACHE_LIMIT:
            _cache.clear()
        stop = stop_words(lang)
        for text, lemmas in zip(missing, lemmas_of(missing, lang), strict=True):
            _cache[(lang, text)] = frozenset(
                w for w in lemmas if w not in stop and (len(w) > 1 or NUMBER.match(w))
            )
    return [_cache[(lang, t)] for t in texts]


def related(word: str, others: frozenset[str]) -> bool:
    """The word, or a compound sharing a part with it, is among `others`."""
    if word in others:
        return True
    if len(word) < _MIN_PART:
        return False
    for other in others:
        if len(other) < _MIN_PART:
            continue
        short, long_ = (word, other) if len(word) <= len(other) else (other, word)
        if long_.startswith(short) or long_.endswith(short):
            return True
        shared = max(8, len(short) * 2 // 3)  # "Strafverfolgungsorgane" / "-behörden"
        if len(short) >= shared and long_[:shared] == short[:shared]:
            return True
    return False


def content_share(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the content words `a` that `b` has (compound parts count)."""
    if not a:
        return 0.0
    return sum(related(w, b) for w in a) / len(a)


def same_content(a: str, b: str, lang: str) -> float:
    """How much of what text `a` says text `b` also says, 0-1: the share of a's content words
    found in b."""
    mine, theirs = content_words([a, b], lang)
    return content_share(mine, theirs)
