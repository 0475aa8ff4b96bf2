"""A Markdown summary to paste into a CMS or chat, with article text made inert."""

from __future__ import annotations

import re

from desktop.engine.text import without_controls
from desktop.export.model import ExportModel, Row, coverage_text, scope_text, sections
from desktop.export.quotations import HEADING as QUOTATIONS
from desktop.export.quotations import QuoteRow, intro
from desktop.vocabulary import LABEL

# Characters that start emphasis, links, images, HTML, code, tables or entities anywhere
# in a line; escaping them keeps pasted article text from turning into markup.
_ALWAYS = set("\\`*_{}[]()<>#!|~&")
# Tokens a GitHub-flavoured renderer would turn into links on its own (bare URLs,
# www. addresses, e-mail addresses): every punctuation character in them is escaped.
# Found token by token: a pattern \S*(?:://|@)\S* retries from every character of a long
# token and takes seconds on 40 KB without a space.
_TOKEN = re.compile(r"\S+")
_LINK_MARKS = ("://", "www.", "@")
_LIST_START = re.compile(r"^(\d+)([.)])")


def escape_md(text: str) -> str:
    """`text` as literal Markdown on one line: no links, HTML, emphasis or list/heading starts."""
    text = " ".join(without_controls(text).split())

    def esc(chunk: str, punct_all: bool) -> str:
        return "".join(
            "\\" + ch
            if ch in _ALWAYS or (punct_all and ch.isascii() and not ch.isalnum() and ch != " ")
            else ch
            for ch in chunk
        )

    out, pos = [], 0
    for m in _TOKEN.finditer(text):
        if not any(mark in m.group().lower() for mark in _LINK_MARKS):
            continue
        out.append(esc(text[pos : m.start()], False))
        out.append(esc(m.group(), True))
        pos = m.end()
    out.append(esc(text[pos:], False))
    result = "".join(out)
    # At the start of a line these would begin a list, quote, heading or rule.
    if result[:1] in {"-", "+", "=", ":", "'", '"', "."}:
        result = "\\" + result
    return _LIST_START.sub(r"\1\\\2", result)


def _quote(row: Row, side: str) -> str:
    return escape_md(row.left_text if side == "left" else row.right_text)


def render(model: ExportModel) -> str:
    """The Markdown summary: coverage, one-sided content, contradictions, items to verify."""
    s = model.summary
    left, right = escape_md(model.left_name), escape_md(model.right_name)
    out = [
        f"## Twofold: {escape_md(model.heading)}",
        "",
        f"- **Coverage:** {coverage_text(s)}",
        f"- **Items:** {scope_text(s, model.include_unreviewed)}",
    ]
    labelled = [f"{LABEL[k].text}: {n}" for k, n in s.label_counts.items() if k in LABEL and n]
    if labelled:
        out.append(f"- **Labels:** {'; '.join(labelled)}.")
    for section in sections(s):
        source = {"left": f" ({left})", "right": f" ({right})"}.get(section.side, "")
        out += ["", f"### {section.heading}{source}", ""]
        if section.side == "both":
            out += _pairs(section.rows)
        else:
            out += _bullets(section.rows, section.side, section.hidden)
    out += ["", f"### {QUOTATIONS}", "", escape_md(intro(model.quotations))]
    out += _quotations(model.quotations)
    p = model.provenance
    sources = "; ".join(
        f"{side} {escape_md(src.path or src.name)}"
        for side, src in (("left", p.left), ("right", p.right))
    )
    out += [
        "",
        "---",
        f"*Twofold {p.version}, exported {p.exported}. Sources: {sources}. "
        f"SHA-256 left {p.left.sha256[:12]}…, right {p.right.sha256[:12]}….*",
        "",
    ]
    return "\n".join(out)


def _note(row: Row) -> list[str]:
    return [f"  - *Note:* {escape_md(row.note)}"] if row.note else []


def _label(row: Row) -> str:
    return f" *{escape_md(row.label_text)}*" if row.label else ""


def _bullets(rows: tuple[Row, ...], side: str, hidden: int) -> list[str]:
    out = []
    for r in rows:
        out.append(f"- {_quote(r, side)} (#{r.number}){_label(r)}")
        out += _note(r)
        out += [f"  - {escape_md(line)}" for line in r.closest_lines[:1]]
    if not rows:
        out.append("- (none)")
    if hidden:
        out.append(f"- ({hidden} more set aside as boilerplate or irrelevant)")
    return out


def _pairs(rows: tuple[Row, ...]) -> list[str]:
    out = []
    for r in rows:
        head = f"#{r.number}" + (f" [{r.marker}]" if r.marker else "")
        out.append(f"- **{head}**{_label(r)}")
        if r.left_texts:
            out.append(f"  - Left: {_quote(r, 'left')}")
        if r.right_texts:
            out.append(f"  - Right: {_quote(r, 'right')}")
        out += [f"  - Flag: {escape_md(f)}" for f in r.flags]
        out += _note(r)
    if not rows:
        out.append("- (none)")
    return out


def _quotations(rows: tuple[QuoteRow, ...]) -> list[str]:
    out = [""] if rows else []
    for q in rows:
        out.append(f"- **{escape_md(q.head)}** — {escape_md(q.verdict_text)}")
        out.append(f"  - Quotation: “{escape_md(q.text)}”")
        if q.other_text:
            out.append(f"  - Other article: {escape_md(q.other_text)}")
        if q.changes:
            out.append(f"  - Words that differ: {escape_md(' · '.join(q.changes))}")
    return out
