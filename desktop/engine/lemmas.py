"""Words of a sentence reduced to comparable lemmas: case, inflection, numbers, stop words."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from desktop.engine import lemma_memo, limits

# Numbers keep their separators ("3,5", "20.000") so that 3,5 and 5 stay different facts.
TOKEN = re.compile(r"\d+(?:[.,:]\d+)*|\w+", re.UNICODE)
NUMBER = re.compile(r"\d")

_STOP_WORDS = {
    "de": """der die das des dem den ein eine einer eines einem einen und oder aber doch sondern
        denn in im an am auf aus bei beim mit nach von vom zu zum zur für über unter vor hinter
        neben zwischen durch gegen ohne um bis seit ist sind war waren sein bin bist seid wird
        werden wurde wurden worden hat haben hatte hatten habe kann können konnte muss müssen soll
        sollen will wollen ich du er sie es wir ihr man sich mich dich uns euch ihm ihn ihnen mir
        dir mein dein ihre unser euer dieser diese dieses diesem diesen jener welche welcher
        welches nicht auch noch schon nur so wie als wenn dass daß ob weil da dann also sehr mehr
        hier dort alle alles etwa immer wieder ebenso ebenfalls sowie sowohl jedoch zudem
        außerdem bereits beide beiden dabei dazu darüber hinaus insbesondere deshalb daher
        einige viele weitere weiteren anderen andere jetzt nun heute bisher rund mehrere""",
    "en": """the a an and or but of in on at to for from by with as into about over under between
        through is are was were be been being has have had do does did will would can could
        should may might must shall i you he she it we they me him her us them my your his its
        our their this that these those which who whom what not no also so than then there here
        very more most just only such also both other others some many several any each all
        however while after before since said says say""",
}


def _lemmatize_for(lang: str):
    """simplemma's lemmatize, reading the dictionary from the on-disk cache (written on first
    use), and whether it did; simplemma's own in-memory dictionary only where there is no cache
    for `lang`. Imported here: a process whose words are all in the memo never loads them."""
    from desktop.engine import lemma_cache

    disk = lemma_cache.lemmatizer(lang)
    if disk is not None:
        return disk.lemmatize, True
    import simplemma

    return simplemma.lemmatize, False


def ready(lang: str) -> bool:
    """Whether lemmatising `lang` starts at once (else its first use writes the word list)."""
    if lemma_memo.known(lang):  # a memo is read only beside its word list: that one is there
        return True
    from desktop.engine import lemma_cache

    return lemma_cache.ready(lang)


def prepare(lang: str) -> None:
    """Writes the word list of `lang` now if it is not there yet (the first comparison ever)."""
    from desktop.engine import lemma_cache

    lemma_cache.lemmatizer(lang)


@lru_cache(maxsize=200_000)
def lemma(word: str, lang: str) -> str:
    """The lowercase dictionary form of one word (numbers unchanged)."""
    if NUMBER.match(word):
        return word
    found = lemma_memo.known(lang).get(word)
    if found is not None:
        return found
    lemmatize, cached = _lemmatize_for(lang)
    try:
        # simplemma needs the original case: German "Söhne" is Sohn, "söhne" a verb form.
        found = lemmatize(word, lang=lang).lower()
    except ValueError:  # a language simplemma does not know: fall back to case folding
        return word.lower()
    if cached:
        lemma_memo.learn(lang, word, found)
    return found


def lemmas(text: str, lang: str) -> list[str]:
    """The lemmas of a sentence, in order."""
    return [lemma(word, lang) for word in TOKEN.findall(text)]


def lemmas_of(texts: Sequence[str], lang: str) -> list[list[str]]:
    """The lemmas of many sentences (each distinct word looked up once)."""
    tokens = [TOKEN.findall(text) for text in texts]
    found = lemma_table(tokens, lang)
    return [[found[word] for word in words] for words in tokens]


def lemma_table(tokens: Sequence[Sequence[str]], lang: str) -> dict[str, str]:
    """Each distinct word of `tokens` -> its lemma, looked up once.

    A look-up takes 15-60 µs: past limits.LEMMA_WORDS distinct words (huge or junk input) only
    the most used are looked up and the rest lowercased, which keeps this within a second."""
    counts = Counter(word for words in tokens for word in words)
    if len(counts) <= limits.LEMMA_WORDS:
        found = {word: lemma(word, lang) for word in counts}
    else:
        found = {word: word.lower() for word in counts}
        found |= {word: lemma(word, lang) for word, _ in counts.most_common(limits.LEMMA_WORDS)}
    lemma_memo.save(lang)  # the words looked up for the first time, for the next process
    return found


@lru_cache(maxsize=16)
def stop_words(lang: str) -> frozenset[str]:
    """Function words (as written and as lemmas); they say little about which fact is reported."""
    raw = _STOP_WORDS.get(lang, "").split()
    return frozenset(raw) | set(lemma_table([raw], lang).values())
