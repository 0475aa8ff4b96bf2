"""Aligns two articles off the GUI thread (a Background job) and reports progress."""

from __future__ import annotations

from PySide6.QtCore import QObject

from desktop.engine import lemma_cache
from desktop.engine.compare import PreparedComparison
from desktop.engine.language import NAMES
from desktop.engine.models import Article
from desktop.ui.jobs import Background, Report


class AlignRunner(Background):
    """Scores every sentence pair once; the window then thresholds cheaply on the GUI thread.
    Only the newest alignment's stage, progress and result are reported."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent, threads=2)

    def start(self, left: Article, right: Article) -> None:  # type: ignore[override]
        self.start_reporting(lambda report: align(left, right, report))


def align(left: Article, right: Article, report: Report) -> PreparedComparison:
    lang = left.language
    if not lemma_cache.ready(lang):  # the first comparison ever writes the word list
        report.stage(f"Preparing the {NAMES.get(lang, lang)} word list (first time only)…")
        lemma_cache.lemmatizer(lang)
    report(0, 1)
    return PreparedComparison(left, right, progress=report)
