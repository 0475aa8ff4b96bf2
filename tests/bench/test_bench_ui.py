"""Window benchmarks: cold start to the first painted seed comparison, and slider re-alignment."""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.engine import lemma_cache, lemma_memo
from desktop.paths import SEED_LEFT, SEED_RIGHT
from tests.bench.processes import user_env
from tests.bench.windows import StallClock, megabyte_window

ROOT = Path(__file__).resolve().parent.parent.parent


def _start_once(env: dict) -> tuple[float, float, float]:
    """(wall seconds, seconds after the window module loaded, seconds to text on screen)."""
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "desktop", "--first-paint"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    figures = dict(line.split() for line in proc.stdout.splitlines() if " " in line)
    wall = time.perf_counter() - started
    return wall, float(figures["first-paint"]), float(figures["text-paint"])


@pytest.mark.bench
def test_cold_start_to_first_paint(tmp_path):
    # A throw-away home and an empty cache, so the first start is a first start ever.
    env = user_env(QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path))
    cache = tmp_path / "cache"
    env["TWOFOLD_CACHE_DIR"] = str(cache)
    first = _start_once(env)
    assert sorted(p.name for p in cache.iterdir()) == [
        lemma_cache.cache_path("de").name,
        lemma_memo.path("de").name,
    ]
    runs = [_start_once(env) for _ in range(5)]
    walls, inner, text = zip(*runs, strict=True)
    print(
        f"\nfirst start ever (empty lemma cache, written during it): {first[0]:.3f} s wall to the "
        f"painted, aligned comparison (target ≤ 2.0 s)"
        f"\ncold start to first painted seed comparison: median {statistics.median(walls):.3f} s "
        f"wall (process start to paint), {statistics.median(inner):.3f} s after the window module "
        f"started loading; articles on screen (before alignment) after "
        f"{statistics.median(text):.3f} s [runs: {', '.join(f'{w:.2f}' for w in walls)}] "
        "(target ≤ 1.0 s)"
    )


@pytest.mark.bench
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_slider_realignment_on_the_seeds(qtbot, tmp_path):
    from desktop.ui.window import MainWindow

    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    window.open_paths(SEED_LEFT, SEED_RIGHT)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    window.select_item(3)
    times = []
    for value in [*range(20, 91, 5), *range(90, 19, -5)] * 3:
        started = time.perf_counter()
        window.slider.setValue(value)
        window.repaint()  # what the user sees: new tints, connectors and status painted
        QApplication.processEvents()
        times.append((time.perf_counter() - started) * 1000)
    print(
        f"\nslider re-alignment on the seeds (align + repaint): median {statistics.median(times):.1f} ms,"
        f" max {max(times):.1f} ms over {len(times)} moves (target ≤ 50 ms)"
    )
    window.close()


@pytest.mark.bench
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_longest_event_loop_stall_on_a_one_megabyte_article(qtbot, tmp_path):
    window, big = megabyte_window(qtbot, tmp_path)
    clock = StallClock()
    started = time.perf_counter()
    window.open_paths(big, SEED_RIGHT)
    qtbot.waitUntil(
        lambda: window.comparison is not None and not window.progress.isVisible(), timeout=120000
    )
    shown = time.perf_counter() - started
    # the quotation check too: the list filled and the marks painted
    qtbot.waitUntil(lambda: window.ws.quotes is not None, timeout=120000)
    qtbot.wait(300)  # what follows it on the next turns (overview marks, paints)
    gaps = clock.stop()
    print(
        f"\n1 MB article ({len(window.articles['left'].sentences)} sentences) read, aligned and "
        f"shown in {shown:.2f} s: {StallClock.described(gaps)} (target ≤ 100 ms)"
    )
    window.close()
