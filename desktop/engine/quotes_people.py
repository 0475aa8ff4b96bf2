"""The people an article names, to tell whom "sagte er" or "the minister" stands for."""

# A person is a name after a title ("Innenminister Herbert Reul", "Präsidentin Claudia
# Sheinbaum", "union leader Sean O'Brien") or a bare name given as a speaker ("sagte Sheinbaum").
# Later mentions are found by the surname. A pronoun goes to the last person named before it in
# its paragraph when that is the only one its gender fits, or when that person also spoke the
# quotation just before; otherwise it stays unknown.

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import replace

from desktop.engine.quotes_find import Quote
from desktop.engine.quotes_lexicon import TITLE_SUFFIXES, TITLES
from desktop.engine.quotes_speaker import UNKNOWN, WORD, Speaker, title_gender, title_words
from desktop.engine.segment import paragraph_spans

_CAPITAL = r"[A-ZÀ-ÖØ-Þ][\w'’-]*+"
# Up to four capitalised words after a title, with name particles ("Ursula von der Leyen").
_NAME = re.compile(
    rf"\.?[ \t\u00a0]++(?P<name>{_CAPITAL}(?:[ \t\u00a0]++(?:(?:von|van)[ \t]++(?:der|den|dem)"
    rf"[ \t]++|(?:von|van|de|da|di|du|le|la|zu|ten|ter|del|dos)[ \t]++)?{_CAPITAL}){{0,3}})"
)
_NOT_NAMES = {"der", "die", "das", "the", "und", "and", "in", "im"}


class People:
    """Persons named in one article: their fullest name, gender when a title says it, their
    titles, and (looked up when a pronoun needs them) where each is mentioned."""

    def __init__(self, text: str, quotes: tuple[Quote, ...]):
        self.text = text
        self.quotes = quotes
        self.names: dict[str, str] = {}  # surname -> the fullest form of the name seen
        self.gender: dict[str, str] = {}
        self.titles: dict[str, set[str]] = defaultdict(set)  # surname -> title words
        self.titled: dict[str, set[str]] = defaultdict(set)  # title word -> surnames
        self._mentions: list[tuple[int, str]] | None = None
        for end, low in _titles(text):
            gender = title_gender(low)
            name = _NAME.match(text, end)
            words = _name_words(name.group("name")) if name else []
            if words:
                key = words[-1].lower()
                self._add(" ".join(words), key, gender)
                self.titles[key].add(low)
                self.titled[low].add(key)
        for q in quotes:
            if q.speaker.kind == "name":
                self._add(_bare(q.speaker.name), q.speaker.key, "")
                self.titles[q.speaker.key].update(title_words(q.speaker.name))

    @property
    def mentions(self) -> list[tuple[int, str]]:
        """(offset, surname) of every mention outside quotations, in text order."""
        if self._mentions is None:
            inside = sorted(part for q in self.quotes for part in q.parts)
            keys = sorted(self.names, key=len, reverse=True)
            pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, keys)) + r")\b", re.I)
            found = pattern.finditer(self.text) if keys else ()
            self._mentions = [
                (m.start(), m.group().lower()) for m in found if not _within(m.start(), inside)
            ]
        return self._mentions

    def _add(self, name: str, key: str, gender: str) -> None:
        if len(name) > len(self.names.get(key, "")):
            self.names[key] = name
        if gender and self.gender.get(key, gender) == gender:
            self.gender[key] = gender
        elif gender:
            self.gender[key] = "?"  # titles of both genders: the gender is not known

    def named(self, speaker: Speaker) -> Speaker:
        """A name with every title the article gives that person."""
        return replace(speaker, titles=tuple(sorted(self.titles.get(speaker.key, ()))))

    def role(self, speaker: Speaker) -> Speaker:
        """A role ("der Innenminister") as the one person the article gives that title."""
        titles = title_words(speaker.name)
        people = self.titled.get(titles[0], set()) if len(titles) == 1 else set()
        if len(people) == 1 and len(speaker.name.split()) == 1:
            key = next(iter(people))
            return replace(speaker, key=key, titles=tuple(sorted(self.titles[key])))
        return replace(speaker, titles=titles)

    def pronoun(self, speaker: Speaker, since: int, previous: Speaker | None) -> Speaker:
        """The person a pronoun at speaker.start stands for, looking back to `since`."""
        fitting = [
            key
            for pos, key in self.mentions
            if since <= pos < speaker.start and self.gender.get(key, "") in ("", speaker.gender)
        ]
        if not fitting:
            return UNKNOWN
        last = fitting[-1]
        continuing = previous is not None and previous.key == last
        if len(set(fitting)) == 1 or continuing:
            named = Speaker(self.names[last], "name", last, speaker.start)
            return self.named(named)
        return UNKNOWN


