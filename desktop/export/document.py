"""The one JSON document of a comparison and its review, for `compare`, `export` and the window.

Version 2 keeps every key `twofold compare --format json` had (left/right with their
sentences, pairs, unique_left, unique_right, coverage, ...) and adds the review: items (with
labels and notes), summary, provenance, and the checked quotations ("quotes"). Its JSON Schema
is desktop/export/twofold.schema.json.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from desktop.engine.compare import warnings
from desktop.engine.items import items
from desktop.engine.models import Comparison
from desktop.engine.quotes import quotes_json
from desktop.engine.text import json_for_terminal
from desktop.export.model import ExportModel
from desktop.export.provenance import Provenance
from desktop.export.tabular import record
from desktop.vocabulary import LABELS

FORMAT = "twofold"
FORMAT_VERSION = 2
SCHEMA = Path(__file__).with_name("twofold.schema.json")


def _side(c: Comparison, side: str, sha256: str) -> dict:
    article = c.left if side == "left" else c.right
    states = c.states_left if side == "left" else c.states_right
    spans = c.unique_spans_left if side == "left" else c.unique_spans_right
    return {
        "name": article.name,
        "path": article.path,
        "language": article.language,
        "sha256": sha256,
        # sentences cut from one longer than the scoring limit (limits.SENTENCE_CHARS)
        "cut": sorted(article.cut),
        "sentences": [
            {
                "id": s.id,
                "text": s.text,
                "start": s.start,
                "end": s.end,
                "state": states[s.id] if s.id < len(states) else "",
                "unique_spans": [list(span) for span in spans[s.id]] if s.id < len(spans) else [],
                # in no pair: the other article's closest sentences, too weak to be linked
                "closest": [
                    {"id": n.sid, "score": round(n.score, 1), "evidence": list(n.evidence)}
                    for n in c.closest(side, s.id)
                ],
            }
            for s in article.sentences
        ],
    }


def _coverage(c) -> dict:
    return {
        "left_in_right": round(c.left_in_right, 4),
        "right_in_left": round(c.right_in_left, 4),
        "left_chars_in_right": round(c.left_chars_in_right, 4),
        "right_chars_in_left": round(c.right_chars_in_left, 4),
    }


def _provenance(p: Provenance) -> dict:
    data = asdict(p)
    data["extra"] = dict(p.extra)
    return data


def document(model: ExportModel) -> dict:
    """The comparison and its review as one JSON-ready document."""
    c: Comparison = model.comparison
    p = model.provenance
    # Item numbers count every item in reading order, as in every other format.
    item_of_pair = {(i.left, i.right): n for n, i in enumerate(items(c), 1) if i.pair}
    s = model.summary
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "title": model.title,
        "left": _side(c, "left", p.left.sha256),
        "right": _side(c, "right", p.right.sha256),
        "threshold": c.threshold,
        "pairs": [
            {
                "item": item_of_pair.get((pair.left, pair.right)),
                "left": list(pair.left),
                "right": list(pair.right),
                "score": round(pair.score, 1),
                "manual": pair.manual,
                "differences": [
                    {"kind": d.kind, "left": list(d.left), "right": list(d.right)}
                    for d in pair.discrepancies
                ],
                "evidence": list(pair.evidence),
                "word_diff": [[op.tag, op.left, op.right] for op in pair.word_diff],
            }
            for pair in c.pairs
        ],
        "disagreeing_pairs": len(c.disagreeing),
        "unique_left": list(c.unique_left),
        "unique_right": list(c.unique_right),
        # Furniture (donation appeals, source lines): not counted as unique or in coverage.
        "boilerplate_left": sorted(c.left.boilerplate),
        "boilerplate_right": sorted(c.right.boilerplate),
        "coverage": _coverage(c.coverage),
        # what the terminal and the window say besides the figures (two languages, no pair)
        "warnings": warnings(c),
        "labels": {label.name: label.text for label in LABELS},
        "include_unreviewed": model.include_unreviewed,
        "items": [record(r) for r in model.rows],
        # Both articles' quotations, the shape `twofold quotes --format json` writes.
        **quotes_json(model.quotes),
        "summary": {
            "coverage": _coverage(c.coverage),
            "total_items": s.total_items,
            "exported_items": s.exported_items,
            "reviewed_items": s.reviewed_items,
            "pairs": s.pairs,
            "label_counts": s.label_counts,
            "only_left": [r.number for r in s.only_left],
            "only_right": [r.number for r in s.only_right],
            "contradictions": [r.number for r in s.contradictions],
            "to_verify": [r.number for r in s.to_verify],
            "flagged": [r.number for r in s.flagged],
        },
        "provenance": _provenance(p),
    }


def render_json(model: ExportModel) -> str:
    """The document as JSON text."""
    # Control characters escaped: the same data, nothing a terminal would run.
    return json_for_terminal(json.dumps(document(model), ensure_ascii=False, indent=2)) + "\n"
