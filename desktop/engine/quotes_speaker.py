"""Who a quotation is given to: the speech verb near it and the noun phrase beside that verb."""

# The clause next to a quotation ("…“, sagte Sheinbaum", "Dazu erklärte Sheinbaum: „…",
# "…," the union leader told reporters) is read token by token: find a speech verb, then take
# the noun phrase before it (the subject in both languages' usual order) unless that is missing
# or a prepositional phrase ("Am Montag sagte der Minister"), else the one after it. Clauses are
# bounded by the sentence, so the work per quotation is small and the whole pass linear.

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from desktop.engine.quotes_lexicon import (
    ABBREVIATED,
    ADVERBS,
    AUXILIARIES,
    DETERMINERS,
    FEMALE,
    GENITIVE,
    IMPERSONAL,
    MALE,
    NOT_NP,
    PREPOSITIONS,
    PRONOUNS,
    SEPARABLE,
    SOURCE_PREPOSITIONS,
    SPEECH,
    TITLE_SUFFIXES,
    TITLES,
)

# "US-Außenministerium", "don’t", "U.S". Possessive quantifiers never backtrack: linear time.
WORD = re.compile(r"\w++(?:[-'’.]\w++)*+", re.UNICODE)
_TOKEN = re.compile(WORD.pattern + r"|[^\w\s]", re.UNICODE)


@dataclass(frozen=True, slots=True)
class Speaker:
    """Who a quotation is given to. `kind` is name, role, pronoun or "" (a speech verb but no
    named speaker); `key` identifies the person or role for comparing two articles."""

    name: str = ""
    kind: str = ""
    key: str = ""
    start: int = -1
    gender: str = ""
    titles: tuple[str, ...] = ()  # title words the article gives this speaker ("innenminister")


UNKNOWN = Speaker()


class _Tok(NamedTuple):  # a tuple: quicker to make than a dataclass, and there are many
    text: str
    low: str
    start: int
    end: int


def tokens(text: str, start: int = 0, end: int | None = None) -> list[_Tok]:
    """Words and punctuation of text[start:end], each with its offsets into `text`."""
    return [
        _Tok(w, w.lower(), m.start(), m.end())
        for m in _TOKEN.finditer(text, start, len(text) if end is None else end)
        for w in (m.group(),)
    ]


def title_gender(low: str) -> str | None:
    """'f' or 'm' (or '' when the title says nothing) for a title word, None for other words."""
    low = low.rstrip(".")
    if low in TITLES:
        return "f" if low in FEMALE else "m" if low in MALE else ""
    if not low.endswith(TITLE_SUFFIXES):  # one C call decides for most words
        return None
    suffix = next(s for s in TITLE_SUFFIXES if low.endswith(s))
    if suffix in ("vorsitzende", "abgeordnete"):
        return ""  # "die Vorsitzende" and "der Vorsitzende" alike
    return "f" if suffix.endswith("in") else "m"


def title_words(name: str) -> tuple[str, ...]:
    """The title words in a speaker's name ("Sprecher des BUND" -> ("sprecher",))."""
    return tuple(w for w in name.lower().split() if title_gender(w) is not None)


def names_a_thing(low: str) -> bool:
    """An article or preposition: a quotation right after it names a thing ("der „Zeit“")."""
    return low in DETERMINERS or low in PREPOSITIONS


def _np_word(tok: _Tok, lang: str) -> bool:
    """A word that may stand inside a speaker's noun phrase."""
    if not tok.text[:1].isalnum():
        return False
    if len(tok.text) > 1 and tok.text.isupper():
        return True  # an acronym: "WHO chief", "des BUND"
    if tok.low in NOT_NP or tok.low in PREPOSITIONS or tok.low in DETERMINERS:
        return False
    if tok.low in AUXILIARIES:
        return False
    if tok.low in SPEECH or tok.low in SEPARABLE or tok.low in ADVERBS:
        return False
    if lang == "de" and not tok.text[:1].isupper():
        return tok.low.endswith(("e", "en", "er", "es", "em"))  # a declined adjective
    return True


