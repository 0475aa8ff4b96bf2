"""Starts the Qt application: `run(argv)` opens the comparison window."""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import NoReturn

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from desktop import window_args
from desktop.paths import RESOURCES
from desktop.ui import i18n
from desktop.ui.settings import default_settings

STARTED = time.perf_counter()


class FirstPaint(QObject):
    """Calls back once the right pane has painted with the comparison in it; with `report`,
    also prints when the articles themselves were first on screen."""

    def __init__(self, window, callback, report: bool):
        super().__init__(window)
        self.window, self.callback, self.report = window, callback, report
        self.text_shown = self.done = False

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.Paint or self.done:
            return False
        if not self.text_shown and self.window.articles["right"] is not None:
            self.text_shown = True
            if self.report:
                print(f"text-paint {time.perf_counter() - STARTED:.3f}", flush=True)
        waiting = self.window.runner.busy or self.window.fetcher.busy
        if self.window.comparison is not None or not waiting:
            # Painted with the comparison, or there is nothing to align (a file failed to open,
            # an address could not be fetched).
            self.done = True
            QTimer.singleShot(0, self.callback)
        return False


def showcase(items) -> int:
    """The item a screenshot shows: a pair with flagged differences, else the closest pair."""
    pairs = [
        (bool(it.pair.discrepancies), it.pair.score, n) for n, it in enumerate(items) if it.pair
    ]
    return max(pairs)[2] if pairs else 0


def icon() -> QIcon:
    """The app icon in every bundled size (resources/icons/twofold-N.png)."""
    result = QIcon()
    for path in sorted((RESOURCES / "icons").glob("twofold-*.png")):
        result.addFile(str(path))
    return result


def application() -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Twofold")
    app.setOrganizationName("Twofold")
    app.setApplicationDisplayName("Twofold")
    app.setDesktopFileName("io.github.twofold.Twofold")  # matches packaging/linux/*.desktop
    app.setWindowIcon(icon())
    return app


def run(args: argparse.Namespace) -> NoReturn:
    """Opens the window on the articles `args` (desktop/window_args.py) name."""
    left, right = window_args.articles(args)
    app = application()
    # Before any window part exists: each text is made in the language in use when it is built.
    i18n.install(args.language or i18n.language(default_settings()))
    from desktop.review.session import open_database
    from desktop.ui.window import MainWindow  # after QApplication: widgets need it

    window = MainWindow()
    # Screenshots and start-up timing leave the user's review database alone unless given one.
    if args.db or not (args.screenshot or args.first_paint):
        window.use_store(*open_database(args.db))
    hook = None
    if args.test_hook:
        from desktop.ui.stdin_hook import StdinHook

        hook = StdinHook(window)
        window.runner.done.connect(lambda _p: QTimer.singleShot(0, hook.aligned))
    window.open_paths(left, right)
    window.show()
    if args.screenshot or args.first_paint:

        def done() -> None:
            if args.first_paint:
                print(f"first-paint {time.perf_counter() - STARTED:.3f}", flush=True)
            if args.screenshot:
                if args.shortcuts:
                    window.toggle_overlay()
                else:
                    window.select_item(showcase(window.items))
                app.processEvents()
                window.grab().save(args.screenshot)
            window.close()

        watcher = FirstPaint(window, done, args.first_paint)
        window.panes["right"].viewport().installEventFilter(watcher)
    leave(app.exec())


def leave(code: int) -> NoReturn:
    """End the process once the window has closed. Quitting never waits for background work, so
    an alignment or a quote check may still run on its daemon thread; tearing Python and Qt down
    under it crashed now and then in their C++ code (after every action was saved: the store
    commits each one as it is made). So the process ends here, without that teardown."""
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
