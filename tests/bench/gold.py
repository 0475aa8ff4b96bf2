"""Scoring the aligner against the human gold alignments in shared/bench-data (see its README)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from desktop.engine.align import Aligner
from desktop.engine.items import disjoint


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass(frozen=True)
class Scores:
    precision: float
    recall: float
    f1: float
    accuracy: float  # share of documents where "any link" matches "any gold link" (MSRP)


def aligners(docs: list[dict]) -> list[Aligner]:
    return [Aligner(doc["a"], doc["b"], doc["lang"]) for doc in docs]


def score(
    docs: list[dict], prepared: list[Aligner], threshold: float, items: bool = False
) -> Scores:
    """Micro-averaged link P/R/F1 over unique (doc, i, j) links, n:m links expanded; with
    `items`, of what the window and `compare` show: each sentence in one item, every left/right
    combination in an item counted as a link."""
    tp = predicted = gold = right = 0
    for doc, aligner in zip(docs, prepared, strict=True):
        groups = aligner.links(threshold)
        if items:
            groups = disjoint(groups, lambda i, j, s=aligner.scores: float(s[i, j]))
        links = {(i, j) for link in groups for i in link.left for j in link.right}
        truth = {(i, j) for i, j in doc["gold"]}
        if "judged_a" in doc:  # ECB+: only links between judged sentences count (score.py)
            judged_a, judged_b = set(doc["judged_a"]), set(doc["judged_b"])
            links = {(i, j) for i, j in links if i in judged_a and j in judged_b}
            truth = {(i, j) for i, j in truth if i in judged_a and j in judged_b}
        tp += len(links & truth)
        predicted += len(links)
        gold += len(truth)
        right += bool(links) == bool(truth)
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    return Scores(p, r, f1, right / len(docs) if docs else 0.0)


def shown_unique(docs: list[dict], prepared: list[Aligner], threshold: float) -> tuple[int, int]:
    """Sentences with a gold link that the window shows as only in one article, and how many
    of them have a gold partner among the closest sentences the window names (Aligner.nearest)."""
    count = named = 0
    for doc, aligner in zip(docs, prepared, strict=True):
        groups = disjoint(aligner.links(threshold), lambda i, j, s=aligner.scores: float(s[i, j]))
        placed = {
            "left": {i for link in groups for i in link.left},
            "right": {j for link in groups for j in link.right},
        }
        judged_a = set(doc.get("judged_a", range(len(doc["a"]))))
        judged_b = set(doc.get("judged_b", range(len(doc["b"]))))
        truth = [(i, j) for i, j in doc["gold"] if i in judged_a and j in judged_b]
        partners: dict[tuple[str, int], set[int]] = {}
        for i, j in truth:
            partners.setdefault(("left", i), set()).add(j)
            partners.setdefault(("right", j), set()).add(i)
        for (side, sid), others in partners.items():
            if sid in placed[side]:
                continue
            count += 1
            named += any(n.sid in others for n in aligner.nearest(side, [sid]))
    return count, named
