"""Text normalisation: newlines for display, a folded form of sentences for matching."""

from __future__ import annotations

import re
import unicodedata

_DOUBLE_QUOTES = "„“”‟«»‹›″〝〞＂"
_SINGLE_QUOTES = "‚‘’‛′＇`´"
_DASHES = "‐‑‒–—―−﹘﹣－"
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Soft hyphen and zero-width characters are invisible; keeping them would split words in two.
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"

_FOLD = str.maketrans(
    {
        **dict.fromkeys(map(ord, _DOUBLE_QUOTES), '"'),
        **dict.fromkeys(map(ord, _SINGLE_QUOTES), "'"),
        **dict.fromkeys(map(ord, _DASHES), "-"),
        **dict.fromkeys(map(ord, _SPACES), " "),
        **dict.fromkeys(map(ord, _INVISIBLE), None),
        ord("…"): "...",
    }
)
_WHITESPACE = re.compile(r"\s+")
_LINE_BREAK = re.compile(r"\r\n?")


def normalize_for_matching(s: str) -> str:
    """Fold typography that differs between sources but not in meaning.

    Typographic double quotes become ", single quotes and apostrophes ', dashes and the minus
    sign -, the ellipsis character ..., non-breaking and thin spaces a space; soft hyphens and
    zero-width characters go; whitespace runs become one space; the result is NFC and trimmed.
    Offsets into the result do not match the input: use it for comparing, never for display.
    """
    folded = unicodedata.normalize("NFC", s).translate(_FOLD)
    return _WHITESPACE.sub(" ", folded).strip()


def normalize_newlines(text: str) -> str:
    """Turn Windows (CRLF) and old Mac (CR) line endings into \\n; nothing else changes."""
    return _LINE_BREAK.sub("\n", text)
