"""Read an article file (any common encoding) into an Article with its sentences."""

from __future__ import annotations

from pathlib import Path

from desktop.engine.errors import InputError
from desktop.engine.language import detect_language
from desktop.engine.models import Article, Sentence
from desktop.engine.segment import split_spans

MAX_BYTES = 20 * 1024 * 1024


def decode(data: bytes, source: str) -> tuple[str, str]:
    """Decode bytes to text, returning (text, encoding name)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if b"\x00" in data[:4096]:
        raise InputError(source, "looks like binary data, not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def load_article(path: str | Path, lang: str = "auto") -> Article:
    """Load a text file as an Article; raises InputError with a user-facing message."""
    p = Path(path)
    source = str(path)
    if not p.exists():
        raise InputError(source, "no such file")
    if p.is_dir():
        raise InputError(source, "is a folder, not a file")
    if p.stat().st_size > MAX_BYTES:
        raise InputError(source, f"is larger than {MAX_BYTES // (1024 * 1024)} MB")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(source, f"cannot be read ({exc.strerror})") from exc
    text, encoding = decode(data, source)
    return article_from_text(text, path=source, lang=lang, encoding=encoding)


def article_from_text(
    text: str, path: str = "", lang: str = "auto", title: str = "", encoding: str = "utf-8"
) -> Article:
    """Build an Article from text already in memory (pasted, extracted, tests)."""
    if not text.strip():
        raise InputError(path or "text", "is empty")
    language = detect_language(text) if lang == "auto" else lang
    sentences = tuple(
        Sentence(id=i, start=s, end=e, text=text[s:e], paragraph=text.count("\n\n", 0, s))
        for i, (s, e) in enumerate(split_spans(text, language))
    )
    return Article(
        text=text, sentences=sentences, language=language, path=path, title=title, encoding=encoding
    )
