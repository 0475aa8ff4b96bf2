"""Recognise article furniture among sentences: appeals, newsletter boxes, credits, source lines,
teasers, advertising markers and bylines."""

from __future__ import annotations

import re
from collections.abc import Sequence

DONATION = "donation appeal"
NEWSLETTER = "newsletter box"
SOURCE = "source line"
CREDIT = "picture credit"
TEASER = "reader address"
SHARE = "share prompt"
ADVERT = "advertising marker"
BYLINE = "byline"

_I = re.IGNORECASE


def _any(*patterns: str, flags: int = 0) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), flags)


# Labels at the very start of a sentence: they mark furniture in any position of the article.
_LABELS = {
    SOURCE: _any(
        r"^(?:Quellen?|Sources?|Via)\s*:",
        r"^(?:Mit (?:Material|Informationen) (?:von|der|aus)|Mit Agenturmaterial|Material von\b)",
        r"^(?:Additional reporting|Reporting|Editing|Writing|Compiled|Research) by\b",
        r"^\(?(?:dpa|afp|ap|kna|epd|sid|rtr|reuters|apa|sda|dts)(?:-afx)?(?:\s*[/,]\s*[\w.-]+)*\)?"
        r"\s*\.?$",
        flags=_I,
    ),
    ADVERT: _any(
        # the marker alone; in capitals also with the advertisement after it ("ANZEIGE – …"),
        # as "Werbung: Das Verbot gilt ab Mai" may be news
        r"^(?i:Anzeige|Werbung|Advertisement|Advertising|Sponsored(?: (?:content|post|story))?"
        r"|Gesponsert|Advertorial|Promoted|Paid (?:content|post)|Bezahlter Inhalt"
        r"|Partner(?:-| )?(?:content|inhalt)|Werbeanzeige)\s*[:|–—-]?\s*$",
        r"^(?:ANZEIGE|WERBUNG|ADVERTISEMENT|SPONSORED)\b",
        r"^(?:Hier (?:klicken|anklicken)|Click here)\b",
        r"^(?:Jetzt (?:kaufen|bestellen|buchen|sichern)|Zum Angebot|Shop now|Buy now)\s*[!.:]*$",
    ),
    CREDIT: _any(
        r"^(?:Fotos?|Bilder?|Titelbild|Beitragsbild|Bildquelle|Bildnachweis|Bildrechte|Grafik|Karte"
        r"|Illustration|Photos?|Photograph|Images?|Pictures?|(?:Photo |Image )?Credits?|Graphic)\s*:",
        r"^(?:\(c\)|©|Copyright\s*(?:©|\(c\)|\d{4}))",
        r"\b(?:Alle Rechte vorbehalten|All rights reserved)\b",
        flags=_I,
    ),
}

# Agencies and picture libraries: a line made of them (or "name/agency") is a credit,
# a sentence or heading that mentions one is news.
_AGENCY_NAME = (
    r"(?<![-\w])(?:Getty Images|dpa|AFP|Reuters|AP(?: Photo)?|picture[- ]alliance|imago(?: images)?"
    r"|Shutterstock|iStock(?:photo)?|Keystone|EPA|Pexels|Unsplash|Symbolbild|Pixabay"
    r"|Wikimedia Commons)(?![-\w])"
)
_AGENCY = re.compile(_AGENCY_NAME, _I)
_AGENCIES_ONLY = re.compile(rf"^{_AGENCY_NAME}(?:\s*(?:[/|,]|via)\s*{_AGENCY_NAME})*\s*$", _I)
# the reader named after the first word: capitalised Sie/Ihr mid-sentence, uns, du (German)
_READER_DE = r"^(?=.+\b(?:Sie|Ihnen|Ihre?[mnrs]?|uns|unser\w*|du|dich|dir|dein\w*)\b)"

