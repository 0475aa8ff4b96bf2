"""Text of Word, Markdown and plain-text files, in reading order."""

from __future__ import annotations

import io
import re
import zipfile

from desktop.engine.clock import now_utc
from desktop.engine.errors import InputError
from desktop.engine.fingerprint import fingerprint
from desktop.engine.sources.decoding import decode
from desktop.engine.sources.extracted import Extracted, join_paragraphs, make

DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def read_docx(source: str, data: bytes) -> Extracted:
    """Body paragraphs in order (tables, headers and footnotes are not article text)."""
    import docx  # imported here: python-docx is slow to import and only needed for Word files
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(source, "is not a readable Word (.docx) file") from exc
    paragraphs = [p.text for p in document.paragraphs]
    properties = document.core_properties
    title = (properties.title or "").strip()
    if not title:
        title = next(
            (
                p.text.strip()
                for p in document.paragraphs
                if p.style is not None and p.style.name == "Title"
            ),
            "",
        )
    text = join_paragraphs(paragraphs)
    if not text:
        raise InputError(source, "has no text")
    # core_properties.created is when the file was made (often the template's date), not publication
    return make(
        text,
        location=source,
        title=title,
        author=(properties.author or "").strip(),
        content_type=DOCX_TYPE,
        raw=data,
    )


def read_plain(source: str, data: bytes) -> Extracted:
    """A text file as it is, in whatever encoding it was saved: its text is not rearranged,
    so a file compared again is the same article (the store knows it by its fingerprint)."""
    text, encoding = decode(data, source)
    if not text.strip():
        raise InputError(source, "is empty")
    return Extracted(
        text=text,
        location=source,
        fetched=now_utc(),
        content_type="text/plain",
        raw=data,
        sha256=fingerprint(text),
        encoding=encoding,
    )


def extract_text(text: str, location: str = "", raw: bytes | None = None, **meta: str) -> Extracted:
    """Plain text (pasted or read): kept as is apart from line endings and blank-line runs."""
    source = location or "pasted text"
    if not text.strip():
        raise InputError(source, "is empty")
    meta.setdefault("content_type", "text/plain")
    return make(text, location=source, raw=text.encode("utf-8") if raw is None else raw, **meta)


_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTE_OR_ITEM = re.compile(r"^\s{0,3}(?:>\s?)+|^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)|<(https?://[^>]+)>")
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_CODE = re.compile(r"`([^`]+)`")
_HTML_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)


def read_markdown(source: str, data: bytes) -> Extracted:
    """Markdown with its markup taken off: headings, emphasis, links, lists, quotes, code fences."""
    text, _ = decode(data, source)
    plain, title = strip_markdown(text)
    return extract_text(plain, location=source, raw=data, content_type="text/markdown", title=title)


def strip_markdown(text: str) -> tuple[str, str]:
    """(text without common Markdown syntax, first heading as title)."""
    text = _HTML_COMMENT.sub("", text.replace("\r\n", "\n"))
    out: list[str] = []
    title = ""
    for line in text.split("\n"):
        if _FENCE.match(line) or _RULE.match(line):
            out.append("")
            continue
        if _SETEXT.match(line) and out and out[-1].strip():
            title = title or out[-1].strip()
            out.append("")
            continue
        heading = _HEADING.match(line)
        if heading:
            line = heading.group(1)
            title = title or line
            out.extend(["", line, ""])  # a heading is a paragraph of its own
            continue
        line = _QUOTE_OR_ITEM.sub("", line)
        line = _IMAGE.sub("", line)
        line = _LINK.sub(lambda m: m.group(1) or m.group(2), line)
        line = _CODE.sub(lambda m: m.group(1), _EMPHASIS.sub(lambda m: m.group(2), line))
        out.append(line.rstrip())
    return "\n".join(out), title.strip()
