"""Turn the bytes of a page or text file into text, trusting declared charsets before guessing."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from desktop.engine.load import decode

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
    if codec and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return data.decode(codec, errors="replace")
    return decode(data, source)[0]


def decode_html(data: bytes, declared: str = "") -> str:
    """Decode a page: byte order mark, then the server's charset, then <meta charset>, then UTF-8, then a guess."""
    for bom, codec in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
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
