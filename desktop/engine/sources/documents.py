"""Text of Markdown and plain-text files, in reading order."""

from __future__ import annotations

import re

from desktop.engine.clock import now_utc
from desktop.engine.errors import InputError
from desktop.engine.fingerprint import fingerprint
from desktop.engine.sources.decoding import decode
from desktop.engine.sources.extracted import Extracted, make
from desktop.engine.sources.markup import without_comments
from desktop.wording import phrase


def read_plain(source: str, data: bytes) -> Extracted:
    """A text file as it is, in whatever encoding it was saved: its text is not rearranged,
    so a file compared again is the same article (the store knows it by its fingerprint)."""
    text, encoding = decode(data, source)
    if not text.strip():
        raise InputError(source, phrase("is empty"))
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
        raise InputError(source, phrase("is empty"))
    meta.setdefault("content_type", "text/plain")
    return make(text, location=source, raw=text.encode("utf-8") if raw is None else raw, **meta)


# Each pattern stops at the next character that could start or end it (no .*? over the line),
# so a line of 20,000 "**a " or "[" costs one pass, not one pass per delimiter.
_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_QUOTE_OR_ITEM = re.compile(r"^\s{0,3}(?:>\s?)+|^\s*(?:[-*+]|\d{1,3}[.)])\s+")
_TARGET = r"\((?:[^()]|\([^()]*\))*\)"  # a link target, with one level of parentheses inside
_IMAGE = re.compile(r"!\[([^\[\]]*)\]" + _TARGET)
_LINK = re.compile(r"\[([^\[\]]+)\]" + _TARGET + r"|<(https?://[^<>\s]+)>")
# Strong before single emphasis; the content never holds its own delimiter character, so an
# inner *x* inside **...** goes in a second round.
_EMPHASIS = tuple(
    re.compile(rf"(?<![\w{c}]){d}(?![\s{c}])([^{c}]+?)(?<=\S){d}(?![\w{c}])")
    for d, c in ((r"\*\*", r"\*"), ("__", "_"), (r"\*", r"\*"), ("_", "_"))
)
_EMPHASIS_ROUNDS = 3  # nesting depth of emphasis taken off
_CODE = re.compile(r"`([^`]+)`")


def read_markdown(source: str, data: bytes) -> Extracted:
    """Markdown with its markup taken off: headings, emphasis, links, lists, quotes, code fences."""
    text, _ = decode(data, source)
    plain, title = strip_markdown(text)
    return extract_text(plain, location=source, raw=data, content_type="text/markdown", title=title)


def strip_markdown(text: str) -> tuple[str, str]:
    """(text without common Markdown syntax, first heading as title)."""
    text = without_comments(text.replace("\r\n", "\n"), unclosed="keep")
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
            line = _heading_text(line[heading.end() :])
            title = title or line
            out.extend(["", line, ""])  # a heading is a paragraph of its own
            continue
        line = _QUOTE_OR_ITEM.sub("", line)
        line = _IMAGE.sub("", line)
        line = _LINK.sub(lambda m: m.group(1) or m.group(2), line)
        line = _CODE.sub(lambda m: m.group(1), _without_emphasis(line))
        out.append(line.rstrip())
    return "\n".join(out), title.strip()


def _heading_text(rest: str) -> str:
    """An ATX heading's text: a closing run of # goes when a space precedes it ("# A #")."""
    rest = rest.strip()
    bare = rest.rstrip("#")
    if bare != rest and (not bare or bare[-1].isspace()):
        rest = bare.rstrip()
    return rest


def _without_emphasis(line: str) -> str:
    for _ in range(_EMPHASIS_ROUNDS):
        before = line
        for pattern in _EMPHASIS:
            line = pattern.sub(lambda m: m.group(1), line)
        if line == before:
            break
    return line
