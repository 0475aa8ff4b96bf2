"""Run by tests/ui/test_lifetimes.py in a process of its own: windows opened and closed.

`cycles`: after each window (with its dialogs and modes used) is closed, the cycle collector
finds nothing, so nothing of a window waits for it. `stress`: automatic collection on, low
thresholds, windows closed while their alignment runs, many rounds; prints how many
collections ran on a worker thread."""

from __future__ import annotations

import gc
import random
import sys
import tempfile
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from desktop.engine.load import article_from_text
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review.session import open_database
from desktop.ui.main import application, leave
from desktop.ui.window import MainWindow

COMMANDS = (
    ["next-item", "label-2", "mark-reviewed", "undo"],
    ["link-sentences", "link-next", "link-more", "link-confirm"],
    ["edit-note", "export", "library", "command-palette", "show-shortcuts", "open-address"],
)


def settle(app) -> None:
    for _ in range(3):
        app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def cycles(app, folder: Path) -> None:
    gc.collect()
    gc.disable()
    for n, names in enumerate(COMMANDS):
        window = MainWindow()
        window.use_store(*open_database(folder / f"r{n}.db"))
        window.open_paths(SEED_LEFT, SEED_RIGHT)
        window.show()
        while window.comparison is None:
            app.processEvents()
        for name in names:
            window.run_command(name)
            settle(app)
        window.close()
        window.deleteLater()
        del window
        settle(app)
        gc.unfreeze()  # the window moves what exists to the permanent generation: look there too
        gc.set_debug(gc.DEBUG_SAVEALL)
        found = gc.collect()
        kinds = sorted({type(o).__name__ for o in gc.garbage})
        gc.garbage.clear()
        gc.set_debug(0)
        print(f"round {n}: {found} objects in cycles {kinds[:12]}", flush=True)


def article(seed: int, sentences: int) -> str:
    rng = random.Random(seed)
    words = ["Regierung", "Grenze", "Abkommen", "Polizei", "Zoll", "Hafen", "Gericht", "Wahl"]
    return " ".join(
        f"Am Tag {i} sprach die {rng.choice(words)} über {rng.choice(words)} und "
        f"{rng.choice(words)}." + ("\n\n" if i % 6 == 5 else "")
        for i in range(sentences)
    )


def stress(app, folder: Path, rounds: int) -> None:
    gc.enable()
    gc.set_threshold(60, 5, 5)  # collect often, so collections happen inside the workers too
    main = threading.get_ident()
    threads: list[int] = []
    gc.callbacks.append(
        lambda phase, _info: phase == "start" and threads.append(threading.get_ident())
    )
    for n in range(rounds):
        window = MainWindow()
        window.use_store(*open_database(folder / "stress.db"))
        window.show()
        left = article_from_text(article(n, 150), title=f"L{n}", lang="de")
        right = article_from_text(article(n + 1000, 150), title=f"R{n}", lang="de")
        window.set_articles(left=left, right=right)
        for _ in range(n % 4):
            app.processEvents()
        # Closed while (or just after) the worker aligns: closeEvent waits for it.
        window.close()
        window.deleteLater()
        del window
        settle(app)
    workers = sum(1 for ident in threads if ident != main)
    print(f"stress: {rounds} windows, {len(threads)} collections, {workers} on worker threads")


if __name__ == "__main__":
    app = application()
    folder = Path(tempfile.mkdtemp(prefix="twofold-lifetimes-"))
    if sys.argv[1] == "cycles":
        cycles(app, folder)
    else:
        stress(app, folder, int(sys.argv[2]))
    print("ok", flush=True)
    leave(0)  # as the application ends: its daemon jobs may still run
