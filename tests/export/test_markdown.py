"""The Markdown summary: readable content, and article text that cannot become markup."""

import re

from desktop import export
from desktop.export import ExportRequest
from desktop.export.markdown import escape_md
from tests.export.fixtures import (
    IMG,
    NOTE_CONTRA,
    PILLS,
    PRESIDENT,
    SCRIPT,
    hostile_annotations,
    hostile_comparison,
    seed_annotations,
    seed_comparison,
)

ACTIVE = set("<>[]()*_`!#|~&\\")


def unescaped(md: str) -> list[str]:
    """Markdown-active characters in `md` that are not preceded by a backslash escape."""
    found, i = [], 0
    while i < len(md):
        if md[i] == "\\" and i + 1 < len(md):
            i += 2
            continue
        if md[i] in ACTIVE:
            found.append(md[i])
        i += 1
    return found


def unescape(md: str) -> str:
    return re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", md)


def test_summary_lists_one_sided_content_contradictions_and_verification_notes():
    c = seed_comparison()
    md = export.render(ExportRequest(c, seed_annotations(c)), "md")
    assert f"{c.coverage.left_in_right:.0%} of the left article" in md
    assert "### What only the left source says" in md
    assert "### What only the right source says" in md
    contradictions = md.split("### Contradictions")[1].split("###")[0]
    assert escape_md(NOTE_CONTRA) in contradictions and PILLS in contradictions
    verify = md.split("### Needs verification")[1].split("###")[0]
    assert PRESIDENT in verify
    assert "Präsidentin bestätigt? Beim Außenministerium nachfragen" in verify


def test_escaped_text_reads_back_unchanged_and_has_no_active_characters():
    for text in (SCRIPT, IMG, "[a](javascript:alert(1)) *fett* _k_ `c` # H | t ~~s~~ &amp; \\x"):
        md = escape_md(text)
        assert unescaped(md) == []
        assert unescape(md) == text


def test_line_starts_cannot_open_lists_quotes_or_headings():
    for text in ("- Punkt", "+ Punkt", "1. Punkt", "2) Punkt", "> Zitat", "# Titel", "=== x"):
        md = escape_md(text)
        assert md.startswith("\\") or re.match(r"\d+\\[.)]", md), md


def test_bare_links_and_addresses_are_defused():
    md = escape_md("Siehe https://evil.example/x, www.evil.example und a@evil.example.")
    assert "https://" not in md and "www." not in md and "a@evil" not in md
    assert unescape(md) == "Siehe https://evil.example/x, www.evil.example und a@evil.example."


def test_hostile_article_and_note_are_escaped_in_the_export():
    c = hostile_comparison()
    md = export.render(ExportRequest(c, hostile_annotations(c)), "md")
    assert re.search(r"(?<!\\)<", md) is None and "](" not in md
    assert escape_md(SCRIPT) in md and escape_md(IMG) in md
