"""The one way slow work runs off the GUI thread: alignments, downloads, large files, exports."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object, int)  # result, generation
    failed = Signal(object, int)  # the exception, generation
    progress = Signal(int, int, int)  # done, total, generation
    stage = Signal(str, int)  # what the job does now, generation


class Report:
    """What a running job tells the window: `report(done, total)` and `report.stage(text)`
    (a step whose end is not known, such as writing a word list the first time)."""

    def __init__(self, signals: _Signals, generation: int):
        self.signals, self.generation = signals, generation

    def __call__(self, done: int, total: int) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile
            self.signals.progress.emit(done, total, self.generation)

    def stage(self, text: str) -> None:
        with contextlib.suppress(RuntimeError):
            self.signals.stage.emit(text, self.generation)


class _Call(QRunnable):
    def __init__(self, func: Callable[..., Any], reports: bool, generation: int, signals: _Signals):
        super().__init__()
        self.func, self.reports, self.generation, self.signals = func, reports, generation, signals

    def run(self) -> None:
        try:
            report = Report(self.signals, self.generation)
            result = self.func(report) if self.reports else self.func()
        except Exception as exc:  # noqa: BLE001 - every failure must reach the user
            signal, value = self.signals.failed, exc
        else:
            signal, value = self.signals.done, result
        # The window may have closed while this ran; then nobody is waiting for the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(value, self.generation)


class Background(QObject):
    """One job at a time: starting another or cancelling makes the older one's answers ignored
    (a generation counter), so only the newest result, failure or progress is reported.

    A running Python call cannot be interrupted, so cancelling means the window stops waiting
    for it; its result is dropped when it arrives."""

    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)
    stage = Signal(str)

    def __init__(self, parent: QObject | None = None, detached: bool = False, threads: int = 0):
        super().__init__(parent)
        # Detached jobs (downloads that may take 15 s) run on daemon threads nobody waits for
        # when the window closes; the others (aligning, writing a file) are waited for.
        self.detached = detached
        self.pool = None if detached else QThreadPool(self)
        if self.pool is not None and threads:
            self.pool.setMaxThreadCount(threads)
        self.generation = 0
        self.busy = False
        # Unparented when detached: the running thread keeps it alive after the window is gone.
        self.signals = _Signals(None if detached else self)
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        self.signals.progress.connect(self._progress)
        self.signals.stage.connect(self._stage)

    def start(self, func: Callable[[], Any]) -> None:
        """Run `func()` in the background."""
        self._start(func, reports=False)

    def start_reporting(self, func: Callable[[Report], Any]) -> None:
        """Run `func(report)`; `report(done, total)` arrives as `progress`, `report.stage(text)`
        as `stage`."""
        self._start(func, reports=True)

    def _start(self, func: Callable[..., Any], reports: bool) -> None:
        self.generation += 1
        self.busy = True
        call = _Call(func, reports, self.generation, self.signals)
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

    def _progress(self, done: int, total: int, generation: int) -> None:
        if generation == self.generation:
            self.progress.emit(done, total)

    def _stage(self, text: str, generation: int) -> None:
        if generation == self.generation:
            self.stage.emit(text)
