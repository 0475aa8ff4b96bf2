"""Document order as evidence: pairs against the order of confident matches, and the best
in-order chain. Rewrites and simplifications keep the order of facts; news reports often do
not, so these only apply when nearly all confident matches run in order."""

from __future__ import annotations

from bisect import bisect_left

import numpy as np

ANCHOR = 0.5  # a mutual best match this good is a confident one
MIN_ANCHORS = 3
ORDERED_SHARE = 0.8  # share of confident matches in order for a text pair to count as ordered


def against_order(base: np.ndarray) -> np.ndarray | None:
    """1 for pairs that cross the order of confident matches; None if the texts do not keep order.

    Rewrites and simplifications mostly keep the order of facts; news reports often do not, so
    the order priors only apply when nearly all confident matches (mutual best) run in order.
    """
    n, m = base.shape
    out = np.zeros((n, m), dtype=np.float32)
    rows = np.arange(n)
    best_col = base.argmax(axis=1)
    mutual = (base.argmax(axis=0)[best_col] == rows) & (base[rows, best_col] >= ANCHOR)
    anchors = [(int(i), int(best_col[i])) for i in rows[mutual]]
    chain = increasing(anchors)
    if len(anchors) < MIN_ANCHORS or len(chain) < ORDERED_SHARE * len(anchors):
        return None
    cols = np.arange(m)
    k = 0
    for i in range(n):
        while k < len(chain) and chain[k][0] < i:
            k += 1
        lo = chain[k - 1][1] if k > 0 else 0
        nxt = k + 1 if k < len(chain) and chain[k][0] == i else k
        hi = chain[nxt][1] if nxt < len(chain) else m - 1
        out[i] = (cols < lo) | (cols > hi)
    return out


def monotone_path(gain: np.ndarray) -> np.ndarray:
    """Pairs on the in-order chain of pairs with the largest total gain (1:n and n:1 runs kept).

    A dynamic programme row by row; within a row the sideways run is a running maximum.
    """
    n, m = gain.shape
    entry = np.zeros((n, m), dtype=np.int32)
    came = np.zeros((n, m), dtype=np.int8)  # 0 start, 1 from above, 2 jump from an earlier pair
    top = np.zeros(m, dtype=np.float64)  # best total in rows above, up to each column
    top_at = np.full(m, -1, dtype=np.int64)
    history = np.empty((n, m), dtype=np.int64 if n * m > 2**31 - 1 else np.int32)
    above = np.full(m, -np.inf)
    cols = np.arange(m)
    for i in range(n):
        jump = np.concatenate(([0.0], top[:-1]))
        x = np.maximum(np.maximum(above, jump), 0)
        came[i] = np.where(x <= 0, 0, np.where(above >= jump, 1, 2))
        s = gain[i]
        cum = np.cumsum(s)
        prev = cum - s
        vals = x - prev
        run = np.maximum.accumulate(vals)
        entry[i] = np.maximum.accumulate(np.where(vals == run, cols, 0))
        best = run + cum
        above = best
        # running best over rows so far, per column prefix, with where it was reached
        row_best = np.maximum.accumulate(best)
        row_at = np.maximum.accumulate(np.where(best == row_best, cols, 0))
        better = row_best > top
        top = np.where(better, row_best, top)
        top_at = np.where(better, i * m + row_at, top_at)
        history[i] = top_at
    on = np.zeros((n, m), dtype=np.float32)
    if top[-1] <= 0:
        return on
    i, j = divmod(int(top_at[-1]), m)
    while i >= 0:
        k = int(entry[i, j])
        on[i, k : j + 1] = 1
        how = came[i, k]
        if how == 0:
            break
        if how == 1:
            i, j = i - 1, k
        else:
            i, j = divmod(int(history[i - 1, k - 1]), m)
    return on


def increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest run of pairs whose right index increases with the left one."""
    if not pairs:
        return []
    tails: list[int] = []
    tail_at: list[int] = []
    before = [-1] * len(pairs)
    for k, (_, j) in enumerate(pairs):
        pos = bisect_left(tails, j)
        if pos == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[pos] = j
            tail_at[pos] = k
        before[k] = tail_at[pos - 1] if pos else -1
    chain = []
    k = tail_at[-1]
    while k >= 0:
        chain.append(pairs[k])
        k = before[k]
    return chain[::-1]
