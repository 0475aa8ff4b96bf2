"""Split German and English news text into sentences; every non-space character lands in one."""

# Chosen by measurement on shared/segmentation/ (15 German cases + 2 hand-split seeds) and on the
# English and extra German cases in tests/engine/test_segment.py; see the table below.
# A rule-based splitter: candidate ends are . ! ? … followed by optional closing quotes/brackets
# and whitespace; a candidate is kept unless the word before it is an abbreviation, an initial or
# a German ordinal, or the next word starts in lowercase. Line breaks always end a sentence.
# Each candidate looks only at its neighbouring words, so the time is linear in the text length.

from __future__ import annotations

import re

from desktop.engine import limits

# Measured 2026-11-23 (cases right; speed on the seeds repeated, one line at a time for the
# libraries, which also gets pysbd around its quadratic cost on long text):
#   splitter  shared (15 tricky + 2 seeds)  German extra  English  sentences/s
#   this      17/17                          60/60         37/37    ~120,000 (1 MB in 0.05 s)
#   pysbd     13/17                          48/60         35/37    ~2,000-2,600
#   syntok    11/17                          40/60         33/37    ~6,000
#   SoMaJo    16/17                          55/60         34/37    ~650 (batched)
# The extra cases live in tests/engine/test_segment.py; 35 German and 20 English of them were
# written after the rules as a check (this splitter: 34/35 and 19/20 before two list entries).
# On 1,500 single sentences / 1,500 joined pairs from shared/bench-data (used while developing):
#   German (DEplain, with colon and dash boundaries no splitter makes): wrongly split
#   this 26 (7 of them sentences the corpus glued together, "2060.Im"), pysbd 24, SoMaJo 31,
#   syntok 45; joins missed or wrong this 139, SoMaJo 148, pysbd 156, syntok 202.
#   English (MSRP news): wrongly split this 2, syntok 18, SoMaJo 43, pysbd 54; joins wrong
#   this 10, syntok 44, SoMaJo 79, pysbd 147.

_LINES = re.compile(r"[^\n\r\u2028\u2029\x0b\x0c\x85]+")
# Sentence-final punctuation, then closing quotes/brackets, then whitespace (or the line end);
# also a period glued to the next sentence by a lost space ("im Jahr 2060.Im Berufsleben").
_CANDIDATE = re.compile(
    r"[.!?…]+[\"'“”„«»‹›’‘)\]]*(?=\s|$)"
    r"|[.!?](?:(?<=[a-zäöüß]{2}.)|(?<=\d{4}.))(?=[A-ZÄÖÜ][a-zäöüß])"
)
_QUOTES = "\"'“„«»‹›‘‚"
_OPENERS = _QUOTES + "([{–—-"
_CLOSERS = "\"'“”„«»‹›’‘)]}"

# Abbreviations that do not end a sentence: a title, unit or reference is always followed by more.
_NEVER_FINAL_COMMON = {
    "dr", "prof", "ca", "vs", "mr", "mrs", "ms", "no", "nr", "st",
    "z.b", "d.h", "e.g", "i.e", "u.u", "i.d.r", "z.t", "o.g", "s.o",
}  # fmt: skip
_NEVER_FINAL = {
    "de": _NEVER_FINAL_COMMON
    | {
        "hr", "hrn", "fr", "frl", "dipl", "ing", "med", "jur", "phil", "rer", "nat", "pol",
        "oec", "dent", "vet", "habil", "mag", "pfr", "abs", "bd", "kap", "abb", "tab", "anm",
        "ziff", "rn", "az", "vgl", "hg", "sog", "bzw", "bzgl", "gegr", "geb", "gest", "verh",
        "engl", "franz", "frz", "ital", "span", "lat", "griech", "russ", "dt", "amerik",
        "insb", "inkl", "exkl", "zzgl", "abzgl", "ggf", "evtl", "bspw", "tel", "str", "gem",
        "lt", "mind", "rd", "urspr", "zz", "zzt", "allg", "bes", "einschl", "entspr", "ehem",
        "jg", "ausg", "sen", "jun", "hl", "kath", "ev", "stv", "vors", "ggü", "max", "min",
    },
    "en": _NEVER_FINAL_COMMON
    | {
        "messrs", "sen", "rep", "gov", "gen", "lt", "col", "maj", "capt", "cmdr", "sgt", "adm",
        "rev", "hon", "pres", "supt", "mt", "ft", "approx", "cf", "viz", "nos", "vol", "pp",
        "fig", "ave", "blvd", "dept", "univ", "assn", "brig", "sens", "reps", "govs", "gens",
        "pfc", "cpl", "spc", "atty", "insp", "det", "msgr", "amb", "lieut", "comdr", "supts",
    },
}  # fmt: skip
# Abbreviations that may end a sentence: kept as an end only before a typical sentence opener.
_MAY_END = {
    "de": {
        "usw", "etc", "usf", "mio", "mrd", "jh", "jhd", "chr", "tsd", "std", "sek", "aufl", "hbf",
        "jan", "febr", "feb", "aug", "sept", "okt", "nov", "dez", "co", "inc", "ltd", "corp",
        "u.a", "u.ä", "o.ä", "e.v", "a.d", "n.chr", "v.chr", "jr",
    },
    "en": {
        "inc", "corp", "ltd", "co", "jr", "sr", "bros", "etc", "jan", "feb", "mar", "apr",
        "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "rd", "est", "a.m", "p.m",
        "u.s", "u.k", "u.n", "d.c", "e.u", "l.a", "n.y", "u.s.a", "ph.d", "esq",
    },
}  # fmt: skip
# Words that are abbreviations only when a number follows ("Art. 5", "No. 3", "S. 12").
_BEFORE_NUMBER = {"art", "no", "nr", "s", "p", "abs", "fig", "vol", "bd", "kap", "ziff", "rn"}

