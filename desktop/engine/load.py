"""Articles from any source (desktop/engine/sources reads them) split into their sentences."""

from __future__ import annotations

import bisect
from dataclasses import fields, replace
from pathlib import Path

from desktop.engine.boilerplate import boilerplate_ids
from desktop.engine.errors import InputError
from desktop.engine.fingerprint import fingerprint
from desktop.engine.language import detect_language
from desktop.engine.models import Article, Provenance, Sentence
from desktop.engine.segment import paragraph_spans, sentence_spans
from desktop.engine.sources import read_source
from desktop.engine.text import normalize_newlines
from desktop.wording import phrase


def load_article(path: str | Path, lang: str = "auto") -> Article:
    """Load an article from a text file, a saved page, Word, PDF, Markdown or an http(s)
    address; raises InputError with a one-line, user-facing message."""
    return article_from_extracted(read_source(str(path), lang), lang)


def article_from_extracted(extracted, lang: str = "auto") -> Article:
    """An Article from what a source reader or the clipboard extractor returned."""
    # Provenance's fields are a subset of Extracted's, by name.
    provenance = Provenance(**{f.name: getattr(extracted, f.name) for f in fields(Provenance)})
    return article_from_text(
        extracted.text,
        path=extracted.location,
        lang=lang,
        title=extracted.title,
        encoding=extracted.encoding,
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
        raise InputError(path or "text", phrase("is empty"))
    if provenance is not None:
        # The fingerprint is of the text compared (line endings normalised), as exports print it.
        provenance = replace(provenance, sha256=fingerprint(text))
    language = detect_language(text) if lang == "auto" else lang
    starts = [start for start, _ in paragraph_spans(text)]
    spans, cut = sentence_spans(text, language)
    sentences = tuple(
        Sentence(
            id=i,
            start=s,
            end=e,
            text=text[s:e],
            paragraph=bisect.bisect_right(starts, s) - 1,
        )
        for i, (s, e) in enumerate(spans)
    )
    return Article(
        text=text,
        sentences=sentences,
        language=language,
        path=path,
        title=title,
        encoding=encoding,
        # Pieces of a cut sentence are never furniture; its patterns took seconds on megabytes.
        boilerplate=boilerplate_ids(["" if s.id in cut else s.text for s in sentences], language),
        provenance=provenance,
        cut=cut,
    )
