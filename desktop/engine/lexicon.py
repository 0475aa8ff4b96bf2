"""Words whose difference changes a fact: negations, opposites, persons, weekdays.

One list serves both questions the engine asks of a pair. For "same fact?" these words are
neutralised (an opposite maps to the pair's shared key, a negation is ignored), so a conflict
never lowers that score; for "do they agree?" the same lists name the conflict.
Entries are lemmas as simplemma gives them, plus irregular surface forms it leaves alone.
"""

from __future__ import annotations

from functools import lru_cache

NEGATIONS = {
    "de": frozenset(
        [
            "nicht",
            "kein",
            "keine",
            "keinen",
            "keinem",
            "keiner",
            "keines",
            "nie",
            "niemals",
            "nirgends",
            "niemand",
            "nichts",
        ]
    ),
    "en": frozenset(
        [
            "not",
            "no",
            "never",
            "nobody",
            "nothing",
            "none",
            "nowhere",
            "n't",
            "cannot",
            "neither",
            "nor",
        ]
    ),
}

# Pairs of opposites: (one, other). Several words may share one side ("fall", "fell").
_OPPOSITES = {
    "de": [
        ("festnehmen", "freilassen"),
        ("verhaften", "freilassen"),
        ("freisprechen", "verurteilen"),
        ("steigen", "sinken"),
        ("steigen", "fallen"),
        ("erhöhen", "senken"),
        ("zunehmen", "abnehmen"),
        ("wachsen", "schrumpfen"),
        ("gewinnen", "verlieren"),
        ("gewonnen", "verloren"),
        ("sieg", "niederlage"),
        ("bestätigen", "dementieren"),
        ("bestätigen", "bestreiten"),
        ("zustimmen", "ablehnen"),
        ("annehmen", "ablehnen"),
        ("billigen", "ablehnen"),
        ("für", "gegen"),
        ("befürworten", "ablehnen"),
        ("eröffnen", "schließen"),
        ("beginnen", "beenden"),
        ("öffnen", "schließen"),
        ("erlauben", "verbieten"),
        ("mehr", "weniger"),
        ("höher", "niedriger"),
        ("hoch", "niedrig"),
        ("lebendig", "tot"),
        ("überleben", "sterben"),
        ("einstellen", "entlassen"),
        ("ja", "nein"),
        ("zurücktreten", "bleiben"),
    ],
    "en": [
        ("arrest", "release"),
        ("acquit", "convict"),
        ("rise", "fall"),
        ("rose", "fell"),
        ("rise", "fell"),
        ("rose", "fall"),
        ("increase", "decrease"),
        ("raise", "cut"),
        ("raise", "lower"),
        ("grow", "shrink"),
        ("win", "lose"),
        ("won", "lost"),
        ("win", "lost"),
        ("won", "lose"),
        ("victory", "defeat"),
        ("confirm", "deny"),
        ("release", "deny"),
        ("approve", "reject"),
        ("accept", "reject"),
        ("support", "oppose"),
        ("for", "against"),
        ("open", "close"),
        ("start", "end"),
        ("begin", "end"),
        ("allow", "ban"),
        ("allow", "forbid"),
        ("more", "less"),
        ("more", "fewer"),
        ("higher", "lower"),
        ("alive", "dead"),
        ("survive", "die"),
        ("hire", "fire"),
        ("yes", "no"),
        ("guilty", "innocent"),
    ],
}

# Words for a person whose swap changes who is meant: (group, value).
_PERSONS = {
    "de": {
        "mann": ("gender", "m"),
        "frau": ("gender", "f"),
        "junge": ("gender", "m"),
        "mädchen": ("gender", "f"),
        "vater": ("parent", "m"),
        "mutter": ("parent", "f"),
        "sohn": ("child", "m"),
        "tochter": ("child", "f"),
        "bruder": ("sibling", "m"),
        "schwester": ("sibling", "f"),
        "ehemann": ("spouse", "m"),
        "ehefrau": ("spouse", "f"),
        "kind": ("age", "child"),
        "erwachsene": ("age", "adult"),
        "erwachsener": ("age", "adult"),
        "jugendliche": ("age", "teen"),
        "jugendlicher": ("age", "teen"),
        "rentner": ("age", "old"),
        "rentnerin": ("age", "old"),
        "er": ("pronoun", "m"),
        "sie": ("pronoun", "f"),
    },
    "en": {
        "man": ("gender", "m"),
        "woman": ("gender", "f"),
        "boy": ("gender", "m"),
        "girl": ("gender", "f"),
        "father": ("parent", "m"),
        "mother": ("parent", "f"),
        "son": ("child", "m"),
        "daughter": ("child", "f"),
        "brother": ("sibling", "m"),
        "sister": ("sibling", "f"),
        "husband": ("spouse", "m"),
        "wife": ("spouse", "f"),
        "child": ("age", "child"),
        "adult": ("age", "adult"),
        "teenager": ("age", "teen"),
        "he": ("pronoun", "m"),
        "she": ("pronoun", "f"),
    },
}

WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5,
    "sonnabend": 5, "sonntag": 6, "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}  # fmt: skip


def negations(lang: str) -> frozenset[str]:
    """Words that turn a statement into its negation."""
    return NEGATIONS.get(lang, NEGATIONS["en"])


@lru_cache(maxsize=8)
def opposites(lang: str) -> dict[str, set[str]]:
    """Each word mapped to the words that say its opposite."""
    out: dict[str, set[str]] = {}
    for a, b in _OPPOSITES.get(lang, []):
        out.setdefault(a, set()).add(b)
        out.setdefault(b, set()).add(a)
    return out


def persons(lang: str) -> dict[str, tuple[str, str]]:
    """Person words mapped to (what they say about the person, the value)."""
    return _PERSONS.get(lang, {})


@lru_cache(maxsize=200_000)
def neutral_key(word: str, lang: str) -> str:
    """The word as "same fact?" sees it: an opposite or a person word becomes its group's key,
    so that festnehmen/freilassen or man/woman count as the same word there."""
    opp = opposites(lang).get(word)
    if opp:
        return "<" + "|".join(sorted({word, *_closure(word, lang)})) + ">"
    person = persons(lang).get(word)
    if person and person[0] != "pronoun":
        return f"<{person[0]}>"
    return word


def _closure(word: str, lang: str) -> set[str]:
    """All words linked to `word` through chains of opposites (rise/fall/fell/rose)."""
    table = opposites(lang)
    seen, todo = {word}, [word]
    while todo:
        for other in table.get(todo.pop(), ()):
            if other not in seen:
                seen.add(other)
                todo.append(other)
    return seen
