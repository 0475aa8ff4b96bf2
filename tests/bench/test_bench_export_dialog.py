"""How long the window's event loop stalls while an export is written or a page downloads."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QSettings, QTimer

from desktop.engine.load import article_from_text
from desktop.paths import SEED_LEFT, SEED_RIGHT


class Stalls:
    """The longest gap between event-loop turns (a 1 ms timer) while something runs."""

    def __init__(self):
        self.last = time.perf_counter()
        self.longest = 0.0
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(1)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now


@pytest.fixture
def long_window(qtbot, tmp_path):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    from desktop.ui.window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    left = article_from_text("\n\n".join([SEED_LEFT.read_text("utf-8")] * 10), "long-left.txt")
    right = article_from_text("\n\n".join([SEED_RIGHT.read_text("utf-8")] * 10), "long-right.txt")
    window.set_articles(left, right)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=60000)
    return window


@pytest.mark.bench
# The offscreen platform says this about every top-level window; it is not Twofold's warning.
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
@pytest.mark.parametrize("fmt", ["pdf", "docx", "html"])
def test_bench_export_dialog_keeps_the_window_responsive(long_window, qtbot, tmp_path, fmt):
    from desktop.ui.export_dialog import open_export

    dialog = open_export(long_window)
    dialog.set_format(fmt)
    dialog.path.setText(str(tmp_path / f"long.{fmt}"))
    qtbot.wait(50)
    stalls = Stalls()
    started = time.perf_counter()
    with qtbot.waitSignal(dialog.exported, timeout=60000):
        dialog.start()
    wall = time.perf_counter() - started
    stalls.timer.stop()
    print(
        f"\nexport dialog {fmt} long ({len(long_window.items)} items): {wall * 1000:.0f} ms, "
        f"longest event-loop stall {stalls.longest * 1000:.0f} ms"
    )
