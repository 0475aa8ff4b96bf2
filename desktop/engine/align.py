"""Align sentences that report the same facts; scoring once, thresholding cheaply."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np
from rapidfuzz import fuzz, process, utils

from desktop.engine.models import Link

DEFAULT_THRESHOLD = 50.0
Progress = Callable[[int, int], None]


class Aligner:
    """Scores every left/right sentence pair once; `links(threshold)` is then cheap."""

    def __init__(
        self,
        left: Sequence[str],
        right: Sequence[str],
        lang: str = "de",
        progress: Progress | None = None,
    ):
        self.left = list(left)
        self.right = list(right)
        self.lang = lang
        if self.left and self.right:
            self.scores = process.cdist(
                self.left,
                self.right,
                scorer=fuzz.token_set_ratio,
                processor=utils.default_process,
                dtype=np.uint8,
                workers=-1,
            )
        else:
            self.scores = np.zeros((len(self.left), len(self.right)), dtype=np.uint8)
        if progress:
            progress(1, 1)

    def links(self, threshold: float = DEFAULT_THRESHOLD) -> tuple[Link, ...]:
        """One link per sentence pair whose score reaches the threshold, best match only."""
        found = []
        for i, row in enumerate(self.scores):
            if not len(row):
                break
            j = int(row.argmax())
            if row[j] >= threshold and self.scores[:, j].argmax() == i:
                found.append(Link((i,), (j,), float(row[j])))
        return tuple(found)


def align(
    left: Sequence[str],
    right: Sequence[str],
    lang: str = "de",
    threshold: float = DEFAULT_THRESHOLD,
) -> tuple[Link, ...]:
    """Align two lists of sentences in one call."""
    return Aligner(left, right, lang).links(threshold)
