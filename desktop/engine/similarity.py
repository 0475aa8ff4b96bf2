"""Pairwise content overlap of two sentence lists: weighted lemma overlap, compounds, numbers.

The words are seen conflict-neutral: numbers, weekdays and negations are left out and
opposites share one key, so a pair that disagrees on them scores as if it agreed ("same
fact?" is one question, "do they agree?" another, answered in agreement.py).
"""

from __future__ import annotations

import math
import os
from collections import defaultdict
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from itertools import chain

import numpy as np
from rapidfuzz import fuzz, process

from desktop.engine import limits
from desktop.engine.lemmas import NUMBER, TOKEN, lemma_table, stop_words
from desktop.engine.lexicon import WEEKDAYS, negations, neutral_key
from desktop.engine.numbers import NUMBER_WORDS, number_values
from desktop.engine.separable import separated_verbs
from desktop.engine.word_parts import MIN_PART, PARTICLES, expand, relatives

STOP_WEIGHT = 0.2  # function words count a little: they separate near-copies from rewrites
MIN_IDF_SENTENCES = 8  # below this, word rarity over the two texts says nothing
PARALLEL_PAIRS = 100_000
BLOCK = 256  # rows per progress step
DENSE_PAIRS = 64  # a word shared by more sentence pairs than this goes into the dense product


