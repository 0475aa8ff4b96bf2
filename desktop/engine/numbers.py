"""Numbers and dates as stated in a sentence, normalised so equal values compare equal.

"3 Milliarden" and "3.000 Millionen", "zwölf" and "12", "two pence" and "2p", "20.000" and
"20,000", "3. September 2025" and "03.09.2025" are each one value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
# Month names as words of a text (not "may", "mar", "mai": other words too, or too short)
MONTH_NAMES = frozenset(name for name in _MONTHS if len(name) > 3)
# One word boundary before all four forms: the pattern is tried at every position of a text.
_DATE = re.compile(
    rf"\b(?:(?P<d1>\d{{1,2}})\.(?P<m1>\d{{1,2}})\.(?P<y1>\d{{2}}|\d{{4}})\b"  # 03.09.2025
    rf"|(?P<y2>\d{{4}})-(?P<m2>\d{{2}})-(?P<d2>\d{{2}})\b"  # 2025-09-03
    rf"|(?P<d3>\d{{1,2}})\.?\s+(?P<n3>{_MONTH})\.?(?:\s+(?P<y3>\d{{4}}))?\b"  # 3. September 2025
    rf"|(?P<n4>{_MONTH})\.?\s+(?P<d4>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(?P<y4>\d{{4}}))?)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Date:
    text: str
    day: int
    month: int
    year: int | None

    def same_day(self, other: Date) -> bool:
        years_agree = self.year is None or other.year is None or self.year == other.year
        return self.day == other.day and self.month == other.month and years_agree


def dates(text: str) -> tuple[list[Date], str]:
    """Dates in a text, and the text with them blanked out so their digits are not numbers."""
    found, blanked, pos = [], [], 0
    for m in _DATE.finditer(text):
        blanked += [text[pos : m.start()], " " * (m.end() - m.start())]  # one pass, not a sub
        pos = m.end()
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
        found.append(Date(m.group().strip(), int(day), month, y))
    return found, "".join(blanked) + text[pos:]


# --- numbers ---------------------------------------------------------------------------------

_WORD_NUMBERS = {
    "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9,
    "zehn": 10, "elf": 11, "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15,
    "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19, "zwanzig": 20,
    "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80,
    "neunzig": 90, "hundert": 100, "tausend": 1000, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "thousand": 1000,
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
    # a unit glued to the digits ("2p", "5km") belongs to the number
    + r")(?:(?:p|pence|ct|km|kg|m)\b|(?!\w))(?:\s*(?P<scale>"
    + "|".join(sorted(_SCALES, key=len, reverse=True))
    + r")\b\.?)?(?:\s*(?:%|€|\$|(?:prozent|percent|per\s+cent|euro|dollar)\b))?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Number:
    text: str
    value: float


def numbers(text: str) -> list[Number]:
    """Numbers stated in a text (digits or number words, with scale and unit), in order."""
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
        found.append(Number(text, value))
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


# Words that only say "a number": left out where words are compared as content.
NUMBER_WORDS = frozenset(_WORD_NUMBERS) | frozenset(_SCALES) | {"prozent", "percent"}


def number_values(text: str) -> set[float]:
    """The values of the numbers a text states, dates aside."""
    if not _may_state_numbers(text):
        return set()
    return {n.value for n in numbers(dates(text)[1])}


_TOKEN = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


def _may_state_numbers(text: str) -> bool:
    """Every number has a digit or a number word (and every date a digit): most sentences
    have neither, and the long patterns above are slow to scan for nothing."""
    return _DIGIT.search(text) is not None or not _WORD_NUMBERS.keys().isdisjoint(
        _TOKEN.findall(text.lower())
    )
