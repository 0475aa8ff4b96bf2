"""The window the window benchmarks measure: shown, settled, with a 1 MB article to open."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer

from desktop.engine import lemma_cache
from desktop.paths import SEED_LEFT


def megabyte_window(qtbot, tmp_path: Path):
    """(window, path of a 1 MB article: the news report many times over); the settings go
    to `tmp_path` and the word list is there, as from the second start on."""
    from desktop.ui.window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    text = SEED_LEFT.read_text(encoding="utf-8") + "\n"
    big = tmp_path / "dossier.txt"
    big.write_text(text * (1_000_000 // len(text.encode()) + 1), encoding="utf-8")
    lemma_cache.lemmatizer("de")
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1280, 820)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(200)  # the window's own first paint is not part of the article
    return window, big


class StallClock:
    """A timer that fires on every turn of the event loop; the gaps between its ticks are how
    long the loop stood still."""

    def __init__(self):
        self.ticks = [time.perf_counter()]
        self.timer = QTimer(interval=0)
        self.timer.timeout.connect(lambda: self.ticks.append(time.perf_counter()))
        self.timer.start()

    def stop(self) -> list[float]:
        """The gaps in seconds, longest first."""
        self.timer.stop()
        ticks = self.ticks
        return sorted((b - a for a, b in zip(ticks, ticks[1:], strict=False)), reverse=True)

    @staticmethod
    def described(gaps: list[float]) -> str:
        return (
            f"longest event-loop stall {gaps[0] * 1000:.0f} ms "
            f"(next: {', '.join(f'{g * 1000:.0f}' for g in gaps[1:4])} ms)"
        )