class Overlap:
    """Dice and containment of IDF-weighted lemma sets for every left/right sentence pair.

    dice: shared weight over the average size (both sentences say the same).
    contained: shared weight over the smaller sentence (one says part of the other: n:m splits).
    shared_count: how many content words the pair shares (relatives included), unweighted:
        the amount of evidence, which dice and containment, being fractions, do not tell
        (2 of 3 words shared is weaker evidence than 8 of 12).
    exclusive: how many rare words the pair shares that no other sentence uses (names, terms).
    numbers: how many number values both sentences state; a differing number counts nothing.
    bags: each sentence's conflict-neutral words (the evidence of a pair is what two bags share).
    related: each word's relatives in the two texts (word_parts.relatives).
    """

    def __init__(
        self,
        left: Sequence[str],
        right: Sequence[str],
        lang: str,
        progress: Callable[[int, int], None] | None = None,
        fuzzy: bool = True,
        words: list[list[str]] | None = None,
        related: dict[str, set[str]] | None = None,
    ):
        # fuzzy=False (clause-level overlaps): dice and contained only, the costly rest skipped;
        # words: neutral_lemmas_of([*left, *right]) when the caller has them already; related:
        # word_parts.relatives of the same words (the clause overlap has the sentences' words)
        # Reported after the words, their weights, the rare words, the numbers and each block
        # of rows: a huge input takes seconds in each, and a cancelled job stops at a report.
        before = 4 if fuzzy else 3
        blocks = max(1, math.ceil(len(left) / BLOCK))
        steps = iter(range(1, before + 1))
        report = (lambda: progress(next(steps), before + blocks)) if progress else lambda: None
        both = neutral_lemmas_of([*left, *right], lang) if words is None else words
        report()
        left_lemmas, right_lemmas = both[: len(left)], both[len(left) :]
        left_bags = [set(words) for words in left_lemmas]
        right_bags = [set(words) for words in right_lemmas]
        self.left_bags, self.right_bags = left_bags, right_bags
        # Content words only: shorter strings to compare, and function words say little.
        stop = stop_words(lang)
        left_joined = [" ".join(w for w in words if w not in stop) for words in left_lemmas]
        right_joined = [" ".join(w for w in words if w not in stop) for words in right_lemmas]
        # Fuzzy scoring costs the product of the lengths: huge inputs are scored on prefixes.
        sizes = list(map(len, left_joined)), list(map(len, right_joined))
        cap = fuzzy and limits.cap_for(*sizes, limits.FUZZY_CHAR_PAIRS)
        if cap:
            left_joined = [t[:cap] for t in left_joined]
            right_joined = [t[:cap] for t in right_joined]
        left_vocab, right_vocab = set().union(*left_bags), set().union(*right_bags)
        # A word both texts use is matched whole; one that a text lacks through its relatives
        # (compound parts, word family: word_parts.py).
        if related is None:
            related = relatives(left_vocab | right_vocab, stop)
        self.related = related
        left_feat = [expand(bag, related, right_vocab) for bag in left_bags]
        right_feat = [expand(bag, related, left_vocab) for bag in right_bags]
        weight = _weights(left_feat + right_feat, stop)
        self.weight, self.stop = weight, stop
        report()

        # Only words found on both sides can overlap; the rest only count in sentence sizes.
        rows_l, rows_r = _postings(left_feat), _postings(right_feat)
        shared = sorted(rows_l.keys() & rows_r.keys())
        # Words that pair up many sentences (function and topic words) go through one dense
        # matrix product; the many rare ones are added pair by pair, which is far cheaper.
        dense = [t for t in shared if len(rows_l[t]) * len(rows_r[t]) > DENSE_PAIRS]
        rare = [t for t in shared if len(rows_l[t]) * len(rows_r[t]) <= DENSE_PAIRS]
        index = {word: k for k, word in enumerate(dense)}
        w = np.array([weight[word] for word in dense], dtype=np.float32)
        uses = _matrix(left_feat, index)
        a = uses * w
        b = _matrix(right_feat, index)
        n, m = len(left_bags), len(right_bags)
        rare_weights = [weight[t] for t in rare]
        if fuzzy:  # the shared content words are counted too, each 1: same pairs, same pass
            is_content = [float(t not in stop) for t in rare]
            rare_inter, rare_count = _pair_sums(
                rare, rows_l, rows_r, n, m, [rare_weights, is_content]
            )
            kept = [k for k, t in enumerate(dense) if t not in stop]
            content_l, content_r = uses[:, kept], b[:, kept]
        else:
            (rare_inter,) = _pair_sums(rare, rows_l, rows_r, n, m, [rare_weights])
        del uses
        size_l = np.array([sum(weight[t] for t in bag) for bag in left_bags], dtype=np.float32)
        size_r = np.array([sum(weight[t] for t in bag) for bag in right_bags], dtype=np.float32)
        report()

        if fuzzy:
            exclusive = _exclusive(left_bags, right_bags, stop)
            # Used once per side as whole words: the postings of the bags, not of the parts.
            self.exclusive = _pair_counts(
                sorted(exclusive), _postings(left_bags), _postings(right_bags), n, m
            )
            report()
            values_l = [{f"{v:g}" for v in number_values(t)} for t in left]
            values_r = [{f"{v:g}" for v in number_values(t)} for t in right]
            vl, vr = _postings(values_l), _postings(values_r)
            self.numbers = _pair_counts(sorted(vl.keys() & vr.keys()), vl, vr, n, m)

        self.dice = np.zeros((n, m), dtype=np.float32)
        self.contained = np.zeros((n, m), dtype=np.float32)
        self.similar = np.zeros((n, m) if fuzzy else (0, 0), dtype=np.float32)
        self.shared_count = rare_count if fuzzy else np.zeros((0, 0), dtype=np.float32)

        def block(start: int) -> None:
            rows = slice(start, min(n, start + BLOCK))
            # in place, block by block: a large comparison allocates no n*m temporaries here
            inter = a[rows] @ b.T
            inter += rare_inter[rows]
            sl = size_l[rows, None]
            size = np.add(sl, size_r[None, :])
            np.divide(inter, np.maximum(size, 1e-6, out=size), out=self.dice[rows])
            self.dice[rows] *= 2
            size = np.minimum(sl, size_r[None, :])
            np.divide(inter, np.maximum(size, 1e-6, out=size), out=self.contained[rows])
            if fuzzy:
                self.shared_count[rows] += content_l[rows] @ content_r.T
                ratio = process.cdist(
                    left_joined[rows], right_joined, scorer=fuzz.ratio, dtype=np.uint8
                )
                np.multiply(ratio, np.float32(0.01), out=self.similar[rows])

        blocks_done = (lambda k, _: progress(before + k, before + blocks)) if progress else None
        in_blocks(n, m, block, blocks_done)
        np.clip(self.dice, 0, 1, out=self.dice)
        np.clip(self.contained, 0, 1, out=self.contained)


def in_blocks(
    n: int, m: int, work: Callable[[int], None], progress: Callable[[int, int], None] | None
) -> None:
    """Runs work(start) for each BLOCK of rows; on as many threads as there are cores when the
    comparison is large (numpy and rapidfuzz release the GIL), in this thread when it is of
    normal size, where threads cost more than they save. Progress is reported here, in order."""
    starts = range(0, max(n, 1), BLOCK)
    if n * m <= PARALLEL_PAIRS:
        for k, start in enumerate(starts):
            work(start)
            if progress:
                progress(k + 1, len(starts))
        return
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        jobs = [pool.submit(work, start) for start in starts]
        try:
            for k, job in enumerate(jobs):
                job.result()
                if progress:
                    progress(k + 1, len(starts))
        except BaseException:  # a cancelled comparison stops here; the rest is not started
            for job in jobs:
                job.cancel()
            raise