def _forward(toks: list[_Tok], i: int, lang: str) -> tuple[int, int] | None:
    """The noun phrase starting at toks[i] as a (first, last+1) range, or None."""
    n = len(toks)
    j = i
    if j < n and toks[j].low in PRONOUNS:
        return (j, j + 1)
    if j < n and toks[j].low in DETERMINERS:
        j += 1
    first_word = j
    capital = False
    while j < n and (_np_word(toks[j], lang) or _abbreviation_dot(toks, j)):
        if lang == "de" and capital and not toks[j].text[:1].isupper():
            break  # German adjectives come before the noun: "zeigte" after "Sheinbaum" is a verb
        capital = capital or toks[j].text[:1].isupper()
        j += 1
        if j < n and toks[j].low in GENITIVE and j + 1 < n and j > first_word:
            k = j + 1 + (toks[j + 1].low in DETERMINERS if j + 1 < n else 0)
            if k < n and _np_word(toks[k], lang):
                j = k
    if j == first_word or j - first_word > 8:
        return None
    if not any(t.text[:1].isupper() for t in toks[first_word:j]) and first_word == i:
        return None  # no determiner and no capital: an object or adverb, not a speaker
    return (i, j)


def _backward(toks: list[_Tok], j: int, lang: str) -> tuple[int, int] | None:
    """The noun phrase ending at toks[j] (inclusive) as a (first, last+1) range, or None."""
    if j >= 0 and toks[j].text == ")":  # "Innenminister Herbert Reul (CDU) sagte"
        while j >= 0 and toks[j].text != "(":
            j -= 1
        j -= 1
    if j < 0:
        return None
    if toks[j].low in PRONOUNS:
        return (j, j + 1)
    end = j + 1
    if lang == "de" and not toks[j].text[:1].isupper():
        return None  # a German noun phrase ends in its (capitalised) noun
    while j >= 0 and (_np_word(toks[j], lang) or _abbreviation_dot(toks, j)):
        j -= 1
        if j >= 1 and toks[j].low in GENITIVE and _np_word(toks[j - 1], lang):
            j -= 1  # "Sprecher des Ministeriums", "head of the union"
        elif j >= 2 and toks[j].low in DETERMINERS and toks[j - 1].low in GENITIVE:
            j -= 2
    if j >= 0 and toks[j].low in DETERMINERS:
        j -= 1
    first = j + 1
    if first >= end or end - first > 9:
        return None
    if j >= 0 and toks[j].low in PREPOSITIONS:
        return None  # "Am Montag sagte …": a time or place, not the speaker
    words = toks[first:end]
    opens = words[0].low in DETERMINERS or words[0].text[:1].isupper()
    if not opens and not words[-1].text[:1].isupper():
        return None  # neither a determiner nor a name: "reporters", not a speaker
    return (first, end)


def _abbreviation_dot(toks: list[_Tok], j: int) -> bool:
    return toks[j].text == "." and j > 0 and toks[j - 1].low in ABBREVIATED


def _skip_adverbs(toks: list[_Tok], i: int, step: int) -> int:
    while 0 <= i < len(toks) and (toks[i].low in ADVERBS or toks[i].low in AUXILIARIES):
        i += step
    return i


def speech_verb(toks: list[_Tok], i: int, stop: int) -> bool:
    """toks[i] is a speech verb (a separable one with its particle before `stop`)."""
    low = toks[i].low
    if low in SPEECH or low in IMPERSONAL:
        return True
    particles = SEPARABLE.get(low)
    return bool(particles) and any(t.low in particles for t in toks[i + 1 : stop])


