"""Aligns two articles off the GUI thread (a Background job) and reports progress."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.engine.compare import PreparedComparison
from desktop.engine.models import Article
from desktop.ui.jobs import Background


class AlignRunner(Background):
    """Scores every sentence pair once; the window then thresholds cheaply on the GUI thread.
    Only the newest alignment's progress and result are reported."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent, threads=2)

    def start(self, left: Article, right: Article) -> None:  # type: ignore[override]
        self.start_reporting(lambda report: PreparedComparison(left, right, progress=report))
