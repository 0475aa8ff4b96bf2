"""Retrain judge_weights.json from the gold alignments: python -m desktop.engine.judge_train DIR.

DIR holds deplain_web_dev.jsonl and ecbplus_dev.jsonl (see the bench-data README): German
rewrites and two outlets on one event with hard negatives, whose licences allow shipping what
is learned from them. MSRP and the German STS file are for evaluation only and never read here.
Deterministic: Newton steps from zero weights, the same file gives the same weights.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

from desktop.engine.features import NAMES, pair_features
from desktop.engine.judge import WEIGHTS_FILE, probability
from desktop.engine.text import normalize_for_matching

SETS = {"deplain_web_dev.jsonl": 1.0, "ecbplus_dev.jsonl": 2.0}  # relative weight of each set
L2 = 3e-4
STEPS = 50


def examples(doc: dict) -> tuple[np.ndarray, np.ndarray]:
    """Features and labels of the pairs a gold document judges (all, or judged_a × judged_b)."""
    left = [normalize_for_matching(t) for t in doc["a"]]
    right = [normalize_for_matching(t) for t in doc["b"]]
    x = pair_features(left, right, doc["lang"]).stacked()
    n, m = len(left), len(right)
    y = np.zeros((n, m))
    for i, j in doc["gold"]:
        y[i, j] = 1
    mask = np.zeros((n, m), dtype=bool)
    if "judged_a" in doc:
        mask[np.ix_(doc["judged_a"], doc["judged_b"])] = True
    else:
        mask[:] = True
    return x[mask.ravel()], y.ravel()[mask.ravel()]


def fit(x: np.ndarray, y: np.ndarray, w: np.ndarray) -> tuple[np.ndarray, float]:
    """Weighted, L2-regularised logistic regression by Newton's method."""
    x1 = np.hstack([x, np.ones((len(x), 1))])
    beta = np.zeros(x1.shape[1])
    ridge = L2 * w.sum() * np.diag(np.r_[np.ones(x.shape[1]), 0])
    for _ in range(STEPS):
        p = probability(x1[:, :-1], beta[:-1], beta[-1])
        grad = x1.T @ (w * (p - y)) + ridge @ beta
        hess = (x1 * (w * p * (1 - p))[:, None]).T @ x1 + ridge
        beta -= np.linalg.solve(hess, grad)
    return beta[:-1], float(beta[-1])


def _examples_by_set(folder: Path) -> dict[str, list[tuple[np.ndarray, np.ndarray]]]:
    """The features and labels of every document of every training set."""
    out = {}
    for name in SETS:
        with (folder / name).open(encoding="utf-8") as handle:
            out[name] = [examples(json.loads(line)) for line in handle if line.strip()]
    return out


def _fit_sets(parts: dict[str, list[tuple[np.ndarray, np.ndarray]]]) -> tuple[np.ndarray, float]:
    xs, ys, ws = [], [], []
    for name, share in SETS.items():
        y = np.concatenate([p[1] for p in parts[name]])
        xs.append(np.vstack([p[0] for p in parts[name]]))
        ys.append(y)
        ws.append(np.full(len(y), share * 1000 / len(y)))  # each set weighs `share`, not its size
    return fit(np.vstack(xs), np.concatenate(ys), np.concatenate(ws))


def train(folder: Path) -> dict:
    w, bias = _fit_sets(_examples_by_set(folder))
    return {
        "features": list(NAMES),
        "weights": [round(float(v), 6) for v in w],
        "bias": round(bias, 6),
        "trained_on": {name: share for name, share in SETS.items()},
    }


def held_out(folder: Path, threshold: float, folds: int = 5) -> dict[str, tuple[float, ...]]:
    """Link P, R, F1 of each training set on documents the model was not trained on: each
    fold of documents is scored by weights learnt from the others (the dev figures of these
    sets are otherwise measured on the data the shipped weights learnt from)."""
    parts = _examples_by_set(folder)
    counts = {name: [0, 0, 0] for name in SETS}  # true, predicted, gold links
    for fold in range(folds):
        train_parts = {
            n: [p for k, p in enumerate(docs) if k % folds != fold] for n, docs in parts.items()
        }
        w, bias = _fit_sets(train_parts)
        for name, docs in parts.items():
            for x, y in docs[fold::folds]:
                linked = probability(x, w, bias) * 100 >= threshold
                gold = y > 0
                counts[name][0] += int((linked & gold).sum())
                counts[name][1] += int(linked.sum())
                counts[name][2] += int(gold.sum())
    out = {}
    for name, (true, predicted, gold) in counts.items():
        p, r = true / max(predicted, 1), true / max(gold, 1)
        out[name] = (p, r, 2 * p * r / (p + r) if p + r else 0.0)
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[0], file=sys.stderr)
        return 2
    data = train(Path(argv[0]))
    out = Path(__file__).with_name(WEIGHTS_FILE)
    out.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
    print(
        f"wrote {out.name}: "
        + ", ".join(f"{k} {v:+.2f}" for k, v in zip(NAMES, data["weights"], strict=True))
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
