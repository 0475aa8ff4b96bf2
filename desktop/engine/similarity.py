"""Pairwise content overlap of two sentence lists: weighted lemma overlap, compounds, numbers."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import numpy as np

from desktop.engine.lemmas import NUMBER, lemmas, stop_words

STOP_WEIGHT = 0.2  # function words count a little: they separate near-copies from rewrites
MIN_PART = 4  # shortest compound part looked up ("Waffenhandel" -> waffe, handel)
MIN_IDF_SENTENCES = 8  # below this, word rarity over the two texts says nothing
BLOCK = 256  # rows per progress step


class Overlap:
    """Dice and containment of IDF-weighted lemma sets for every left/right sentence pair.

    dice: shared weight over the average size (both sentences say the same).
    contained: shared weight over the smaller sentence (one says part of the other: n:m splits).
    exclusive: how many rare words the pair shares that no other sentence uses (names, terms).
    numbers: 1 where both sentences carry numbers and the one with fewer has a number the other lacks.
    """

    def __init__(
        self,
        left: Sequence[str],
        right: Sequence[str],
        lang: str,
        progress: Callable[[int, int], None] | None = None,
    ):
        left_bags = [set(lemmas(text, lang)) for text in left]
        right_bags = [set(lemmas(text, lang)) for text in right]
        left_vocab, right_vocab = set().union(*left_bags), set().union(*right_bags)
        parts = _compound_parts(left_vocab | right_vocab)
        # A compound both texts use is matched whole; only a compound one text lacks is split.
        left_feat = [_expand(bag, parts, right_vocab) for bag in left_bags]
        right_feat = [_expand(bag, parts, left_vocab) for bag in right_bags]
        weight = _weights(left_feat + right_feat, stop_words(lang))

        # Only words found on both sides can overlap; the rest only count in sentence sizes.
        shared = sorted(set().union(*left_feat) & set().union(*right_feat))
        index = {word: k for k, word in enumerate(shared)}
        w = np.array([weight[word] for word in shared], dtype=np.float32)
        a = _matrix(left_feat, index) * w
        b = _matrix(right_feat, index)
        size_l = np.array([sum(weight[t] for t in bag) for bag in left_bags], dtype=np.float32)
        size_r = np.array([sum(weight[t] for t in bag) for bag in right_bags], dtype=np.float32)
        exclusive = _exclusive(left_bags, right_bags, stop_words(lang))
        excl = [k for k, word in enumerate(shared) if word in exclusive]
        num = [k for k, word in enumerate(shared) if NUMBER.match(word)]
        count_l = np.array([_numbers(bag) for bag in left_bags], dtype=np.float32)
        count_r = np.array([_numbers(bag) for bag in right_bags], dtype=np.float32)

        n, m = len(left_bags), len(right_bags)
        self.dice = np.zeros((n, m), dtype=np.float32)
        self.contained = np.zeros((n, m), dtype=np.float32)
        self.numbers = np.zeros((n, m), dtype=bool)
        self.exclusive = np.zeros((n, m), dtype=np.float32)
        blocks = max(1, math.ceil(n / BLOCK))
        for k, start in enumerate(range(0, max(n, 1), BLOCK)):
            rows = slice(start, min(n, start + BLOCK))
            inter = a[rows] @ b.T
            sl = size_l[rows, None]
            self.dice[rows] = 2 * inter / np.maximum(sl + size_r[None, :], 1e-6)
            self.contained[rows] = inter / np.maximum(np.minimum(sl, size_r[None, :]), 1e-6)
            if excl:
                self.exclusive[rows] = (a[rows][:, excl] > 0).astype(np.float32) @ b[:, excl].T
            if num:
                same = (a[rows][:, num] > 0).astype(np.float32) @ (b[:, num] > 0).T
                cl = count_l[rows, None]
                fewest = np.minimum(cl, count_r[None, :])
                self.numbers[rows] = (fewest > 0) & (same < fewest)
            else:
                cl = count_l[rows, None]
                self.numbers[rows] = (cl > 0) & (count_r[None, :] > 0)
            if progress:
                progress(k + 1, blocks)
        np.clip(self.dice, 0, 1, out=self.dice)
        np.clip(self.contained, 0, 1, out=self.contained)


def _compound_parts(vocab: set[str]) -> dict[str, set[str]]:
    """Long words mapped to their leading/trailing parts that are words of the texts too."""
    parts: dict[str, set[str]] = {}
    for word in vocab:
        if len(word) < 2 * MIN_PART or not word.isalpha():
            continue
        found = set()
        for cut in range(MIN_PART, len(word) - MIN_PART + 1):
            if word[:cut] in vocab:
                found.add(word[:cut])
            if word[cut:] in vocab:
                found.add(word[cut:])
        if found:
            parts[word] = found
    return parts


def _expand(bag: set[str], parts: dict[str, set[str]], other: set[str]) -> set[str]:
    out = set(bag)
    for word in bag:
        if word not in other:
            out |= parts.get(word, set())
    return out


def _weights(bags: list[set[str]], stop: frozenset[str]) -> dict[str, float]:
    """Rare words (names, numbers) weigh more than the topic words every sentence repeats."""
    df: dict[str, int] = {}
    for bag in bags:
        for word in bag:
            df[word] = df.get(word, 0) + 1
    n = len(bags)
    use_idf = n >= MIN_IDF_SENTENCES
    weight = {}
    for word, count in df.items():
        w = STOP_WEIGHT if word in stop else 1.0
        if use_idf:
            w *= math.log((n + 1) / (count + 0.5)) / math.log(n + 1)
        weight[word] = w
    return weight


def _exclusive(left: list[set[str]], right: list[set[str]], stop: frozenset[str]) -> set[str]:
    """Content words used by exactly one sentence on each side: strong anchors between texts."""
    if len(left) + len(right) < MIN_IDF_SENTENCES:
        return set()
    once_l, once_r = _once(left), _once(right)
    return {w for w in once_l & once_r if w not in stop and len(w) >= MIN_PART}


def _once(bags: list[set[str]]) -> set[str]:
    count: dict[str, int] = {}
    for bag in bags:
        for word in bag:
            count[word] = count.get(word, 0) + 1
    return {word for word, c in count.items() if c == 1}


def _matrix(bags: list[set[str]], index: dict[str, int]) -> np.ndarray:
    out = np.zeros((len(bags), len(index)), dtype=np.float32)
    for row, bag in enumerate(bags):
        cols = [index[word] for word in bag if word in index]
        out[row, cols] = 1
    return out


def _numbers(bag: set[str]) -> int:
    return sum(1 for word in bag if NUMBER.match(word))
