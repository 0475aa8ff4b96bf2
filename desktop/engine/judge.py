"""Same fact? A calibrated 0–100 score from the pair features and learned weights.

The weights are a logistic regression (judge_weights.json, written by judge_train.py from
human gold alignments whose licence allows it); the score is its probability times 100, so
among pairs scored around s, about s % are the same fact by the people who made the gold.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

import numpy as np

from desktop.engine.features import NAMES, emit_features
from desktop.engine.similarity import Overlap

WEIGHTS_FILE = "judge_weights.json"


@lru_cache(maxsize=1)
def weights() -> tuple[np.ndarray, float]:
    """The shipped weights in NAMES order, and the bias."""
    data = json.loads(resources.files("desktop.engine").joinpath(WEIGHTS_FILE).read_text("utf-8"))
    if tuple(data["features"]) != NAMES:
        raise RuntimeError(f"{WEIGHTS_FILE} was trained on other features; retrain it")
    return np.asarray(data["weights"], dtype=np.float64), float(data["bias"])


def probability(x: np.ndarray, w: np.ndarray, bias: float) -> np.ndarray:
    """The logistic model on stacked features."""
    return 1 / (1 + np.exp(-(x @ w + bias)))


def same_fact(
    left: list[str], right: list[str], lang: str, progress=None
) -> tuple[np.ndarray, Overlap]:
    """The 0–100 score of every pair (float32, n×m), and the word overlap behind it.

    The logit is summed feature by feature as they are computed: memory stays a few n×m
    matrices, whatever the number of features."""
    w, bias = weights()
    coefficient = dict(zip(NAMES, w, strict=True))
    logit = np.full((len(left), len(right)), bias, dtype=np.float32)
    term = np.empty_like(logit)  # one buffer for every weighted feature, not one each

    def add(name: str, value) -> None:
        if np.ndim(value) == 0:
            logit[...] += np.float32(coefficient[name] * value)
            return
        np.multiply(value, np.float32(coefficient[name]), out=term)
        logit[...] += term

    overlap = emit_features(left, right, lang, add, progress)
    # 1 / (1 + e^-x) in place: no second n×m array of float64
    np.negative(logit, out=logit)
    np.exp(logit, out=logit)
    logit += 1
    np.reciprocal(logit, out=logit)
    logit *= 100
    return logit, overlap
