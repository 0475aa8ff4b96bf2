"""Huge one-sentence articles, as hostile tests and benchmarks use them: megabytes of words
without a full stop (optionally with commas, so that every piece has many clauses)."""

from __future__ import annotations

import random

WORDS = [
    "Regierung",
    "Minister",
    "Grenze",
    "Abkommen",
    "Polizei",
    "Hafen",
    "Bericht",
    "Gericht",
    "Wahl",
    "Partei",
]


def one_sentence(seed: int, size: int = 2 * 2**20, commas: bool = False) -> str:
    """About `size` characters of words without a full stop: one sentence as written. With
    `commas`, a comma after about every fourth word (a clause every few words)."""
    rng = random.Random(seed)
    words = [f"{rng.choice(WORDS)}{rng.randrange(5000)}" for _ in range(size // 12)]
    if commas:
        words = [w + "," if rng.random() < 0.25 else w for w in words]
    return " ".join(words)
