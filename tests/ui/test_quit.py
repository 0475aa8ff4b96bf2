"""Quitting never waits for background work: two 2 MB one-sentence articles are aligning, and
the window closes at once; the job stops on its own soon after."""

from __future__ import annotations

import threading
import time

from desktop.engine.load import article_from_text
from tests.bounded import run_python
from tests.long_text import one_sentence


def _aligning(window) -> threading.Event:
    started = threading.Event()
    window.runner.progress.connect(lambda done, total: started.set())
    return started


def test_closing_the_window_while_aligning_does_not_wait(make_window, qtbot):
    window = make_window(left=None, right=None)
    # half a megabyte a side: the same work per step, a shorter wait for the job to end
    left = article_from_text(one_sentence(1, 2**19), title="Links", lang="de")
    right = article_from_text(one_sentence(2, 2**19), title="Rechts", lang="de")
    started = _aligning(window)
    window.set_articles(left=left, right=right)
    qtbot.waitUntil(started.is_set, timeout=20000)
    assert window.runner.busy
    jobs = [t for t in threading.enumerate() if t.name == "twofold-job"]
    assert jobs and all(t.daemon for t in jobs)
    begin = time.monotonic()
    window.close()
    assert time.monotonic() - begin < 1.0
    for job in jobs:  # cancelled: it ends at its next step, not after the whole alignment
        job.join(timeout=60)
        assert not job.is_alive()


QUIT_WHILE_ALIGNING = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.engine.load import article_from_text
from tests.long_text import one_sentence

app = QApplication([])
from desktop.ui.window import MainWindow

window = MainWindow()
window.show()
left = article_from_text(one_sentence(1), title="Links", lang="de")
right = article_from_text(one_sentence(2), title="Rechts", lang="de")
quit_at = []

def aligning(done, total):
    if not quit_at:
        quit_at.append(time.monotonic())
        QTimer.singleShot(0, window.close)

window.runner.progress.connect(aligning)
window.set_articles(left=left, right=right)
app.exec()
print(f"{time.monotonic() - quit_at[0]:.3f} {time.time():.3f}", flush=True)
"""


def test_quitting_the_application_while_aligning_exits_at_once():
    outcome = run_python(QUIT_WHILE_ALIGNING, seconds=60)
    assert outcome.code == 0, outcome.stderr[-2000:]
    closing, left_loop = map(float, outcome.stdout.split())
    assert closing < 2.0  # from Quit to the end of the event loop
    assert outcome.ended - left_loop < 3.0  # and the process is gone: nothing joined at exit
    assert "Traceback" not in outcome.stderr