# Phrases that speak to the reader about the publication rather than about the news.
_APPEALS = {
    "de": {
        DONATION: _any(
            r"^Unterstütz\w*\s+(?:Sie\b|uns\b|unser\w*|jetzt\b|unabhängig\w*)",
            _READER_DE
            + r".*\bmit (?:einer|Ihrer|deiner|einem) (?:kleinen |einmaligen |monatlichen "
            r"|freiwilligen )?(?:Spende|Beitrag|Abo)\b(?! (?:von|in Höhe)\b)",
            r"\bJetzt (?:spenden|unterstützen|Mitglied werden|abonnieren|Abo abschließen|freischalten)\b",
            r"^(?:Spenden|Helfen|Werden) Sie\b",
            r"^(?:Spende|Hilf|Werde)\b.*\b(?:uns|Mitglied|Unterstützer\w*)\b",
            r".\b(?:Ihre[rn]?|deine[rn]?) Unterstützung\b",  # mid-sentence "Ihre" is the reader's
            r"\b[Uu]nabhängige[nr]? Journalismus\b.*\b(?:Sie|Ihnen|Ihre\w*|uns|unser\w*)\b",
            r".\b(?:braucht|brauchen) (?:Sie|dich|Ihre|deine)\b",
            r"\b(?i:von) (?:Ihnen|(?:unseren |den |seinen |ihren )?Leser\w*) finanziert\b",
        ),
        NEWSLETTER: _any(
            r"\bNewsletter\b.{0,80}\b(?:abonnieren|abonniert|bestellen|anmelden|erhalten|Postfach)\b",
            r"\b(?:abonnieren|bestellen|Melden Sie sich|Anmelden|Jetzt kostenlos)\b.{0,80}\bNewsletter\b",
            r"\bin Ihr(?:em)? (?:E-Mail-)?Postfach\b",
            r"^Jetzt (?:kostenlos |gratis )?(?:abonnieren|anmelden|registrieren)\b",
            r"^(?:Der |Unser |Ihr )?[\w-]*Newsletter\s*:",  # "Der Brandenburg-Newsletter: jeden Morgen …"
            flags=_I,
        ),
        TEASER: _any(
            # the publication speaking to its reader: "wir informieren Sie", "wir bitten Ihnen …"
            r"\b[Ww]ir \w+ (?:Sie|Ihnen|Ihre?|Ihren|Ihrer|Ihres)\b",
            r"\b(?:Sie|du|Du) interessier\w* (?:sich|dich) für\b",
            r"\bInteressier\w* (?:Sie|du) (?:sich|dich)\b",
            r"\binteressiert (?:Sie|dich)\b",
            r"\b(?:könnte|dürfte) (?:Sie|dich) (?:auch |ebenfalls )?interessieren\b",
            r"^(?:Lesen Sie|Lies) (?:auch|mehr|weiter|hier|dazu)\b",
            r"^(?:Mehr zum Thema|Mehr dazu|Auch interessant|Weiterlesen|Zum Thema|Hintergrund)"
            r"\s*(?:[:.!]|$)",
            r"^Hier geht(?: es|'s) zu[mr]\b",
            r"^(?:Ähnliche|Weitere|Verwandte|Empfohlene) (?:Beiträge|Artikel|Themen|Nachrichten)"
            r"\s*(?:[:.!]|$)",
            r"^Mehr (?:lesen|erfahren)\s*(?:[:.!]|$)",
        ),
        SHARE: _any(
            r"\b(?i:auf|bei|via|per) (?:Facebook|X|Twitter|WhatsApp|LinkedIn|Threads|Bluesky|Telegram"
            r"|Mastodon|E-Mail|Mail) (?:teilen|versenden|folgen)\b",
            r"^(?:Artikel|Beitrag|Seite|Link) (?:teilen|versenden|drucken|merken|kopieren)\b",
            r"^Teilen (?:Sie|mit)\b",
            r"^Folgen Sie (?:uns|[A-Z]\w+ auf)\b",
        ),
    },
    "en": {
        DONATION: _any(
            r"\bsupport (?:us\b|(?:our|independent|quality|public[- ]interest) (?:\w+ )?"
            r"(?:journalism|reporting|work|newsroom)\b)",
            r"^(?:Please )?(?:donate|support us|subscribe)\b",
            r"^(?:Please )?become an? (?:\w+ )?(?:member|subscriber|supporter|patron|donor)\b",
            r"\b(?:donate|subscribe) (?:now|today|monthly|once)\b(?!['’])",
            r"\bmake an? (?:\w+ )?(?:donation|contribution)\b.*\b(?:you|your|us|our)\b",
            r"\breaders like you\b",
            r"\byour (?:support|donation|contribution|subscription)\b",
            r"\bwe (?:rely|depend|count) on (?:you|readers|your)\b",
            flags=_I,
        ),
        NEWSLETTER: _any(
            r"\b(?:sign up|subscribe|register)\b.{0,80}\bnewsletters?\b",
            r"\bnewsletters?\b.{0,80}\b(?:sign up|subscribe|in your inbox)\b",
            r"\b(?:delivered |straight )?(?:to|in) your inbox\b",
            flags=_I,
        ),
        TEASER: _any(
            r"^(?:Read more|Read also|Also read|Related|More on this(?: story)?|Recommended"
            r"|You (?:may|might) also like|Most (?:read|popular)|Further reading)"
            r"(?:\s*[:|.]|\s*$|\s+(?:about|on|here|stories)\b)",
            r"^(?:Are you )?Interested in\b.*\?",
            r"\byou (?:want|would like|'d like) to (?:read|know|learn|hear) more\b",
            r"\bkeep reading\b",
            flags=_I,
        ),
        SHARE: _any(
            r"^Share (?:this|on|via|article|story)\b",
            r"\bshare this (?:article|story|page|post)\b",
            r"^Follow us on\b",
            r"^(?:Copy link|Tweet this|Email this|Print this)\b",
            flags=_I,
        ),
    },
}