_MONTHS = {
    "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august",
    "september", "oktober", "november", "dezember", "jan", "feb", "febr", "mär", "apr",
    "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dez",
}  # fmt: skip
_ROMAN = re.compile(r"[IVXLC]{1,6}")
# Nouns that follow an ordinal number ("im 19. Jahrhundert", "der 3. Platz"), by their ending.
_ORDINAL_NOUNS = (
    "jahrhundert", "jahrhunderts", "jahrtausend", "jahrtausends", "tag", "tages", "mal",
    "platz", "rang", "runde", "liga", "klasse", "stock", "etage", "quartal", "jahr", "jahres",
    "jahrgang", "auflage", "kapitel", "sitzung", "periode", "weltkrieg", "weltkriegs",
    "sinfonie", "symphonie", "minute", "woche", "etappe", "stufe", "welle", "generation",
    "vorsitzende", "vorsitzender", "bürgermeister", "bürgermeisterin", "grades", "ordnung",
    "instanz", "lesung", "wahlgang", "halbzeit", "spiel", "spiels", "lauf", "advent", "bezirk",
    "person", "stelle", "reihe", "wahl", "semester", "spieltag", "sonntag", "strophe", "akt",
)  # fmt: skip
# Before a German "3." these make it an ordinal ("am 3. Spieltag", "der 18. Geburtstag").
_ORDINAL_CONTEXT = {
    "am", "im", "zum", "zur", "vom", "beim", "ins", "der", "die", "das", "den", "dem", "des",
    "ein", "eine", "einem", "einen", "einer", "eines", "sein", "seine", "seinem", "seinen",
    "seiner", "seines", "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", "unser", "unsere",
    "unserem", "unseren", "unserer", "jeden", "jede", "jedem", "jeder", "dieser", "diese",
    "diesem", "diesen", "dieses", "bis", "seit", "ab", "vor", "nach", "zwischen",
}  # fmt: skip
# Typical first words of a sentence: after an abbreviation that may end one, or after a number.
_OPENER_WORDS = {
    "de": {
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "er", "sie", "es",
        "wir", "ich", "ihr", "man", "dies", "diese", "dieser", "dieses", "damit", "dann",
        "danach", "dabei", "dazu", "davor", "doch", "aber", "auch", "und", "oder", "so", "nun",
        "jetzt", "heute", "gestern", "morgen", "im", "in", "am", "an", "auf", "bei", "mit",
        "nach", "für", "von", "vor", "seit", "zum", "zur", "wie", "was", "wer", "wo", "warum",
        "wenn", "als", "da", "deshalb", "daher", "trotzdem", "zudem", "außerdem", "allerdings",
        "laut", "unter", "über", "nicht", "kein", "keine", "schon", "noch", "bis", "hier",
        "dort", "mehr", "viele", "alle", "beide", "sein", "seine", "ihre", "unser", "unsere",
        "insgesamt", "zuvor", "später", "inzwischen", "mittlerweile", "bereits", "dennoch",
        "jedoch", "zwar", "zunächst", "erst", "nur",
    },
    "en": {
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "this", "that", "these",
        "those", "there", "here", "but", "and", "or", "so", "yet", "in", "on", "at", "for",
        "with", "after", "before", "when", "while", "if", "as", "his", "her", "their", "its",
        "our", "my", "your", "what", "who", "why", "how", "where", "some", "many", "most",
        "all", "not", "one", "both", "such", "according", "meanwhile", "however", "still",
        "also", "mr", "mrs", "ms", "dr", "officials", "since", "during", "then", "now",
        "today", "last", "earlier", "later", "under", "despite", "although", "though", "no",
        "nobody", "none", "few", "several", "police", "each", "every", "another", "other",
    },
}  # fmt: skip


