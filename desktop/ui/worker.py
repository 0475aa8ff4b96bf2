"""Aligns two articles off the GUI thread and reports progress through Qt signals."""

from __future__ import annotations

import contextlib
import threading

from PySide6.QtCore import QObject, Signal

from desktop.engine import lemma_cache
from desktop.engine.compare import PreparedComparison
from desktop.engine.language import NAMES
from desktop.engine.models import Article


class AlignSignals(QObject):
    progress = Signal(int, int, int)  # done, total, generation
    stage = Signal(str, int)  # what takes long before the progress starts, generation
    finished = Signal(object, int)  # PreparedComparison, generation
    failed = Signal(str, int)


class Cancelled(Exception):
    """Raised inside a job's progress report once nobody waits for its result any more."""


class AlignJob:
    """Scores every sentence pair once; the window then thresholds cheaply on the GUI thread.

    It runs on a daemon thread: quitting never waits for it. A job that is cancelled (a newer
    one started, the window closed) stops at its next progress step."""

    def __init__(
        self,
        left: Article,
        right: Article,
        generation: int,
        signals: AlignSignals,
        cancelled: threading.Event | None = None,
    ):
        self.left, self.right, self.generation, self.signals = left, right, generation, signals
        self.cancelled = cancelled or threading.Event()

    def _emit(self, signal, *args) -> None:
        if self.cancelled.is_set():
            raise Cancelled
        with contextlib.suppress(RuntimeError):  # the window is gone: nobody to tell
            signal.emit(*args, self.generation)

    def run(self) -> None:
        try:
            self._run()
        except Cancelled:
            pass
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user, not kill the thread
            with contextlib.suppress(Cancelled):
                self._emit(self.signals.failed, f"Alignment failed: {exc}")

    def _run(self) -> None:
        lang = self.left.language
        if not lemma_cache.ready(lang):  # the first comparison ever writes the word list
            name = NAMES.get(lang, lang)
            self._emit(self.signals.stage, f"Preparing the {name} word list (first time only)…")
            lemma_cache.lemmatizer(lang)
        self._emit(self.signals.progress, 0, 1)
        prepared = PreparedComparison(
            self.left, self.right, progress=lambda d, t: self._emit(self.signals.progress, d, t)
        )
        self._emit(self.signals.finished, prepared)


class AlignRunner(QObject):
    """Starts jobs; only the newest job's results are reported (older ones are ignored)."""

    progress = Signal(int, int)
    stage = Signal(str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.generation = 0
        self.busy = False
        self._threads: list[threading.Thread] = []
        self._cancelled = threading.Event()
        # Unparented: a job still running when the window closes keeps it alive.
        self.signals = AlignSignals()
        self.signals.progress.connect(self._progress)
        self.signals.stage.connect(self._stage)
        self.signals.finished.connect(self._finished)
        self.signals.failed.connect(self._failed)

    def start(self, left: Article, right: Article) -> None:
        self.cancel()  # an older job stops at its next step; its results were ignored anyway
        self.generation += 1
        self.busy = True
        self._cancelled = threading.Event()
        job = AlignJob(left, right, self.generation, self.signals, self._cancelled)
        thread = threading.Thread(target=job.run, name="twofold-align", daemon=True)
        self._threads = [t for t in self._threads if t.is_alive()] + [thread]
        thread.start()

    def cancel(self) -> None:
        """Stop waiting for the running job (quitting, newer articles): it ends at its next step."""
        self._cancelled.set()

    def wait(self) -> None:
        """Until every job has ended (tests; quitting does not wait)."""
        for thread in self._threads:
            thread.join()

    def _progress(self, done: int, total: int, gen: int) -> None:
        if gen == self.generation:
            self.progress.emit(done, total)

    def _stage(self, text: str, gen: int) -> None:
        if gen == self.generation:
            self.stage.emit(text)

    def _finished(self, prepared: object, gen: int) -> None:
        if gen == self.generation:
            self.busy = False
            self.finished.emit(prepared)

    def _failed(self, message: str, gen: int) -> None:
        if gen == self.generation:
            self.busy = False
            self.failed.emit(message)
