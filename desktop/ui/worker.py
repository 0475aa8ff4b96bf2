"""The slow work on two articles, off the GUI thread (Background jobs): aligning them, with
progress, and checking their quotations."""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject

from desktop.engine import lemmas
from desktop.engine.align import DEFAULT_THRESHOLD
from desktop.engine.compare import PreparedComparison
from desktop.engine.items import items
from desktop.engine.models import Article
from desktop.engine.quotes import compare_quotes
from desktop.ui.i18n import tr
from desktop.ui.jobs import Background, Report


class AlignRunner(Background):
    """Scores every sentence pair once; the window then thresholds cheaply on the GUI thread.
    Only the newest alignment's stage, progress and result are reported."""

    def __init__(self, parent: QObject | None = None):
        # Detached: quitting never waits for an alignment (two 2 MB one-sentence articles
        # take minutes); a cancelled one stops at its next progress report.
        super().__init__(parent, detached=True)

    def start(  # type: ignore[override]
        self, left: Article, right: Article, threshold: float = DEFAULT_THRESHOLD
    ) -> None:
        self.start_reporting(lambda report: align(left, right, report, threshold))


def align(
    left: Article, right: Article, report: Report, threshold: float = DEFAULT_THRESHOLD
) -> PreparedComparison:
    lang = left.language
    # simplemma is not loaded when every word is in the memo (a tenth of a second of a start)
    if not lemmas.ready(lang):  # the first comparison ever writes the word list
        # Translated here: the stage crosses to the GUI thread as a plain string.
        if lang == "de":
            report.stage(tr("Preparing the German word list (first time only)…"))
        else:
            report.stage(tr("Preparing the English word list (first time only)…"))
        lemmas.prepare(lang)
    report(0, 1)

    def step(done: int, total: int) -> None:
        # What the alignment has built so far stays until it ends and holds no cycles: frozen,
        # the collector's full passes (which hold every thread, the window's too) skip it.
        gc.freeze()
        report(done, total)

    prepared = PreparedComparison(left, right, progress=step)
    # The comparison at the window's threshold (pairs, word differences, sentence states) and
    # its review items are made here: thousands of them took seconds on the GUI thread.
    items(prepared.at(threshold))
    return prepared


class QuoteRunner(Background):
    """Checks both articles' quotations against each other, beside the alignment; the answer
    is (left, right, checks), so the window can tell which articles it is of."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent, detached=True)  # like the alignment: quitting never waits

    def start(self, left: Article, right: Article) -> None:  # type: ignore[override]
        super().start(lambda: (left, right, compare_quotes(left, right)))
