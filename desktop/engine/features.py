"""The evidence for "same fact?" of every sentence pair, as named n×m feature matrices.

All features are conflict-neutral (see similarity.py): they count what two sentences share,
never what they state differently. judge.py combines them with learned weights.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

import numpy as np

from desktop.engine import limits
from desktop.engine.clauses import clause_spans
from desktop.engine.lemmas import stop_words
from desktop.engine.order import against_order, monotone_path
from desktop.engine.progress import STEPS, together
from desktop.engine.similarity import PARALLEL_PAIRS, Overlap, clause_words, neutral_keys_of
from desktop.engine.word_parts import relatives

# A large comparison matches clauses on a second thread beside the sentence overlap. The window
# turns this off (ui/window.py): there the quote check and the window itself want the other
# core, and a third busy thread made its pauses longer (1 MB article: 62-76 -> 89-95 ms).
CLAUSES_BESIDE = True
PATH_COST = 0.2  # pairs weaker than this cost the in-order chain more than they add
EXCLUSIVE_MAX = 1  # the words of one name ("Vereinigte Staaten") count once
NUMBERS_MAX = 2
NUMBER_EVIDENCE = 0.25
NAMES_MAX = 5
SHARED_WORDS_MAX = 2
# The order they are stacked in for the model: judge_weights.json names them.
NAMES = (
    "dice", "contained", "similar", "exclusive", "numbers", "behind_best", "behind_other",
    "document", "position", "against_order", "ordered", "in_order", "size", "length_ratio",
    "document_names", "document_names_count", "document_x_dice", "document_x_contained",
    "names_x_contained", "names_x_exclusive", "dice_root", "contained_root", "mutual", "clause_pair", "clause_pair_contained", "shared_words",
)  # fmt: skip


Sink = Callable[[str, "np.ndarray | float"], None]


@dataclass
class Features:
    """Feature matrices by name, and the word overlap behind them (for evidence, training)."""

    values: dict[str, np.ndarray]
    overlap: Overlap

    def stacked(self) -> np.ndarray:
        """(n*m, len(NAMES)) in NAMES order."""
        return np.stack([self.values[k].ravel() for k in NAMES], axis=1).astype(np.float64)


def pair_features(left: Sequence[str], right: Sequence[str], lang: str) -> Features:
    """Every feature for every pair, kept (training, inspection)."""
    n, m = len(left), len(right)
    values: dict[str, np.ndarray] = {}

    def keep(name: str, value) -> None:
        values[name] = np.broadcast_to(np.asarray(value, dtype=np.float32), (n, m))

    overlap = emit_features(left, right, lang, keep)
    return Features(values, overlap)


def emit_features(
    left: Sequence[str],
    right: Sequence[str],
    lang: str,
    emit: Sink,
    progress: Callable[[int, int], None] | None = None,
) -> Overlap:
    """Hands each feature to `emit` as soon as it is computed (a matrix, or one value for all
    pairs), so a large comparison never holds them all at once; returns the word overlap."""
    n, m = len(left), len(right)
    # The clause overlap needs only the texts: for a large comparison it runs on a second
    # thread beside the sentence overlap and features (numpy and rapidfuzz let go of the
    # interpreter lock, so both cores work), each reporting its share of the progress.
    sentence_progress, clause_progress = together(progress, (0.7, 0.3))
    beside = CLAUSES_BESIDE and n * m > PARALLEL_PAIRS
    pool = ThreadPoolExecutor(max_workers=1) if beside else None
    try:
        # Every word is looked up once, before the clause thread starts: the clauses take their
        # words from their sentence's (a verb and its particle in two clauses stay one verb).
        keys = neutral_keys_of([*left, *right], lang)
        words = [[k for k in row if k is not None] for row in keys]
        stop = stop_words(lang)  # looked up here too, not by the two threads at once
        # Clauses hold the sentences' words: their relatives are worked out once, for both.
        related = relatives(set().union(*map(set, words)), stop) if pool else None
        clauses = (
            pool.submit(_clause_match, left, right, keys, lang, clause_progress, related)
            if pool
            else None
        )
        o = Overlap(left, right, lang, sentence_progress, words=words, related=related)
        _sentence_features(left, right, o, emit)
        clause_pair = (
            clauses.result()
            if clauses
            else _clause_match(left, right, keys, lang, clause_progress, o.related)
        )
    finally:
        if pool:  # after an error here the clause thread ends on its own (or when cancelled)
            pool.shutdown(wait=False)
    if clause_pair is None:  # every clause is its sentence: the sentence overlap, as is
        clause_pair = o.dice, o.contained * np.minimum(1, 3 * o.dice)
    for name, value in zip(("clause_pair", "clause_pair_contained"), clause_pair, strict=True):
        emit(name, value)
    if progress:
        progress(STEPS, STEPS)
    return o


def _sentence_features(left: Sequence[str], right: Sequence[str], o: Overlap, emit: Sink) -> None:
    """The features of whole sentences and of the two articles, from the word overlap."""
    n, m = len(left), len(right)
    for name in ("dice", "contained", "similar"):
        emit(name, getattr(o, name))
    exclusive = np.minimum(o.exclusive, EXCLUSIVE_MAX)
    emit("exclusive", exclusive)
    numbers = np.minimum(o.numbers, NUMBERS_MAX) / NUMBERS_MAX
    emit("numbers", numbers)
    # Shared numbers tell sentences apart that differ only in them ("Region 3" / "Region 4"):
    # a pair is behind another that shares the numbers too; alone, a changed number costs none.
    base = 0.5 * o.dice + 0.5 * o.contained + NUMBER_EVIDENCE * numbers
    del numbers
    behind_row = base.max(axis=1, keepdims=True) - base
    behind_col = base.max(axis=0, keepdims=True) - base
    emit("behind_best", np.minimum(behind_row, behind_col))
    behind_other = np.maximum(behind_row, behind_col)
    del behind_row, behind_col
    emit("behind_other", behind_other)
    emit("mutual", behind_other == 0)
    del behind_other
    # How much the two articles share at their best: same event, or only the same kind of one.
    best = np.sort(np.concatenate([base.max(axis=1), base.max(axis=0)]))[::-1]
    document = float(np.mean(best[:3]))
    emit("document", document)
    pi = (np.arange(n, dtype=np.float32)[:, None] + 0.5) / n
    pj = (np.arange(m, dtype=np.float32)[None, :] + 0.5) / m
    emit("position", np.abs(pi - pj))
    against = against_order(base)
    ordered = against is not None
    emit("against_order", against if ordered else 0.0)
    emit("ordered", float(ordered))
    emit("in_order", monotone_path(base - PATH_COST) if ordered else 0.0)
    del base, against
    emit("size", math.log1p(min(n, m)))
    size_l = np.array([len(b) for b in o.left_bags], dtype=np.float32) + 1
    size_r = np.array([len(b) for b in o.right_bags], dtype=np.float32) + 1
    emit("length_ratio", np.abs(np.log(size_l[:, None] / size_r[None, :])))
    names_l, names_r = _capitalised(left), _capitalised(right)
    shared = len(names_l & names_r)
    names = shared / max(1, min(len(names_l), len(names_r)))
    emit("document_names", names)
    emit("document_names_count", min(shared, NAMES_MAX) / NAMES_MAX)
    emit("document_x_dice", document * o.dice)
    emit("document_x_contained", document * o.contained)
    emit("names_x_contained", names * o.contained)
    emit("names_x_exclusive", names * exclusive)
    emit("dice_root", np.sqrt(o.dice))
    emit("contained_root", np.sqrt(o.contained))
    # One shared word is weak evidence, two are more; past two the fractions above say the rest
    # (uncapped, the count outweighed them: identical three-word sentences fell to 94).
    emit("shared_words", np.log1p(np.minimum(o.shared_count, SHARED_WORDS_MAX)))


_WORD = re.compile(r"\w+")


def _capitalised(sentences: Sequence[str]) -> set[str]:
    """Capitalised words not opening a sentence: names, and in German nouns too."""
    out = set()
    for s in sentences:
        out.update(w.lower() for w in _WORD.findall(s)[1:] if len(w) > 2 and w[0].isupper())
    return out


def _clause_match(
    left: Sequence[str],
    right: Sequence[str],
    keys: list[list[str | None]],
    lang: str,
    progress,
    related: dict[str, set[str]],
):
    """The best pair of clauses (one fact each) of every sentence pair: its dice, and its
    containment damped by its dice (three times it, at most 1), since containment alone rewards
    a three-word clause found anywhere. None when every sentence is one clause. `keys`: the
    sentences' words as neutral_keys_of gives them, left then right."""
    spans_l = [clause_spans(t) for t in left]
    spans_r = [clause_spans(t) for t in right]
    # The clause pairs grow with the product: past the limit, long sentences keep fewer.
    cap = limits.cap_for(list(map(len, spans_l)), list(map(len, spans_r)), limits.CLAUSE_PAIRS)
    spans_l = [_capped(spans, cap) for spans in spans_l]
    spans_r = [_capped(spans, cap) for spans in spans_r]
    if all(len(p) == 1 for p in spans_l) and all(len(p) == 1 for p in spans_r):
        return None
    texts = [*left, *right]
    spans = [*spans_l, *spans_r]
    words = [w for t, k, s in zip(texts, keys, spans, strict=True) for w in clause_words(t, k, s)]
    parts = [t[a:b] for t, s in zip(texts, spans, strict=True) for a, b in s]
    counts_l = np.array([len(p) for p in spans_l], dtype=np.int64)
    counts_r = np.array([len(p) for p in spans_r], dtype=np.int64)
    split = int(counts_l.sum())
    both = Overlap(
        parts[:split], parts[split:], lang, progress, fuzzy=False, words=words, related=related
    )
    pair_dice = _sentence_max(both.dice, counts_l, counts_r)
    # contained * min(1, 3 * dice), in dice's own buffer: a large comparison has millions of
    # clause pairs, and two temporaries of that size were the peak of its memory
    damped = both.dice
    damped *= 3
    np.minimum(damped, 1, out=damped)
    damped *= both.contained
    del both
    pair_cont = _sentence_max(damped, counts_l, counts_r)
    return pair_dice, pair_cont


def _capped(spans: list[tuple[int, int]], cap: int | None) -> list[tuple[int, int]]:
    """The clause spans with the ones from the cap-th on taken as one."""
    if cap is not None and len(spans) > cap:
        return [*spans[: cap - 1], (spans[cap - 1][0], spans[-1][1])]
    return spans


def _sentence_max(clause: np.ndarray, counts_l: np.ndarray, counts_r: np.ndarray) -> np.ndarray:
    """Each sentence pair's best clause pair. Most sentences have one or two clauses, so a few
    row-wise maxima are several times faster than numpy's reduceat on a large matrix."""
    rows = _segment_max(clause, counts_l)
    return _segment_max(np.ascontiguousarray(rows.T), counts_r).T


def _segment_max(matrix: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Maximum over each run of `counts` consecutive rows."""
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    out = matrix[starts]
    for k in range(1, int(counts.max(initial=1))):
        longer = np.nonzero(counts > k)[0]
        out[longer] = np.maximum(out[longer], matrix[starts[longer] + k])
    return out
