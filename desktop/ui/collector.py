"""Python's cycle collector runs only on the GUI thread, never inside an alignment worker."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

INTERVAL_MS = 500

_collector: GuiCollector | None = None


class GuiCollector(QObject):
    """Automatic collection would run in whichever thread allocates; a worker thread then frees
    Qt objects (text cursors of a closed window) while the GUI thread uses them, and Qt crashes.
    So automatic collection is off and this timer collects on the GUI thread instead."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self.thresholds[generation]:
                gc.collect(generation)
                return


_users = 0


def acquire() -> GuiCollector:
    """A window that may start workers takes the collector; the first one installs it."""
    global _collector, _users
    _users += 1
    if _collector is None:
        _collector = GuiCollector(QApplication.instance())
    return _collector


def release() -> None:
    """When the last such window has closed (and its workers are done), automatic collection returns."""
    global _collector, _users
    _users = max(0, _users - 1)
    if _users == 0 and _collector is not None:
        _collector.timer.stop()
        _collector.deleteLater()
        _collector = None
        gc.enable()
