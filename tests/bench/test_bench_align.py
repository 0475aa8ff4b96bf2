"""Judgement quality on the human gold data, at the one default threshold: link P/R/F1 for
every dev file (ECB+ on its judged sentences, with its hard negatives), MSRP accuracy, German
STS Spearman, the calibration of the score, what the window shows as items, how often gold
pairs are flagged as disagreeing, and the sample pair's links and states."""

import json
from collections import Counter

import numpy as np
import pytest

from desktop import paths
from desktop.engine.agreement import discrepancies
from desktop.engine.align import DEFAULT_THRESHOLD
from desktop.engine.compare import compare
from desktop.engine.judge_train import held_out
from desktop.engine.load import load_article
from tests.bench import gold

SWEEP = (10, 20, 30, 40, 50, 60, 70)
FILES = ("deplain_web_dev.jsonl", "ecbplus_dev.jsonl", "msrp_train.jsonl")
BINS = (0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 101)


def _spearman(a, b) -> float:
    ra = np.argsort(np.argsort(a)).astype(float)
    rb = np.argsort(np.argsort(b)).astype(float)
    # average ranks for ties matter little at this size; Pearson of the ranks
    return float(np.corrcoef(ra, rb)[0, 1])


def _reliability(docs, aligners) -> list[tuple[int, int, float, float]]:
    """(bin low, pairs, mean score, share that are gold links) over the judged pairs."""
    scores, truth = [], []
    for doc, al in zip(docs, aligners, strict=True):
        gold_links = {tuple(x) for x in doc["gold"]}
        rows = doc.get("judged_a", range(len(doc["a"])))
        cols = doc.get("judged_b", range(len(doc["b"])))
        for i in rows:
            for j in cols:
                scores.append(float(al.scores[i, j]))
                truth.append((i, j) in gold_links)
    s, t = np.array(scores), np.array(truth)
    out = []
    for lo, hi in zip(BINS, BINS[1:], strict=False):
        inside = (s >= lo) & (s < hi)
        if inside.any():
            out.append((lo, int(inside.sum()), float(s[inside].mean()), float(t[inside].mean())))
    return out


@pytest.mark.bench
def test_bench_alignment_quality(bench_data):
    print(f"\nDefault threshold {DEFAULT_THRESHOLD:g} (one for German and English)")
    prepared = {}
    for name in FILES:
        docs = gold.load(bench_data / name)
        prepared[name] = (docs, gold.aligners(docs))
        s = gold.score(*prepared[name], DEFAULT_THRESHOLD)
        extra = f" accuracy={s.accuracy:.3f}" if name.startswith("msrp") else ""
        print(
            f"  {name} ({len(docs)} docs): P={s.precision:.3f} R={s.recall:.3f} F1={s.f1:.3f}{extra}"
        )
    # What the window and `compare` show: each sentence in one item (engine/items.py).
    for name in FILES[:2]:
        s = gold.score(*prepared[name], DEFAULT_THRESHOLD, items=True)
        hidden, named = gold.shown_unique(*prepared[name], DEFAULT_THRESHOLD)
        print(
            f"  {name} as items (every combination in an item): P={s.precision:.3f} "
            f"R={s.recall:.3f} F1={s.f1:.3f}; sentences with a gold link shown as unique: "
            f"{hidden}, of them {named} with a gold partner among their closest sentences"
        )
    # "Do they agree?" on pairs people linked: they report the same, so a flag there is mostly
    # a false alarm (DEplain rewrites agree by construction; ECB+ outlets add detail).
    for name in FILES[:2]:
        docs = prepared[name][0]
        kinds = Counter()
        flagged = total = 0
        for doc in docs:
            for i, j in doc["gold"]:
                found = discrepancies(doc["a"][i], doc["b"][j], doc["lang"])
                total += 1
                flagged += bool(found)
                kinds.update(d.kind for d in found)
        print(f"  {name} gold pairs flagged: {flagged} of {total} ({json.dumps(dict(kinds))})")
    # The shipped weights learnt from DEplain and ECB+: each fold of their documents scored by
    # weights learnt from the other folds is what unseen documents of the same kind would get.
    for name, (p, r, f1) in held_out(bench_data, DEFAULT_THRESHOLD).items():
        print(f"  {name} held out by document (5 folds): P={p:.3f} R={r:.3f} F1={f1:.3f}")
    sts = gold.load(bench_data / "stsb_de_dev.jsonl")
    sts_scores = [float(a.scores[0, 0]) for a in gold.aligners(sts)]
    rho = _spearman(sts_scores, [d["similarity"] for d in sts])
    print(f"  stsb_de_dev.jsonl ({len(sts)} pairs): Spearman with human similarity {rho:.3f}")

    print("  threshold | deplain P  R    F1   | ecb+ P  R    F1   | msrp acc  F1")
    for threshold in SWEEP:
        row = [gold.score(*prepared[name], threshold) for name in FILES]
        print(
            f"  {threshold:9g} | {row[0].precision:.3f} {row[0].recall:.3f} {row[0].f1:.3f} "
            f"| {row[1].precision:.3f} {row[1].recall:.3f} {row[1].f1:.3f} "
            f"| {row[2].accuracy:.3f} {row[2].f1:.3f}"
        )

    print("  Calibration: pairs scored in a bin, their mean score, the share people linked")
    for name in FILES:
        print(f"    {name}")
        for lo, count, mean, share in _reliability(*prepared[name]):
            print(f"      {lo:3d}-{lo + 9:<3d} n={count:7d} score {mean:5.1f}  gold {share:6.1%}")

    left = load_article(paths.SEED_LEFT, "de")
    right = load_article(paths.SEED_RIGHT, "de")
    seed = compare(left, right)
    print(f"  Sample pair: {len(seed.pairs)} pairs, {len(seed.disagreeing)} disagree")
    for p in seed.pairs:
        lt = " ".join(left.sentences[i].text for i in p.left)[:60]
        rt = " ".join(right.sentences[j].text for j in p.right)[:60]
        print(f"    {p.score:5.1f} L{p.left} {lt!r} <-> R{p.right} {rt!r}")
    for side, states in (("left", seed.states_left), ("right", seed.states_right)):
        counts = {s: states.count(s) for s in dict.fromkeys(states)}
        print(f"    states {side}: {json.dumps(counts)}")
    assert 0 <= rho <= 1
