"""A page's markup made fit for the article extractor: scripts out, size and nesting bounded.

Every step is one pass over the text (str.find and patterns that stop at the next "<"), so a
45 MB page or a hundred thousand nested <div>s cost a second, not minutes."""

from __future__ import annotations

import re

from desktop.engine import limits
from desktop.engine.errors import InputError
from desktop.engine.limits import amount
from desktop.wording import phrase

# Elements whose content is never article text; JSON-LD scripts stay (title, author, date).
_DROPPED = re.compile(r"<(script|style|svg|template|iframe|object)\b[^<>]*>?", re.IGNORECASE)
_JSON_LD = re.compile(r"""type\s*=\s*["']?application/ld\+json""", re.IGNORECASE)
_CLOSING = {
    name: re.compile(rf"</{name}\s*>", re.IGNORECASE)
    for name in ("script", "style", "svg", "template", "iframe", "object")
}
# A tag: [^<>]* stops at the next "<", so an unclosed "<a <a <a" is linear, not quadratic.
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]*)([^<>]*)>")
_VOID = {
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
    "source", "track", "wbr", "keygen", "basefont", "frame", "isindex",
}  # fmt: skip
# Closed implicitly by the parser (a new <p> ends the last): they do not nest in practice.
_IMPLICIT = {
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot",
    "colgroup", "caption", "rb", "rt", "rp", "html", "head", "body",
}  # fmt: skip


def prepare(html: str, source: str) -> str:
    """The markup to extract from: InputError when it is too large or has too many elements;
    tags nested deeper than the parser follows are dropped (their text stays)."""
    html = without_comments(_without_scripts(html))
    if len(html) > limits.MARKUP_BYTES:
        raise InputError(
            source,
            phrase(
                "is too large a page to find the article in ({size} of markup "
                "without scripts; the limit is {limit})",
                size=amount(len(html)),
                limit=amount(limits.MARKUP_BYTES),
            ),
        )
    if _depth(_TAG.findall(html)) > limits.MARKUP_DEPTH:
        html = _flattened(html)
    opened = sum(1 for match in _TAG.finditer(html) if not match.group(1))
    if opened > limits.MARKUP_TAGS:
        raise InputError(
            source,
            phrase(
                "has too many elements to find the article in ({count:,}; the limit is {limit:,})",
                count=opened,
                limit=limits.MARKUP_TAGS,
            ),
        )
    return html


def _without_scripts(html: str) -> str:
    parts, pos = [], 0
    while match := _DROPPED.search(html, pos):
        name = match.group(1).lower()
        if name == "script" and _JSON_LD.search(match.group()):
            end = _CLOSING[name].search(html, match.end())
            keep_to = end.end() if end else len(html)
            parts.append(html[pos:keep_to])
            pos = keep_to
            continue
        parts.append(html[pos : match.start()])
        end = _CLOSING[name].search(html, match.end())
        pos = end.end() if end else len(html)  # unclosed: a browser runs it to the end too
    parts.append(html[pos:])
    return "".join(parts)


def without_comments(text: str, unclosed: str = "drop") -> str:
    """`text` without <!-- ... --> comments, in one pass. An unclosed comment runs to the end
    (as a browser reads it) or, with unclosed="keep", stays as text (Markdown shows it)."""
    parts, pos = [], 0
    while (start := text.find("<!--", pos)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0 and unclosed == "keep":
            break
        parts.append(text[pos:start])
        pos = end + 3 if end >= 0 else len(text)
    parts.append(text[pos:])
    return "".join(parts)


def _nests(name: str, rest: str) -> bool:
    return name not in _VOID and name not in _IMPLICIT and not rest.rstrip().endswith("/")


def _depth(tags) -> int:
    deepest = 0
    open_count: dict[str, int] = {}
    stack: list[str] = []
    for closing, raw, rest in tags:
        name = raw.lower()
        if not closing:
            if _nests(name, rest):
                stack.append(name)
                open_count[name] = open_count.get(name, 0) + 1
                deepest = max(deepest, len(stack))
        elif open_count.get(name):
            while stack:  # closes the innermost open one and whatever was left open in it
                top = stack.pop()
                open_count[top] -= 1
                if top == name:
                    break
    return deepest


def _flattened(html: str) -> str:
    """The markup with the tags beyond MARKUP_DEPTH left out, and their closing tags."""
    parts, pos = [], 0
    stack: list[tuple[str, bool]] = []  # open element, whether its tag was kept
    open_count: dict[str, int] = {}
    for match in _TAG.finditer(html):
        closing, name, rest = match.group(1), match.group(2).lower(), match.group(3)
        keep = True
        if not closing:
            if _nests(name, rest):
                keep = len(stack) < limits.MARKUP_DEPTH
                stack.append((name, keep))
                open_count[name] = open_count.get(name, 0) + 1
        elif open_count.get(name):
            while stack:
                top, kept = stack.pop()
                open_count[top] -= 1
                if top == name:
                    keep = kept
                    break
        if not keep:
            parts.append(html[pos : match.start()])
            pos = match.end()
    parts.append(html[pos:])
    return "".join(parts)
