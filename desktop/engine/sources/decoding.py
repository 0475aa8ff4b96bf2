"""Turn the bytes of a page or text file into text, trusting declared charsets before guessing."""

from __future__ import annotations

import codecs
import re
import threading

from desktop.engine.errors import InputError
from desktop.wording import phrase

BINARY = phrase("looks like binary data, not text")

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

_C1_BYTES = re.compile(rb"[\x80-\x9f]")
_UNUSUAL = re.compile(f"[^{re.escape(''.join(sorted(_WESTERN)))}]")


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
    text, legacy = utf8_or_cp1252(data)
    from_utf8 = len(text) - len(text.encode("ascii", "ignore")) - len(legacy)
    unusual = len(_UNUSUAL.findall(legacy))
    # Western text: Windows-1252 throughout, UTF-8 with Windows-1252 paragraphs pasted in, or
    # UTF-8 with a few stray bytes; anything else is left to the guesser below.
    if unusual <= max(1, len(legacy) // 100) or 10 * len(legacy) < from_utf8:
        mixed = from_utf8 > 0
        name = "utf-8 with cp1252" if mixed else "cp1252"
        if not mixed and not _C1_BYTES.search(data):
            name = "iso-8859-1"
        return _checked(text, name, source)
    best = _guess(data)
    if best is None:
        return _checked(text, "cp1252", source)
    return _checked(str(best), best.encoding, source)


def utf8_or_cp1252(data: bytes) -> tuple[str, str]:
    """The bytes read as UTF-8 where they are valid UTF-8 and as Windows-1252 where not (a file
    of UTF-8 and Latin-1 paragraphs keeps both), and the non-ASCII characters the second part
    gave.

    A Windows-1252 byte (ä = E4) is almost never followed by what would make it valid UTF-8,
    so a file that is Windows-1252 throughout comes out exactly as Windows-1252 would read it.
    One UTF-8 decode in C does it, calling back only for each byte that is not valid UTF-8:
    45 MB of valid UTF-8 take a fraction of a second."""
    legacy: list[str] = []
    _legacy.parts = legacy
    try:
        text = data.decode("utf-8", errors=_AS_CP1252)
    finally:
        _legacy.parts = None
    legacy_text = "".join(legacy)
    return text, _NOT_ASCII.sub("", legacy_text) if legacy_text else ""


_NOT_ASCII = re.compile("[\x00-\x7f]+")
_legacy = threading.local()  # the Windows-1252 pieces of the decode under way in this thread


def _from_cp1252(error: UnicodeError) -> tuple[str, int]:
    """Decode error handler: the bytes UTF-8 refused, read as Windows-1252 (its five unassigned
    bytes, 81 8D 8F 90 9D, as Latin-1, as browsers do)."""
    assert isinstance(error, UnicodeDecodeError)
    piece = error.object[error.start : error.end].decode("cp1252", errors=_LATIN1)
    parts = getattr(_legacy, "parts", None)
    if parts is not None:
        parts.append(piece)
    return piece, error.end


def _as_latin1(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    return error.object[error.start : error.end].decode("latin-1"), error.end


_LATIN1 = "twofold-latin1"
codecs.register_error(_LATIN1, _as_latin1)
_AS_CP1252 = "twofold-cp1252"
codecs.register_error(_AS_CP1252, _from_cp1252)


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
    controls = sum(map(text.count, _CONTROL_CHARS))
    if "\x00" in text or controls > len(text) // 100:
        raise InputError(source, BINARY)
    return text, encoding


_CONTROL_CHARS = [chr(c) for c in (*range(32), 0x7F) if chr(c) not in "\t\n\r\f\v"]


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
    """Decode plain text: a byte order mark, then valid UTF-8, then the server's charset,
    then the reading of `decode` (UTF-8 where valid, else Windows-1252, else a guess)."""
    codec = _declared(data, declared)
    if codec:
        return data.decode(codec, errors="replace")
    return decode(data, source)[0]


def decode_html(data: bytes, declared: str = "") -> str:
    """Decode a page: byte order mark, valid UTF-8, the server's charset, <meta charset>, then
    UTF-8 where valid and Windows-1252 where not, then a guess."""
    codec = bom_codec(data) or _declared(data, declared)
    if not codec:
        match = _META_CHARSET.search(data[:4096])
        codec = _declared(data, match.group(1).decode("ascii")) if match else ""
    if codec:
        return data.decode(codec, errors="replace")
    text, legacy = utf8_or_cp1252(data)
    if len(_UNUSUAL.findall(legacy)) <= len(legacy) // 100:
        return text
    guess = _guess(data)
    return str(guess) if guess is not None else text


def _declared(data: bytes, declared: str) -> str:
    """The codec to use for a declared charset, or "" when the bytes say otherwise: a byte order
    mark wins, and so does valid UTF-8 with non-ASCII in it (servers and templates often
    label UTF-8 pages Latin-1; Latin-1 text is almost never valid UTF-8)."""
    codec = known_codec(declared)
    if not codec or bom_codec(data):
        return ""
    if codec in ("utf-8", "utf-8-sig"):
        # declared UTF-8 that is not: read UTF-8 where valid and Windows-1252 where not
        return codec if _valid_utf8(data) else ""
    return "utf-8" if not data.isascii() and _valid_utf8(data) else codec


def _valid_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _guess(data: bytes):
    """charset-normalizer's best guess (loaded only for text that is neither UTF-8 nor Western:
    most articles never need it)."""
    from charset_normalizer import from_bytes

    return from_bytes(data).best()
