"""Runs one slow call (an export, a download) off the GUI thread and reports back by signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object, int)  # result, generation
    failed = Signal(object, int)  # the exception, generation


class _Call(QRunnable):
    def __init__(self, func: Callable[[], Any], generation: int, signals: _Signals):
        super().__init__()
        self.func, self.generation, self.signals = func, generation, signals

    def run(self) -> None:
        try:
            result = self.func()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the user
            self.signals.failed.emit(exc, self.generation)
        else:
            self.signals.done.emit(result, self.generation)


class Background(QObject):
    """One job at a time: starting another or cancelling makes the older one's answer ignored.

    A running Python call cannot be interrupted, so cancelling means the window stops waiting
    for it; its result is dropped when it arrives.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.generation = 0
        self.busy = False
        self._signals = _Signals(self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    def start(self, func: Callable[[], Any]) -> None:
        self.generation += 1
        self.busy = True
        self.pool.start(_Call(func, self.generation, self._signals))

    def cancel(self) -> None:
        self.generation += 1
        self.busy = False

    def wait(self) -> None:
        self.pool.waitForDone()

    def _done(self, result: object, generation: int) -> None:
        if generation == self.generation:
            self.busy = False
            self.done.emit(result)

    def _failed(self, exc: object, generation: int) -> None:
        if generation == self.generation:
            self.busy = False
            self.failed.emit(exc)
