"""Review benchmarks: one keyboard action in the window, committed to SQLite, start to finish."""

from __future__ import annotations

import statistics
import time

import pytest
from PySide6.QtCore import QSettings

from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review.session import open_database


def _timed(window, command: str, runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        window.run_command(command)
        times.append((time.perf_counter() - started) * 1000)
    return times


@pytest.mark.bench
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_review_action_times_on_the_seeds(qtbot, tmp_path):
    from desktop.ui.window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.use_store(*open_database(tmp_path / "reviews.db"))
    window.open_paths(SEED_LEFT, SEED_RIGHT)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    window.select_item(0)
    figures = {
        # The same label twice sets and clears it: every run writes.
        "label (1)": _timed(window, "label-1", 40),
        "mark reviewed + next (Space)": _timed(window, "mark-reviewed", len(window.items) - 1),
        "undo": _timed(window, "undo", 30),
        "redo": _timed(window, "redo", 30),
        "move + save position (J/K)": _timed(window, "previous-item", 20),
    }
    pairs = [n for n, item in enumerate(window.items) if item.pair is not None]
    window.select_item(pairs[0])
    figures["unlink + re-align + save alignment (X)"] = _timed(window, "unlink-pair", 1)
    figures["undo unlink + re-align"] = _timed(window, "undo", 1)
    window.close()
    print()
    for name, times in figures.items():
        print(
            f"{name}: median {statistics.median(times):.2f} ms, max {max(times):.2f} ms "
            f"({len(times)} runs, each committed to SQLite before returning)"
        )