def _bare(name: str) -> str:
    """A speaker's name without the titles before it ("Union leader Mick Whelan")."""
    words = name.split()
    titled = [i for i, w in enumerate(words) if title_gender(w.lower()) is not None]
    return " ".join(words[titled[-1] + 1 :] if titled else words) or name


def _titles(text: str) -> list[tuple[int, str]]:
    """(end offset, lowercase word) of every title word. Each title and title ending is looked
    for with str.find on the lowercased text, which is many times quicker than looking at every
    word of a long article."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a character whose lowercase is longer ("İ"): go word by word
        words = ((m.end(), m.group().lower()) for m in WORD.finditer(text))
        return [(e, w) for e, w in words if w in TITLES or w.endswith(TITLE_SUFFIXES)]
    found: dict[int, str] = {}
    for needle, whole in [*((t, True) for t in TITLES), *((t, False) for t in TITLE_SUFFIXES)]:
        pos = lowered.find(needle)
        while pos >= 0:
            end = pos + len(needle)
            at_end = not (end < len(lowered) and _word_char(lowered[end]))
            if whole:
                if at_end and not (pos > 0 and _word_char(lowered[pos - 1])):
                    found[end] = needle
            elif at_end and end not in found:
                start = pos
                while start > 0 and (_word_char(lowered[start - 1]) or lowered[start - 1] == "-"):
                    start -= 1
                found[end] = lowered[start:end]
            pos = lowered.find(needle, end)
    return sorted(found.items())


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _name_words(name: str) -> list[str]:
    """The words of a name up to the first that is a title or a function word."""
    words = []
    for word in name.split():
        capital = word[:1].isupper()  # lowercase words here are particles: "von der Leyen"
        if capital and (word.lower() in _NOT_NAMES or title_gender(word.lower()) is not None):
            break
        words.append(word)
    while words and not words[-1][:1].isupper():
        words.pop()
    return words


def _within(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def resolve_speakers(text: str, quotes: tuple[Quote, ...]) -> tuple[Quote, ...]:
    """The quotations with pronouns and roles replaced by the person they stand for, and
    names carrying the titles the article gives them."""
    if not any(q.speaker.kind for q in quotes):
        return quotes
    people = People(text, quotes)
    starts = [s for s, _ in paragraph_spans(text)]
    resolved: list[Quote] = []
    for q in quotes:
        who = q.speaker
        if who.kind == "pronoun":
            previous = resolved[-1] if resolved and resolved[-1].paragraph == q.paragraph else None
            since = starts[q.paragraph] if q.paragraph < len(starts) else 0
            who = people.pronoun(who, since, previous.speaker if previous else None)
        elif who.kind == "role":
            who = people.role(who)
        elif who.kind == "name":
            who = people.named(who)
        resolved.append(replace(q, speaker=who))
    return tuple(resolved)


def same_speaker(a: Speaker, b: Speaker) -> bool | None:
    """Whether two speakers are one person or body; None when that cannot be told: either is
    unknown, or a role and a name (or two roles) whose titles could be the same person's."""
    if not a.key or not b.key:
        return None
    if a.key == b.key:
        return True
    role_a, role_b = a.key.startswith("role:"), b.key.startswith("role:")
    if not role_a and not role_b:
        return False
    if role_a and role_b and (a.key[5:] in b.key[5:] or b.key[5:] in a.key[5:]):
        return True
    if a.titles and b.titles:
        alike = any(x.endswith(y) or y.endswith(x) for x in a.titles for y in b.titles)
        return None if alike else False
    return None
