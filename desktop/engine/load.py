"""Read an article file (any common encoding) into an Article with its sentences."""

from __future__ import annotations

import bisect
import codecs
import hashlib
from dataclasses import fields, replace
from pathlib import Path

from charset_normalizer import from_bytes

from desktop.engine.boilerplate import boilerplate_ids
from desktop.engine.clock import now_utc
from desktop.engine.errors import InputError
from desktop.engine.language import detect_language
from desktop.engine.models import Article, Provenance, Sentence
from desktop.engine.segment import paragraph_spans, split_spans
from desktop.engine.text import normalize_newlines

MAX_BYTES = 20 * 1024 * 1024
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
    for bom, name in _BOMS:
        if data.startswith(bom):
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


TEXT_SUFFIXES = ("", ".txt", ".text")


def load_article(path: str | Path, lang: str = "auto") -> Article:
    """Load an article from a text file, a saved page, Word, PDF, Markdown or an http(s)
    address; raises InputError with a one-line, user-facing message."""
    p = Path(path)
    source = str(path)
    # Web addresses (and refused schemes) and other formats go through the source readers,
    # imported only then because the HTML extractor is slow to import.
    if "://" in source[:12] or p.suffix.lower() not in TEXT_SUFFIXES:
        return article_from_source(source, lang)
    try:
        if not p.exists():
            raise InputError(source, "no such file")
        if p.is_dir():
            raise InputError(source, "is a folder, not a file")
        if not p.is_file():
            raise InputError(source, "is not a regular file")
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                source, f"is too large ({size / 1e6:.0f} MB; the limit is {MAX_BYTES // 2**20} MB)"
            )
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise InputError(source, "is empty")
    text, encoding = decode(data, source)
    provenance = Provenance(location=source, fetched=now_utc(), content_type="text/plain", raw=data)
    return article_from_text(text, path=source, lang=lang, encoding=encoding, provenance=provenance)


def article_from_source(location: str, lang: str = "auto") -> Article:
    """Read any supported source with its provenance (title, author, date, final address)."""
    from desktop.engine.sources import read_source

    return article_from_extracted(read_source(location, lang), lang)


def article_from_extracted(extracted, lang: str = "auto") -> Article:
    """An Article from what a source reader or the clipboard extractor returned."""
    # Provenance's fields are a subset of Extracted's, by name.
    provenance = Provenance(**{f.name: getattr(extracted, f.name) for f in fields(Provenance)})
    return article_from_text(
        extracted.text,
        path=extracted.location,
        lang=lang,
        title=extracted.title,
        provenance=provenance,
    )


def article_from_text(
    text: str,
    path: str = "",
    lang: str = "auto",
    title: str = "",
    encoding: str = "utf-8",
    provenance: Provenance | None = None,
) -> Article:
    """Build an Article from text already in memory (pasted, extracted, tests).

    Line endings become \\n and a leading byte order mark goes; Article.text is that text and
    every Sentence's start/end index into it. Each non-blank line is a paragraph.
    """
    text = normalize_newlines(text).removeprefix("\ufeff")
    if not text.strip():
        raise InputError(path or "text", "is empty")
    if provenance is not None and not provenance.sha256:
        # The fingerprint is of the text compared (line endings normalised), as exports print it.
        provenance = replace(provenance, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest())
    language = detect_language(text) if lang == "auto" else lang
    starts = [start for start, _ in paragraph_spans(text)]
    sentences = tuple(
        Sentence(
            id=i,
            start=s,
            end=e,
            text=text[s:e],
            paragraph=bisect.bisect_right(starts, s) - 1,
        )
        for i, (s, e) in enumerate(split_spans(text, language))
    )
    return Article(
        text=text,
        sentences=sentences,
        language=language,
        path=path,
        title=title,
        encoding=encoding,
        boilerplate=boilerplate_ids([s.text for s in sentences], language),
        provenance=provenance,
    )