def split_spans(text: str, lang: str = "de") -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences of `text`, whitespace trimmed; none is
    longer than limits.SENTENCE_CHARS (see sentence_spans)."""
    return sentence_spans(text, lang)[0]


def sentence_spans(text: str, lang: str = "de") -> tuple[list[tuple[int, int]], frozenset[int]]:
    """The sentence spans, and the indices of those cut from a sentence longer than
    limits.SENTENCE_CHARS (a list or table without full stops, a page of junk): scoring a pair
    costs the product of the lengths, so no unit may be unbounded."""
    spans, cut = [], []
    for start, end in _natural_spans(text, lang):
        if end - start <= limits.SENTENCE_CHARS:
            spans.append((start, end))
            continue
        first = len(spans)
        for piece in _pieces(text, start, end, limits.SENTENCE_CHARS):
            _add(text, *piece, spans)
        cut.extend(range(first, len(spans)))
    return spans, frozenset(cut)


def _pieces(text: str, start: int, end: int, limit: int):
    """(start, end) parts of at most `limit` characters (limits.cut_point says where)."""
    while end - start > limit:
        cut = limits.cut_point(text, start, end, limit)
        yield start, cut
        start = cut
    yield start, end


def _natural_spans(text: str, lang: str) -> list[tuple[int, int]]:
    rules = _Rules(lang)
    spans: list[tuple[int, int]] = []
    lines = [m for m in _LINES.finditer(text) if not m.group().isspace()]
    rules.lead_end = lines[min(LEAD_LINES, len(lines)) - 1].start() if lines else 0
    for line in _LINES.finditer(text):
        start = line.start()
        stop = line.end()
        for match in _CANDIDATE.finditer(text, start, stop):
            if rules.ends_sentence(text, match.start(), match.end(), line.start(), stop):
                _add(text, start, match.end(), spans)
                start = match.end()
        _add(text, start, stop, spans)
    return spans


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that holds text; a line break always ends a sentence."""
    return [(m.start(), m.end()) for m in _LINES.finditer(text) if not m.group().isspace()]


def split_sentences(text: str, lang: str = "de") -> list[str]:
    """The sentences of `text` as strings."""
    return [text[s:e] for s, e in split_spans(text, lang)]