def neutral_lemmas_of(texts: Sequence[str], lang: str) -> list[list[str]]:
    """Each text's lemmas as "same fact?" sees them: negations, weekdays and numbers (digits,
    number and scale words) out, opposites on one key, separated verbs joined; every distinct
    word worked out once. Shared number values count separately."""
    return [[k for k in keys if k is not None] for keys in neutral_keys_of(texts, lang)]


def neutral_keys_of(texts: Sequence[str], lang: str) -> list[list[str | None]]:
    """Each text's words (TOKEN order) as "same fact?" sees them: a word's neutral key, or None
    where it is left out (a negation, weekday or number; a separated verb's particle)."""
    tokens = [TOKEN.findall(text) for text in texts]
    drop = negations(lang)
    table = {w: _neutral(lem, lang, drop) for w, lem in lemma_table(tokens, lang).items()}
    out = [[table[w] for w in words] for words in tokens]
    if lang == "de":  # "stimmte … zu" is zustimmen, not stimmen and a preposition
        for row, text in enumerate(texts):
            # Half the sentences hold no particle at all: they are not searched (twice as fast).
            if not PARTICLES.isdisjoint(tokens[row]) and (found := separated_verbs(text)):
                keys = out[row]
                for verb in found:
                    keys[verb.verb], keys[verb.particle] = _neutral(verb.lemma, "de", drop), None
    return out


def clause_words(
    text: str, keys: list[str | None], spans: Sequence[tuple[int, int]]
) -> list[list[str]]:
    """The neutral words of each clause of `text` at `spans` (in order, covering its words),
    taken from the whole text's `keys`: a verb and its particle in two clauses stay one verb,
    as the sentence saw it."""
    out, start = [], 0
    for a, b in spans:
        end = start + len(TOKEN.findall(text, a, b))
        out.append([k for k in keys[start:end] if k is not None])
        start = end
    return out


def _neutral(word: str, lang: str, drop: frozenset[str]) -> str | None:
    if word in drop or word in WEEKDAYS or NUMBER.match(word) or word in NUMBER_WORDS:
        return None
    return neutral_key(word, lang)


def _postings(bags: list[set[str]]) -> dict[str, list[int]]:
    """For each word, the sentences that use it."""
    rows: defaultdict[str, list[int]] = defaultdict(list)
    for row, bag in enumerate(bags):
        for word in bag:
            rows[word].append(row)
    return dict(rows)


def _pair_counts(
    words: list[str], rows_l: dict[str, list[int]], rows_r: dict[str, list[int]], n: int, m: int
) -> np.ndarray:
    """How many of `words` every sentence pair shares."""
    return _pair_sums(words, rows_l, rows_r, n, m, [[1.0] * len(words)])[0]


def _pair_sums(
    words: list[str],
    rows_l: dict[str, list[int]],
    rows_r: dict[str, list[int]],
    n: int,
    m: int,
    per_word: list[list[float]],
) -> list[np.ndarray]:
    """For each list of per-word values, its sum over the words every sentence pair shares:
    finding which pairs share a word is the costly part, done once for all of them."""
    totals = [np.zeros(n * m, dtype=np.float32) for _ in per_word]
    if not words:
        return [total.reshape(n, m) for total in totals]
    # Every left sentence using a word meets every right one using it, built in numpy: a
    # huge text has tens of thousands of such words, one Python step each took seconds.
    left = [rows_l[word] for word in words]
    right = [rows_r[word] for word in words]
    count_l = np.fromiter(map(len, left), np.int64, len(words))
    count_r = np.fromiter(map(len, right), np.int64, len(words))
    rows = np.fromiter(chain.from_iterable(left), np.int64, int(count_l.sum()))
    cols = np.fromiter(chain.from_iterable(right), np.int64, int(count_r.sum()))
    word_of = np.repeat(np.arange(len(words)), count_l)  # the word of each left use
    meets = count_r[word_of]  # how many right uses each left use meets
    use = np.repeat(np.arange(rows.size), meets)  # the left use of each pair
    offset = np.arange(use.size) - np.repeat(np.cumsum(meets) - meets, meets)
    start_r = np.cumsum(count_r) - count_r
    cells = rows[use] * m + cols[start_r[word_of[use]] + offset]
    # Few cells in a large matrix: summing per distinct cell and writing only those is
    # many times faster than a bincount (or ufunc.at) over all n*m.
    where, slot = np.unique(cells, return_inverse=True)
    word_of_pair = word_of[use]
    for total, values in zip(totals, per_word, strict=True):
        total[where] = np.bincount(slot, np.asarray(values, dtype=np.float64)[word_of_pair])
    return [total.reshape(n, m) for total in totals]


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
