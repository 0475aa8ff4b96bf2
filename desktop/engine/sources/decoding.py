"""Turn the bytes of a page or text file into text, trusting declared charsets before guessing."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from desktop.engine.errors import InputError

BINARY = "looks like binary data, not text"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"%PDF", b"PK\x03\x04", b"\x1f\x8b")
# Non-ASCII characters expected in German or English text decoded as Windows-1252.
_WESTERN = set(
    "äöüÄÖÜßéèêëàáâãåçñíìîïóòôõøúùûýÿÉÈÊÀÁÂÇÑÍÓÔÚÆæœŒ"
    "„“”‚‘’–—…«»‹›€£°§©®™•·×÷±²³µ¼½¾¹ªº¡¿¦¨¬¯´¸\u00a0\u00ad"
)


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes to text, returning (text, encoding name); InputError for binary data."""
    if data.startswith(_MAGIC):
        raise InputError(source, BINARY)
    name = bom_codec(data)
    if name:
        return _checked(data.decode(name, errors="replace"), name, source)
    if b"\x00" in data:
        return _checked(_bomless_utf16(data, source), "utf-16", source)
    try:
        return _checked(data.decode("utf-8"), "utf-8", source)
    except UnicodeDecodeError:
        pass
    damaged = data.decode("utf-8", errors="replace")
    lost = damaged.count("\ufffd")
    if sum(1 for c in damaged if ord(c) > 127) - lost > 10 * lost:
        # UTF-8 with a few stray bytes (a pasted Latin-1 fragment): keep the UTF-8 reading.
        return _checked(damaged, "utf-8", source)
    western = data.decode("cp1252", errors="replace")
    unusual = sum(1 for c in western if ord(c) > 127 and c not in _WESTERN)
    if unusual <= len(western) // 1000:
        name = "iso-8859-1" if not any(0x80 <= b <= 0x9F for b in data) else "cp1252"
        return _checked(western, name, source)
    best = from_bytes(data).best()
    if best is None:
        return _checked(western, "cp1252", source)
    return _checked(str(best), best.encoding, source)


def _bomless_utf16(data: bytes, source: str) -> str:
    """UTF-16 without a byte order mark: ASCII-heavy text has NULs in every other byte."""
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if len(data) % 2 == 0 and max(even, odd) > len(data) // 4 and min(even, odd) == 0:
        try:
            return data.decode("utf-16-le" if odd else "utf-16-be")
        except UnicodeDecodeError:
            pass
    raise InputError(source, BINARY)


def _checked(text: str, encoding: str, source: str) -> tuple[str, str]:
    """Reject decoded text that is full of control characters: it was not text."""
    controls = sum(1 for c in text if (ord(c) < 32 and c not in "\t\n\r\f\v") or c == "\x7f")
    if "\x00" in text or controls > len(text) // 100:
        raise InputError(source, BINARY)
    return text, encoding


def bom_codec(data: bytes) -> str:
    """The codec a byte order mark at the start names, or ""."""
    return next((name for bom, name in _BOMS if data.startswith(bom)), "")


_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)


def known_codec(name: str) -> str:
    """The codec's canonical name, or "" when Python does not know it."""
    try:
        codec = codecs.lookup(name.strip()).name if name.strip() else ""
    except LookupError:
        return ""
    # browsers read pages labelled Latin-1 as Windows-1252 (WHATWG Encoding), and so do servers' authors
    return "cp1252" if codec in ("iso8859-1", "ascii") else codec


def decode_text(data: bytes, source: str, declared: str = "") -> str:
    """Decode plain text: a charset declared by the server wins, otherwise UTF-8 or cp1252."""
    codec = known_codec(declared)
    if codec and not bom_codec(data):
        return data.decode(codec, errors="replace")
    return decode(data, source)[0]


def decode_html(data: bytes, declared: str = "") -> str:
    """Decode a page: byte order mark, then the server's charset, then <meta charset>, then UTF-8, then a guess."""
    codec = bom_codec(data)
    if codec:
        return data.decode(codec, errors="replace")
    codec = known_codec(declared)
    if not codec:
        match = _META_CHARSET.search(data[:4096])
        codec = known_codec(match.group(1).decode("ascii")) if match else ""
    if codec:
        return data.decode(codec, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        guess = from_bytes(data).best()
        return str(guess) if guess is not None else data.decode("cp1252", errors="replace")
