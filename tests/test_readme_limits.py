"""The README's "Bad input" section states the limits the code enforces (engine/limits.py)."""

from __future__ import annotations

import math

from desktop.engine import limits
from tests.conftest import ROOT


def test_the_readme_lists_the_limits_in_force():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Bad input") :]
    section = section[: section.index("\n## ", 1)]
    side = math.isqrt(limits.SCORED_PAIRS)
    for stated in (
        f"| {limits.amount(limits.FILE_BYTES)} |",
        f"| {limits.amount(limits.WEB_BYTES)}; {limits.seconds(limits.WEB_SECONDS)} for",
        f"{limits.WEB_REDIRECTS} redirects",
        f"{limits.amount(limits.DOCX_UNPACKED)} unpacked in at most {limits.DOCX_PARTS:,} parts",
        f"{limits.DOCX_PARAGRAPHS:,} paragraphs",
        f"| {limits.seconds(limits.EXTRACT_SECONDS)} to read its text |",
        f"{limits.amount(limits.MARKUP_BYTES)} of markup",
        f"{limits.MARKUP_TAGS:,} elements; {limits.seconds(limits.EXTRACT_SECONDS)} to find",
        f"deeper than {limits.MARKUP_DEPTH} levels",
        f"| {limits.SENTENCE_CHARS:,} characters |",
        f"first {limits.SENTENCE_CHARS:,} characters",
        f"| {limits.SCORED_PAIRS:,} sentence pairs ({side:,} × {side:,};",
        f"| {limits.FUZZY_CHAR_PAIRS:,} characters left × right",
        f"| {limits.CLAUSE_PAIRS:,} clause pairs",
        f"| {limits.LEMMA_WORDS:,} distinct words",
    ):
        assert stated in section, stated
    assert f"the {limits.SEEN_WORDS:,} most recent" in readme  # the memo of looked-up words
