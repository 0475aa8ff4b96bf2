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


# C0 controls but tab, newline and the CR of a CRLF; DEL; the C1 controls; lone surrogates and
# non-characters. A terminal runs ESC, CSI and OSC sequences (a changed window title, a cleared
# screen, a hidden link); XML forbids most; spreadsheets and HTML show them as garbage.
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]|\r(?!\n)")
# The same characters as JSON escapes: json.dumps escapes C0 itself, but not DEL or C1.
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029]")


def without_controls(text: str) -> str:
    """`text` with control characters as spaces (tab and line breaks stay): printed to a
    terminal or written to an export, article text cannot change the screen or the file."""
    return _CONTROLS.sub(" ", text)


def json_for_terminal(data: str) -> str:
    """JSON text (json.dumps with ensure_ascii=False) with DEL and C1 characters escaped:
    the same data, nothing a terminal would run."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", data)
