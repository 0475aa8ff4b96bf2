"""A large article is read, split and aligned off the GUI thread: the window keeps responding."""

from PySide6.QtCore import QTimer

from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.ui.opening import BACKGROUND_BYTES


def test_a_megabyte_article_loads_while_the_event_loop_runs(make_window, qtbot, tmp_path):
    text = SEED_LEFT.read_text(encoding="utf-8") + "\n"
    big = tmp_path / "dossier.txt"
    big.write_text(text * (1_000_000 // len(text.encode()) + 1), encoding="utf-8")
    assert big.stat().st_size > BACKGROUND_BYTES
    window = make_window(left=None, right=None)
    ticks = []
    timer = QTimer(interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()

    assert window.open_paths(big, SEED_RIGHT)
    assert window.articles["left"] is None  # still being read, the call did not wait for it
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=60000)
    timer.stop()

    assert len(window.articles["left"].sentences) > 5000
    assert window.articles["left"].path == str(big)
    # The event loop kept running while the file was read, aligned and shown (the longest pause
    # is a benchmark figure: tests/bench/test_bench_ui.py).
    assert len(ticks) >= 3
