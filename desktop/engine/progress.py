"""Progress of one long computation as one count: each stage reports into its share."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
STEPS = 1000  # what a shared report counts to: fine enough for a progress bar


def share(progress: Progress | None, start: float, end: float) -> Progress | None:
    """A callback for a stage that covers `start`..`end` (0-1) of the whole job: its own
    (done, total) becomes the whole job's. A stage reports often, so a cancelled job (whose
    callback raises) stops within a second, whichever stage it is in."""
    if progress is None:
        return None

    def report(done: int, total: int) -> None:
        progress(round(STEPS * (start + (end - start) * done / max(total, 1))), STEPS)

    return report
