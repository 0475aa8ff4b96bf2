"""Progress of one long computation as one count: each stage reports into its share."""

from __future__ import annotations

import threading
from collections.abc import Callable

Progress = Callable[[int, int], None]
STEPS = 1000  # what a shared report counts to: fine enough for a progress bar


def together(progress: Progress | None, weights: tuple[float, ...]) -> list[Progress | None]:
    """Callbacks for stages that may run at the same time (on threads), each covering its weight
    (summing to 1) of the whole job: the job reports the sum of what each has done, so the bar
    only moves forward however the stages interleave. A stage reports often, so a cancelled job
    (whose callback raises) stops within a second, whichever stage it is in."""
    if progress is None:
        return [None] * len(weights)
    done = [0.0] * len(weights)
    lock = threading.Lock()

    def part(k: int) -> Progress:
        def report(step: int, total: int) -> None:
            with lock:
                done[k] = weights[k] * step / max(total, 1)
                whole = round(STEPS * sum(done))
            progress(whole, STEPS)

        return report

    return [part(k) for k in range(len(weights))]