def _add(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start < end:
        spans.append((start, end))


# A place name (one to three capitalised words, maybe an agency) alone before the first full
# stop of a paragraph: the dateline of a news report, which belongs to its first sentence.
_DATELINE = re.compile(
    r"\s*[A-ZÄÖÜ][\w’'-]+(?:[ /-][A-ZÄÖÜ][\w’'-]+){0,2}(?:\s*\([A-Za-z/ ]{2,12}\))?\s*\.",
    re.UNICODE,
)
_SHORT_REPLIES = {
    "ja", "nein", "danke", "gut", "okay", "bitte", "genau", "richtig", "falsch", "stimmt",
    "yes", "no", "thanks", "sure", "right", "wrong", "exactly", "true", "false",
}  # fmt: skip
LEAD_LINES = 3  # a dateline opens one of the first lines (after a headline, a byline)
LEAD_WORDS = 6  # and a full lead sentence follows it on its line


def _is_dateline(text: str, line_start: int, end: int, stop: int) -> bool:
    place = _DATELINE.fullmatch(text, line_start, end)
    if not place or _bare(place.group()).casefold() in _SHORT_REPLIES:
        return False
    rest = text[end:stop]
    period = rest.find(". ")
    return len((rest if period < 0 else rest[:period]).split()) >= LEAD_WORDS


class _Rules:
    """The language's word lists and the decision whether a candidate ends a sentence."""

    def __init__(self, lang: str):
        key = "en" if lang == "en" else "de"
        self.german = key == "de"
        self.never_final = _NEVER_FINAL[key]
        self.may_end = _MAY_END[key]
        self.openers = _OPENER_WORDS[key]
        self.lead_end = 0  # where the last line that may open with a dateline starts

    def ends_sentence(self, text: str, punct: int, end: int, line_start: int, stop: int) -> bool:
        following = _next_word(text, end, stop)
        if not following:
            return True
        first = following[0]
        if first.islower() or first in ",;:)]}.…":
            return False
        run = text[punct:end].rstrip(_CLOSERS)
        if "?" in run or "!" in run:
            return True
        word = _word_before(text, punct)
        if "…" in run or ".." in run or word.strip(_OPENERS) in ("", "."):
            return self._after_ellipsis(word, following)
        if _starts_line(text, punct - len(word), line_start) and _is_list_marker(word):
            return False  # "1. Die Regierung …", "b. The plan …": a numbered list item
        if line_start <= self.lead_end and _is_dateline(text, line_start, end, stop):
            return False  # "Mexiko-Stadt. US-Außenminister …": the dateline opens the sentence
        return self._after_period(text, punct - len(word), word, following)

    def _after_ellipsis(self, word: str, following: str) -> bool:
        """An ellipsis (also ". . .") often marks words left out of a quote, mid-sentence."""
        nxt = following.lstrip(_QUOTES)
        if (nxt != following and nxt[:1].isupper()) or _bare(nxt) in self.openers:
            return True
        # German capitalises nouns, so only English takes a capital after "word..." as a start.
        attached = word.strip(".…") != ""
        return not self.german and attached and nxt[:1].isupper()

    def _after_period(self, text: str, word_start: int, word: str, following: str) -> bool:
        core = word.strip(_OPENERS).lower()
        last = re.split(r"[-/]", core)[-1]  # "then-Gov.", "US-Dr.", "PeopleSoft/J.D."
        nxt = following.lstrip(_QUOTES)
        opener = (nxt != following and nxt[:1].isupper()) or _bare(nxt) in self.openers
        digit_next = nxt[:1].isdigit()
        if digit_next and (core in _BEFORE_NUMBER or last in _BEFORE_NUMBER):
            return False
        if core in self.never_final or last in self.never_final:
            return False
        if core in self.may_end or last in self.may_end or _is_dotted(core):
            return opener and not digit_next
        previous = _word_before(text, word_start - 1) if word_start else ""
        if (len(core) == 1 and core.isalpha()) or _is_roman(word, previous):
            # An initial ("Donald J. Trump"), part of "z. B." or a regnal number ("Gregor I.").
            return opener and not _is_single_letter(previous.lstrip(_OPENERS))
        if self.german and _is_number(core):
            return self._after_german_number(text, word_start, core, previous, nxt, opener)
        return True

    def _after_german_number(
        self, text: str, word_start: int, core: str, previous: str, nxt: str, opener: bool
    ) -> bool:
        noun = _bare(nxt)
        if noun in _MONTHS:
            return False
        if opener:
            return True
        if "." in core:  # "am 3.9. in Mexiko-Stadt": a day and month
            return False
        if len(core) > 3:  # a year or a count, not an ordinal
            return True
        if noun.endswith(_ORDINAL_NOUNS):
            return False
        context = previous.strip(_OPENERS).lower()
        if context in _ORDINAL_CONTEXT:
            return False
        if context in ("und", "oder", "bis", "sowie", "-", "–"):
            # "im 13. und 16. Jahrhundert": the second of two ordinals
            before = _word_before(text, word_start - len(previous) - 2)
            return not _is_number(before.strip(_OPENERS).rstrip(".")) or not before.endswith(".")
        return True


def _bare(word: str) -> str:
    return word.rstrip(".,;:!?" + _CLOSERS).lower()


def _next_word(text: str, pos: int, stop: int) -> str:
    while pos < stop and text[pos].isspace():
        pos += 1
    end = pos
    while end < stop and not text[end].isspace():
        end += 1
    return text[pos:end]


def _word_before(text: str, end: int) -> str:
    """The run of non-space characters ending at `end` (exclusive)."""
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _is_dotted(core: str) -> bool:
    """Letters joined by periods: "u.s", "f.a.z", "e.g"."""
    return "." in core and all(part.isalpha() and len(part) <= 3 for part in core.split("."))


def _is_single_letter(word: str) -> bool:
    return len(word) == 2 and word[0].isalpha() and word[1] == "."


def _starts_line(text: str, pos: int, line_start: int) -> bool:
    while pos > line_start and text[pos - 1] in " \t":
        pos -= 1
    return pos == line_start


def _is_list_marker(word: str) -> bool:
    return _is_number(word) or bool(_ROMAN.fullmatch(word)) or (len(word) == 1 and word.isalpha())


def _is_roman(word: str, previous: str) -> bool:
    """A regnal number after a name: "Gregor I.", "Ludwig XIV."."""
    return bool(_ROMAN.fullmatch(word)) and previous[:1].isupper() and previous[1:2].islower()


def _is_number(core: str) -> bool:
    return all(part.isdigit() for part in core.split(".")) and core[:1].isdigit()
