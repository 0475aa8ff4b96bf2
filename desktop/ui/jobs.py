"""Runs one slow call (an export, a download) off the GUI thread and reports back by signal."""

from __future__ import annotations

import contextlib
import threading
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
            signal, value = self.signals.failed, exc
        else:
            signal, value = self.signals.done, result
        # The window may have closed while this ran; then nobody is waiting for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(value, self.generation)


class Background(QObject):
    """One job at a time: starting another or cancelling makes the older one's answer ignored.

    A running Python call cannot be interrupted, so cancelling means the window stops waiting
    for it; its result is dropped when it arrives.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject | None = None, detached: bool = False):
        super().__init__(parent)
        # Detached jobs (downloads that may take 15 s) run on daemon threads nobody waits for
        # when the window closes; the others (writing a file) are waited for.
        self.detached = detached
        self.pool = None if detached else QThreadPool(self)
        self.generation = 0
        self.busy = False
        # Unparented when detached: the running thread keeps it alive after the window is gone.
        self._signals = _Signals(None if detached else self)
        self._signals.done.connect(self._done)
        self._signals.failed.connect(self._failed)

    def start(self, func: Callable[[], Any]) -> None:
        self.generation += 1
        self.busy = True
        call = _Call(func, self.generation, self._signals)
        if self.pool is None:
            threading.Thread(target=call.run, name="twofold-job", daemon=True).start()
        else:
            self.pool.start(call)

    def cancel(self) -> None:
        self.generation += 1
        self.busy = False

    def wait(self) -> None:
        if self.pool is not None:
            self.pool.waitForDone()

    def _done(self, result: object, generation: int) -> None:
        if generation == self.generation:
            self.busy = False
            self.done.emit(result)

    def _failed(self, exc: object, generation: int) -> None:
        if generation == self.generation:
            self.busy = False
            self.failed.emit(exc)