# Quotation marks that open a quote, with the marks that may close it.
_CLOSERS = {"„": '“”"', "“": "”“", "«": "»", "»": "«", '"': '"', "‚": "‘’", "‹": "›"}
_SENTENCE_END = re.compile(r"[.!?…][\"'“”»«)]*\s*$")
_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Z]\.|\b(?:Dr|Prof|St|Nr|Co|Inc|Ltd|Corp|Dept|Hrsg|Jr|Sr|Mr|Mrs|Ms|Gov|Sen)\.)$"
)


def boilerplate_ids(sentences: Sequence[str], lang: str = "auto") -> frozenset[int]:
    """Indexes of sentences that are article furniture rather than reporting."""
    return frozenset(boilerplate_kinds(sentences, lang))


def boilerplate_kinds(sentences: Sequence[str], lang: str = "auto") -> dict[int, str]:
    """Index -> kind of furniture (donation appeal, source line, …) for the sentences that are."""
    kinds: dict[int, str] = {}
    languages = [lang] if lang in _APPEALS else list(_APPEALS)
    for index, (sentence, quoted_start, outside) in enumerate(_unquoted(sentences)):
        kind = _kind(sentence.strip(), quoted_start, outside.strip(), languages)
        if kind:
            kinds[index] = kind
        elif _continues(kinds.get(index - 1), sentences, index):
            kinds[index] = kinds[index - 1]
    return kinds


def _kind(sentence: str, quoted_start: bool, outside: str, languages: list[str]) -> str:
    if not quoted_start:
        for kind, pattern in _LABELS.items():
            if pattern.search(sentence):
                return kind
        if _credit(sentence):
            return CREDIT
        if _byline(sentence):
            return BYLINE
    for language in languages:
        for kind, pattern in _APPEALS[language].items():
            if pattern.search(outside):
                return kind
    if "de" in languages and outside.endswith("?") and re.match(r"(?:Sie|Du)\b", outside):
        return TEASER  # a question put to the reader ("Sie möchten …?") outside any quote
    return ""