def attribution(text: str, toks: list[_Tok], where: str, lang: str) -> Speaker | None:
    """The speaker a clause next to a quotation names; UNKNOWN when it has a speech verb but no
    speaker, None when it is no attribution. `where` is "after" (the clause follows the
    quotation) or "before" (it leads up to it)."""
    words = [k for k, t in enumerate(toks) if t.text[:1].isalnum()]
    if not words:
        return None
    if where == "after":
        first = words[0]
        if toks[first].low == "so" and lang == "de" or toks[first].low == "according":
            start = first + 1 + (toks[first].low == "according")
            found = _forward(toks, start, lang)
            return _speaker(text, toks, found, lang) if found else None
        candidates = words[:8]
    else:
        candidates = list(reversed(words))
    for v in candidates:
        if speech_verb(toks, v, len(toks)):
            if where == "after" and not _opens_clause(toks, words, v, lang):
                return None  # "…“ and said it would …": the quote is an object, not speech
            return _around(text, toks, v, where, lang)
    if where == "before" and toks[-1].text == ":":
        # "Schlegel schloss weitere Senkungen nicht aus: „…“": a person introduces the quote.
        opening = _subject(toks, lang)
        if opening is not None and (who := _speaker(text, toks, opening, lang)).kind == "name":
            return who
    return None


def _opens_clause(toks: list[_Tok], words: list[int], v: int, lang: str) -> bool:
    """An attribution after a quote starts with its verb or with the speaker before the verb
    (after an optional "wie"/"as": "…“, wie der Minister sagte")."""
    first = words[0] + (toks[words[0]].low in ("wie", "as") and len(words) > 1)
    if v == first:
        return True
    before = _backward(toks, _skip_adverbs(toks, v - 1, -1), lang)
    return before is not None and before[0] == first


def _subject(toks: list[_Tok], lang: str) -> tuple[int, int] | None:
    """The noun phrase opening a clause when a verb (a lowercase word) follows it."""
    opening = _forward(toks, 0, lang)
    if opening and opening[1] < len(toks) and toks[opening[1]].text[:1].islower():
        return opening
    if opening and opening[1] < len(toks) and toks[opening[1]].text == ",":
        return opening  # "Louise Haigh, the transport secretary, said:"
    return None


def _around(text: str, toks: list[_Tok], v: int, where: str, lang: str) -> Speaker:
    if toks[v].low in IMPERSONAL:
        for k, t in enumerate(toks):
            if t.low in SOURCE_PREPOSITIONS and (found := _forward(toks, k + 1, lang)):
                return _speaker(text, toks, found, lang)
        return UNKNOWN
    before = _backward(toks, _skip_adverbs(toks, v - 1, -1), lang)
    if before:
        return _speaker(text, toks, before, lang)
    after = _forward(toks, _skip_adverbs(toks, v + 1, 1), lang)
    if after:
        return _speaker(text, toks, after, lang)
    if where == "before" and (opening := _subject(toks, lang)) is not None:
        # "Sheinbaum zeigte sich …, machte jedoch deutlich, …:": the clause's own subject.
        return _speaker(text, toks, opening, lang)
    return UNKNOWN


def _speaker(text: str, toks: list[_Tok], span: tuple[int, int], lang: str) -> Speaker:
    first, end = span
    words = toks[first:end]
    if len(words) == 1 and words[0].low in PRONOUNS:
        return Speaker(words[0].text, "pronoun", "", words[0].start, PRONOUNS[words[0].low])
    has_det = words[0].low in DETERMINERS
    if has_det:
        words = words[1:]
    name = text[words[0].start : words[-1].end]
    run = []  # the capitalised words at the end of the phrase, without leading titles
    for t in reversed(words):
        if not (t.text[:1].isupper() or t.text == "."):
            break
        run.insert(0, t)
    before_run = words[len(words) - len(run) - 1] if len(run) < len(words) else None
    titled = before_run is not None and title_gender(before_run.low) is not None
    while run and (title_gender(run[0].low) is not None or run[0].text == "."):
        run.pop(0)
        titled = True
    if run and (not has_det or titled) and run[-1].low not in GENITIVE:
        return Speaker(name, "name", run[-1].low, words[0].start)
    return Speaker(name, "role", "role:" + name.lower(), words[0].start)
