"""Words of one text that stand for words of the other: compound parts and word families.

Two outlets rarely use the same form: one writes "Waffenhandel", the other "Waffen"; one
"Besuch", the other "besucht" (lemma "besuchen"); one "Bekämpfung", the other "bekämpfen";
one "aufsaugen", the other "saugen".
A word that the other text lacks is matched through these relatives, so the pair shares it.
"""

from __future__ import annotations

MIN_PART = 4  # shortest compound part looked up ("Waffenhandel" -> waffe, handel)
MIN_STEM = 5  # shortest common stem of a word family: shorter ones join unrelated words
# German linking elements between compound parts ("Elefant-en-herde", "Sicherheit-s-lage")
LINKS = frozenset({"s", "es", "n", "en", "er", "e", "ens"})
_LINK_SIZES = sorted({len(link) for link in LINKS}, reverse=True)  # the longest tried first
# Endings that turn one word of a family into another, after lemmatisation has removed the
# inflection: noun <-> verb <-> adjective in German ("Besuch"/"besuchen", "Respekt"/
# "respektieren", "Bekämpfung"/"bekämpfen") and English ("arrest"/"arrested", "elect"/
# "election"). One list for both languages: an ending of one language rarely closes a word
# of the other, and a shared stem of five letters or more decides.
# fmt: off
ENDINGS = frozenset({
    "", "e", "en", "n", "s", "es", "er", "ern", "ung", "ungen", "ieren", "ierung", "lich",
    "heit", "keit", "isch", "t", "te", "ten", "d", "ed", "ing", "ion", "tion", "ation", "al",
    "ment", "ly",
})
# fmt: on
_LONGEST_ENDING = max(map(len, ENDINGS))
# German verb particles: a particle verb stands for its base verb ("aufsaugen" for "saugen"),
# as a compound for its last part; separable.py joins them when they stand apart.
# fmt: off
PARTICLES = frozenset({
    "ab", "an", "auf", "aus", "bei", "dar", "durch", "ein", "entgegen", "fest", "fort", "frei",
    "heraus", "herein", "hinaus", "hinzu", "her", "hin", "los", "mit", "nach", "statt", "teil",
    "um", "vor", "voran", "vorbei", "weg", "weiter", "zu", "zurück", "zusammen",
})
# fmt: on
_PARTICLE_SIZES = sorted({len(p) for p in PARTICLES})
INFINITIVE_ENDINGS = ("en", "ern", "eln")  # German verbs as lemmas


def relatives(vocab: set[str], stop: frozenset[str] = frozenset()) -> dict[str, set[str]]:
    """Each word of `vocab` mapped to the other words of `vocab` it stands for: the leading
    and trailing parts of a compound (a linking element dropped), the words of its family
    (function words `stop` have none: "schon" is not "schonen")."""
    out = _compound_parts(vocab)
    for family in _families(vocab - stop):
        # Each word stands for one member, the same for all: "besuchen" and "besuch" then share
        # one word, not two (each standing for the other would count the match twice).
        key = min(family, key=lambda w: (len(w), w))
        for word in family - {key}:
            out.setdefault(word, set()).add(key)
    return out


def expand(bag: set[str], relatives: dict[str, set[str]], other: set[str]) -> set[str]:
    """The bag with the relatives of each word the other text lacks (a word both texts use is
    matched as it is)."""
    out = set(bag)
    for word in bag:
        if word not in other:
            out |= relatives.get(word, set())
    return out


def _compound_parts(vocab: set[str]) -> dict[str, set[str]]:
    parts: dict[str, set[str]] = {}
    for word in vocab:
        if not word.isalpha():
            continue
        found = _base_verb(word, vocab) if word.endswith(INFINITIVE_ENDINGS) else set()
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):  # none in words under 2*MIN_PART
            head = word[:cut]
            if head in vocab:
                found.add(head)
            else:
                bare = _without_link(head, vocab)
                if bare:
                    found.add(bare)
            if word[cut:] in vocab:
                found.add(word[cut:])
        if found:
            parts[word] = found
    return parts


def _base_verb(word: str, vocab: set[str]) -> set[str]:
    """The base verb of a German particle verb (an infinitive), if the texts use it
    ("zurücktreten": treten)."""
    return {
        word[size:]
        for size in _PARTICLE_SIZES
        if word[:size] in PARTICLES and len(word) - size >= MIN_PART and word[size:] in vocab
    }


def _without_link(head: str, vocab: set[str]) -> str | None:
    """The head of a compound without its linking element, if that is a word of the texts."""
    for size in _LINK_SIZES:
        if head[-size:] in LINKS and len(head) - size >= MIN_PART and head[:-size] in vocab:
            return head[:-size]
    return None


def _families(vocab: set[str]) -> list[set[str]]:
    """Groups of words that are one stem with different ENDINGS."""
    stems: dict[str, set[str]] = {}
    for word in vocab:
        if not word.isalpha():
            continue
        for size in range(min(_LONGEST_ENDING, len(word) - MIN_STEM) + 1):
            ending = word[len(word) - size :]
            if ending in ENDINGS:
                stems.setdefault(word[: len(word) - size], set()).add(word)
    return [family for family in stems.values() if len(family) > 1]