def _credit(sentence: str) -> bool:
    """A short line naming an agency or carrying ©, not a sentence that mentions one."""
    words = len(sentence.split())
    if "©" in sentence and words <= 15:
        return True
    if words > 8 or not _AGENCY.search(sentence):
        return False
    return bool(_AGENCIES_ONLY.match(sentence.rstrip(".")) or re.search(r"[/|]", sentence))


# "Von Anna Müller, Passau", "By Jane Doe and John Smith, Reuters", "Ein Kommentar von …"
_BYLINE_START = re.compile(
    r"^(?:(?:Ein |Eine )?(?:Kommentar|Analyse|Gastbeitrag|Reportage|Essay|Kolumne|Bericht) von"
    r"|An? (?:analysis|commentary|column|report) by|Von|By)\s+(?=\S)",
    _I,
)
# The correspondent named by role: "Von unserem Berlin-Korrespondenten …", "From our reporter"
_BY_ROLE = re.compile(
    r"^(?:Von unsere[mnr] [\w-]*(?:Korrespondent|Redakteur|Reporter|Mitarbeiter|Redaktion|Büro"
    r"|Autor)|From our (?:own )?(?:\w+ )?(?:correspondent|reporter|staff))",
    _I,
)
_NAME = re.compile(r"(?:[A-ZÄÖÜÉ][\w'’.-]*|[A-Z]\.)")
# Lowercase words inside names ("Ursula von der Leyen", "Jan ten Brink") and between them.
_NAME_JOINS = {"von", "van", "der", "de", "di", "da", "del", "du", "dos", "ten", "ter", "bin"}
_AND = {"und", "and", "&", "sowie"}
_BYLINE_SEPARATOR = re.compile(r"\s*(?:[,·|/(]|\s[–—-]\s)\s*")


def _byline(sentence: str) -> bool:
    """A line naming who wrote the article, not a sentence that begins with "Von"/"By".

    After the opening word come two or more name words (or an agency) and at most a short tail
    after a comma or bar (a place, a role, a date) that does not end like a sentence: "Von
    Berlin aus …", "By Monday, the …" and "Von der Leyen besucht Kiew" stay article text."""
    if _BY_ROLE.match(sentence):
        return True
    start = _BYLINE_START.match(sentence)
    if not start or len(sentence.split()) > 20:
        return False
    rest = sentence[start.end() :].rstrip()
    head, *tail = _BYLINE_SEPARATOR.split(rest, maxsplit=1)
    names = head.rstrip(".").split()
    if not names or _AGENCY.fullmatch(head.rstrip(".")):
        return bool(names)
    capitalised = 0
    for word in names:
        if _NAME.fullmatch(word):
            capitalised += 1
        elif word not in _NAME_JOINS and word not in _AND:
            return False
    if capitalised < 2 or names[0] in _NAME_JOINS:
        return False
    return not tail or (len(tail[0].split()) <= 12 and not re.search(r"[.!?]$", tail[0]))


def _continues(previous_kind: str | None, sentences: Sequence[str], index: int) -> bool:
    """A source or credit line cut by the splitter at an abbreviation ("Quelle: U.S.") goes on."""
    if previous_kind not in (SOURCE, CREDIT):
        return False
    previous, current = sentences[index - 1].strip(), sentences[index].strip()
    # a citation tail ("Department of State, Pressemitteilung, 03.09.2025") has no full stop
    # but has commas or figures; a following heading has neither and stays article text
    citation = not _SENTENCE_END.search(current) and bool(re.search(r"[,\d]", current))
    return bool(_ABBREVIATION_END.search(previous)) or (citation and len(current.split()) <= 15)


def _unquoted(sentences: Sequence[str]):
    """Each sentence with: does it start inside a quotation, and its text outside quotations.

    Quotes may run over several sentences, so the state is carried from one sentence to the next.
    """
    closers = ""
    for sentence in sentences:
        started_inside = bool(closers)
        outside: list[str] = []
        for char in sentence:
            if closers:
                if char in closers:
                    closers = ""
            elif char in _CLOSERS:
                closers = _CLOSERS[char]
            else:
                outside.append(char)
        yield sentence, started_inside, "".join(outside)
