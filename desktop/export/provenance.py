"""Where an export came from: each article's source and fingerprint, when, which Twofold."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime

from desktop import __version__
from desktop.engine.clock import now_utc, stamp
from desktop.engine.fingerprint import fingerprint
from desktop.engine.models import Article, Comparison


@dataclass(frozen=True, slots=True)
class Source:
    """Where one article came from, and a fingerprint of exactly the text compared."""

    name: str
    path: str
    sha256: str
    language: str
    sentences: int
    # Where the text was read from, as (fact, value): address, final address, when, author...
    origin: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class Provenance:
    """What an export was made from, when and by which Twofold; `extra` holds caller facts
    such as a comparison id, as (name, value) pairs shown after the standard ones."""

    left: Source
    right: Source
    exported: str
    version: str
    threshold: float
    extra: tuple[tuple[str, str], ...] = ()


ORIGIN_FACTS = (
    ("final_url", "final address"),
    ("fetched", "read"),
    ("title", "title"),
    ("author", "author"),
    ("date", "published"),
    ("site", "site"),
)


def _source(article: Article) -> Source:
    prov = article.provenance
    origin = tuple(
        (label, str(getattr(prov, name)))
        for name, label in ORIGIN_FACTS
        if prov is not None and getattr(prov, name) and getattr(prov, name) != article.path
    )
    return Source(
        name=article.name,
        path=article.path,
        sha256=fingerprint(article.text),
        language=article.language,
        sentences=len(article.sentences),
        origin=origin,
    )


def provenance_lines(p: Provenance) -> list[tuple[str, str]]:
    """Provenance as (name, value) lines, the same in every format that lists it."""
    lines = []
    for side, src in (("Left", p.left), ("Right", p.right)):
        lines.append((f"{side} file", src.name))
        if src.path:
            lines.append((f"{side} source", src.path))
        lines += [(f"{side} {fact}", value) for fact, value in src.origin]
        lines.append(
            (
                f"{side} SHA-256",
                f"{src.sha256} (of the text as UTF-8; {src.sentences} sentences, {src.language})",
            )
        )
    lines += [("Exported", p.exported), ("Twofold", p.version), ("Threshold", f"{p.threshold:g}")]
    return lines + list(p.extra)


def make_provenance(
    comparison: Comparison,
    exported: datetime | None = None,
    extra: Mapping[str, str] | None = None,
) -> Provenance:
    """Provenance for exporting `comparison` now (or at `exported`), with optional extra facts."""
    return Provenance(
        left=_source(comparison.left),
        right=_source(comparison.right),
        exported=stamp(exported) if exported is not None else now_utc(),
        version=__version__,
        threshold=comparison.threshold,
        extra=tuple((str(k), str(v)) for k, v in (extra or {}).items()),
    )
