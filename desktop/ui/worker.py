"""Aligns two articles off the GUI thread and reports progress through Qt signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop.engine import lemma_cache
from desktop.engine.align import DEFAULT_THRESHOLD
from desktop.engine.compare import PreparedComparison
from desktop.engine.language import NAMES
from desktop.engine.models import Article


class AlignSignals(QObject):
    progress = Signal(int, int, int)  # done, total, generation
    stage = Signal(str, int)  # what takes long before the progress starts, generation
    finished = Signal(object, int)  # PreparedComparison, generation
    failed = Signal(str, int)


class AlignJob(QRunnable):
    """Scores every sentence pair once; the window then thresholds cheaply on the GUI thread."""

    def __init__(
        self,
        left: Article,
        right: Article,
        threshold: float,
        generation: int,
        signals: AlignSignals,
    ):
        super().__init__()
        self.left, self.right, self.threshold = left, right, threshold
        self.generation, self.signals = generation, signals

    def run(self) -> None:
        gen = self.generation
        try:
            lang = self.left.language
            if not lemma_cache.ready(lang):  # the first comparison ever writes the word list
                name = NAMES.get(lang, lang)
                self.signals.stage.emit(f"Preparing the {name} word list (first time only)…", gen)
                lemma_cache.lemmatizer(lang)
            self.signals.progress.emit(0, 1, gen)
            prepared = PreparedComparison(
                self.left, self.right, progress=lambda d, t: self.signals.progress.emit(d, t, gen)
            )
            # The pairs at the window's threshold, word differences and all, are made here:
            # thousands of them took seconds on the GUI thread.
            prepared.at(self.threshold)
            self.signals.finished.emit(prepared, gen)
        except Exception as exc:  # noqa: BLE001 - any failure must reach the user, not kill the thread
            self.signals.failed.emit(f"Alignment failed: {exc}", gen)


class AlignRunner(QObject):
    """Starts jobs; only the newest job's results are reported (older ones are ignored)."""

    progress = Signal(int, int)
    stage = Signal(str)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self.generation = 0
        self.busy = False
        self.signals = AlignSignals(self)
        self.signals.progress.connect(self._progress)
        self.signals.stage.connect(self._stage)
        self.signals.finished.connect(self._finished)
        self.signals.failed.connect(self._failed)

    def start(self, left: Article, right: Article, threshold: float = DEFAULT_THRESHOLD) -> None:
        self.generation += 1
        self.busy = True
        self.pool.start(AlignJob(left, right, threshold, self.generation, self.signals))

    def wait(self) -> None:
        self.pool.waitForDone()

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
