"""Word-level differences inside a pair, and flags for numbers, dates and names that differ.

Names are found conservatively. German capitalises every noun, so for German only runs of two
or more capitalised words ("Claudia Sheinbaum", "Vereinigte Staaten") count as names; a single
surname on its own ("Sheinbaum") is not flagged there. In English a capitalised word that does
not start a sentence counts too. A name is only flagged when the other side has a different
name that is also missing from the first side (the same role, filled differently).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from desktop.engine.models import Discrepancy, WordOp

_TOKEN = re.compile(r"\w+(?:[-'’.,]\w+)*|[^\w\s]", re.UNICODE)


def tokens(text: str) -> list[str]:
    """Words and punctuation marks of a text, as written."""
    return _TOKEN.findall(text)


def word_diff(left: str, right: str) -> tuple[WordOp, ...]:
    """Differences between two sentences, word by word (case-insensitive matching).

    Each step carries the original text of its words, spacing and case included.
    """
    a = list(_TOKEN.finditer(left))
    b = list(_TOKEN.finditer(right))
    ops = Levenshtein.opcodes([m.group().casefold() for m in a], [m.group().casefold() for m in b])
    return tuple(
        WordOp(
            op.tag,
            _span(left, a, op.src_start, op.src_end),
            _span(right, b, op.dest_start, op.dest_end),
        )
        for op in ops
    )


def _span(text: str, matches: list[re.Match[str]], start: int, end: int) -> str:
    if start >= end:
        return ""
    return text[matches[start].start() : matches[end - 1].end()]


def discrepancies(left: str, right: str, lang: str = "de") -> tuple[Discrepancy, ...]:
    """Dates, numbers and names that both sentences state, but differently."""
    found = []
    left_dates, left_rest = _dates(left)
    right_dates, right_rest = _dates(right)
    only_l = [d for d in left_dates if not any(d.same_day(o) for o in right_dates)]
    only_r = [d for d in right_dates if not any(d.same_day(o) for o in left_dates)]
    if only_l and only_r:
        found.append(Discrepancy("date", _texts(only_l), _texts(only_r)))
    left_numbers, right_numbers = _numbers(left_rest), _numbers(right_rest)
    values_l = {n.value for n in left_numbers}
    values_r = {n.value for n in right_numbers}
    only_l_n = [n for n in left_numbers if n.value not in values_r]
    only_r_n = [n for n in right_numbers if n.value not in values_l]
    if only_l_n and only_r_n:
        found.append(Discrepancy("number", _texts(only_l_n), _texts(only_r_n)))
    names_l, names_r = _names(left, lang), _names(right, lang)
    words_l, words_r = _words(left), _words(right)
    only_l_names = [n for n in names_l if not _mentioned(n, words_r)]
    only_r_names = [n for n in names_r if not _mentioned(n, words_l)]
    if only_l_names and only_r_names:
        found.append(Discrepancy("name", tuple(only_l_names), tuple(only_r_names)))
    return tuple(found)


# --- dates -----------------------------------------------------------------------------------

_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("januar", "jänner", "january", "jan"),
            ("februar", "february", "feb"),
            ("märz", "march", "mär", "mar"),
            ("april", "apr"),
            ("mai", "may"),
            ("juni", "june", "jun"),
            ("juli", "july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("oktober", "october", "okt", "oct"),
            ("november", "nov"),
            ("dezember", "december", "dez", "dec"),
        ],
        start=1,
    )
    for name in names
}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE = re.compile(
    rf"\b(?P<d1>\d{{1,2}})\.(?P<m1>\d{{1,2}})\.(?P<y1>\d{{2}}|\d{{4}})\b"  # 03.09.2025
    rf"|\b(?P<y2>\d{{4}})-(?P<m2>\d{{2}})-(?P<d2>\d{{2}})\b"  # 2025-09-03
    rf"|\b(?P<d3>\d{{1,2}})\.?\s+(?P<n3>{_MONTH})\.?(?:\s+(?P<y3>\d{{4}}))?\b"  # 3. September 2025
    rf"|\b(?P<n4>{_MONTH})\.?\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y4>\d{{4}}))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Date:
    text: str
    day: int
    month: int
    year: int | None

    def same_day(self, other: _Date) -> bool:
        years_agree = self.year is None or other.year is None or self.year == other.year
        return self.day == other.day and self.month == other.month and years_agree


def _dates(text: str) -> tuple[list[_Date], str]:
    """Dates in a text, and the text with them blanked out so their digits are not numbers."""
    found = []
    for m in _DATE.finditer(text):
        g = m.groupdict()
        day = g["d1"] or g["d2"] or g["d3"] or g["d4"]
        month_name = g["n3"] or g["n4"]
        month = _MONTHS[month_name.lower()] if month_name else int(g["m1"] or g["m2"])
        year = g["y1"] or g["y2"] or g["y3"] or g["y4"]
        if not (1 <= int(day) <= 31 and 1 <= month <= 12):
            continue
        y = int(year) if year else None
        if y is not None and y < 100:
            y += 2000
        found.append(_Date(m.group().strip(), int(day), month, y))
    return found, _DATE.sub(lambda m: " " * len(m.group()), text)


# --- numbers ---------------------------------------------------------------------------------

_WORD_NUMBERS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
    "fünfzig": 50, "hundert": 100, "tausend": 1000, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "thousand": 1000,
    "dozen": 12, "dutzend": 12,
}  # fmt: skip
_SCALES = {
    "tausend": 1e3, "tsd": 1e3, "thousand": 1e3, "million": 1e6, "millionen": 1e6, "mio": 1e6,
    "millions": 1e6, "milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "billion": 1e9,
    "billions": 1e9, "trillion": 1e12, "bn": 1e9,
}  # fmt: skip
_ABBREVIATIONS = {"tsd", "mio", "mrd", "bn"}
_NUMBER = re.compile(
    r"(?<![\w.,])(?P<num>\d+(?:[.,]\d+)*|"
    + "|".join(_WORD_NUMBERS)
    + r")(?!\w)(?:\s*(?P<scale>"
    + "|".join(sorted(_SCALES, key=len, reverse=True))
    + r")\b\.?)?(?:\s*(?:%|€|\$|(?:prozent|percent|per\s+cent|euro|dollar)\b))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Number:
    text: str
    value: float


def _numbers(text: str) -> list[_Number]:
    found = []
    for m in _NUMBER.finditer(text):
        raw = m.group("num")
        word = _WORD_NUMBERS.get(raw.lower())
        if word is None and not raw[0].isdigit():
            continue
        value = float(word) if word is not None else _parse(raw)
        scale = m.group("scale")
        if scale:
            value *= _SCALES[scale.lower()]
        text = m.group().strip()
        if text.endswith(".") and not (scale and scale.lower() in _ABBREVIATIONS):
            text = text[:-1]  # the full stop ends the sentence, not an abbreviation
        found.append(_Number(text, value))
    return found


def _parse(raw: str) -> float:
    """A number written the German or the English way: 20.000 / 20,000 / 3,5 / 3.5."""
    seps = [c for c in raw if c in ".,"]
    if not seps:
        return float(raw)
    if len(set(seps)) == 2:
        decimal = seps[-1]
        return float(raw.replace("," if decimal == "." else ".", "").replace(decimal, "."))
    sep = seps[0]
    groups = raw.split(sep)
    if len(groups) > 2 or len(groups[-1]) == 3:
        return float("".join(groups))  # thousands separator
    return float(raw.replace(sep, "."))


# --- names -----------------------------------------------------------------------------------

_WORD = re.compile(r"\w+(?:[-'’]\w+)*", re.UNICODE)
_SENTENCE_ENDS = set('.!?:;"„“”«»(')


def _starts_sentence(text: str, pos: int) -> bool:
    """True where a word at `pos` opens the text or follows sentence punctuation. Scans back
    over spaces only: a search over the whole prefix made long pairs quadratic."""
    i = pos
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return pos == 0 or (i > 0 and text[i - 1] in _SENTENCE_ENDS)


def _names(text: str, lang: str) -> list[str]:
    """Capitalised names that do not merely start a sentence (see the module docstring)."""
    runs: list[list[str]] = []
    run: list[str] = []
    last_end = -1
    for m in _WORD.finditer(text):
        word = m.group()
        capital = word[0].isupper() and not _starts_sentence(text, m.start())
        if capital and run and text[last_end : m.start()].strip() == "":
            run.append(word)
        elif capital:
            if run:
                runs.append(run)
            run = [word]
        else:
            if run:
                runs.append(run)
            run = []
        last_end = m.end()
    if run:
        runs.append(run)
    least = 1 if lang == "en" else 2
    return [" ".join(r) for r in runs if len(r) >= least]


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _mentioned(name: str, words: set[str]) -> bool:
    """A name counts as present when any of its words is (Rubio / Marco Rubio)."""
    return any(part.casefold() in words for part in name.split())


def _texts(items: list) -> tuple[str, ...]:
    return tuple(dict.fromkeys(item.text for item in items))
