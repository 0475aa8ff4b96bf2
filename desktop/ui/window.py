"""The comparison window: two articles side by side, linked facts, unique content unmissable."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtWidgets import (
    QMainWindow,
    QMessageBox,
)

from desktop.engine import features
from desktop.engine.compare import PreparedComparison
from desktop.engine.items import Item
from desktop.engine.models import Article, Comparison
from desktop.review import links, quotes, reopen
from desktop.review.changes import Changes
from desktop.review.workspace import Workspace
from desktop.store.records import Annotation
from desktop.store.store import Store
from desktop.ui import bindings, version_offer, web_open, zoom
from desktop.ui.commands import LINK, NORMAL
from desktop.ui.i18n import tr, translated
from desktop.ui.keys import Keys
from desktop.ui.layout import Layout
from desktop.ui.opening import Opening
from desktop.ui.palette import CommandPalette
from desktop.ui.pending import PendingCommands
from desktop.ui.rescue import Rescue
from desktop.ui.settings import default_settings
from desktop.ui.title import window_title
from desktop.ui.unlock import Unlock
from desktop.ui.worker import AlignRunner, QuoteRunner
from desktop.wording import reason

# How long the status bar shows each kind of message (ms).
SHOWN_FOR = {"done": 3000, "notice": 6000, "refused": 8000, "problem": 15000}


GUI_SWITCH_INTERVAL = 0.0002  # seconds a thread holds the interpreter before it switches


class MainWindow(Layout, Keys, Opening, QMainWindow):
    """Widgets and wiring around one Workspace: intent goes to an operation, and the Changes
    it returns go through one list of views."""

    def __init__(self, settings: QSettings | None = None, tables: bindings.Tables | None = None):
        super().__init__()
        self.setObjectName("twofold-window")
        self.settings = settings or default_settings()
        # One key table per mode; a mode's commands are live only in it.
        self.tables = {mode: dict(t) for mode, t in (tables or bindings.DEFAULT).items()}
        self.mode = NORMAL
        self.ws = Workspace()
        self.active_side = "left"
        self.last_error = ""
        # Told after each action is committed (the crash-safety test hook listens here).
        self.on_done: Callable[[str], None] | None = None
        self.palette_dialog: CommandPalette | None = None
        self.runner = AlignRunner(self)
        self.runner.progress.connect(self._on_progress)
        self.pending = PendingCommands(self)
        self.runner.stage.connect(self._on_stage)
        self.runner.done.connect(self._on_aligned)
        self.runner.failed.connect(
            lambda exc: self._on_failed(tr("Alignment failed: {error}", error=reason(exc)))
        )
        self.quote_runner = QuoteRunner(self)
        self.quote_runner.done.connect(self._on_quotes)
        self.quote_runner.failed.connect(
            lambda exc: self.report_error(
                tr("The quotations could not be checked: {error}", error=reason(exc))
            )
        )
        self.fetcher = web_open.Fetcher(self)
        self.fetcher.loaded.connect(self._fetched)
        self.fetcher.failed.connect(lambda _side, message: self.report_error(message))
        self.fetcher.busyChanged.connect(lambda _busy: self.titles_view.refresh_pending(self.ws))
        self.fetcher.busyChanged.connect(lambda _busy: self._refresh_hint())
        self._build()
        self.statusBar().addPermanentWidget(web_open.FetchStatus(self.fetcher))
        self._build_actions()
        self.rescue = Rescue(self)
        self.unlock = Unlock(self)
        self.resize(1280, 820)
        self._restore_layout()
        zoom.apply(self, zoom.steps(self))
        self.apply(Changes(articles=True, alignment=True, selection=True, annotations=True))
        settle_memory()
        # The alignment and the quote check are Python threads: at the default 5 ms switch
        # interval each of the window's many small Python callbacks could wait that long for
        # the interpreter, and a repaint stood still 0.4-0.5 s on a 1 MB article. At 0.2 ms the
        # longest stall there is about 0.1 s, for ~15 % longer background work.
        sys.setswitchinterval(GUI_SWITCH_INTERVAL)
        features.CLAUSES_BESIDE = False  # the window's core is worth more than the alignment's

    # -- the state, read-only (every change goes through an operation) ------------------------
    @property
    def articles(self) -> dict[str, Article | None]:
        return self.ws.articles

    @property
    def comparison(self) -> Comparison | None:
        return self.ws.comparison

    @property
    def items(self) -> tuple[Item, ...]:
        return self.ws.items

    @property
    def current(self) -> int:
        return self.ws.current

    @property
    def current_item(self) -> Item | None:
        return self.ws.current_item

    @property
    def threshold(self) -> float:
        return self.ws.threshold

    @property
    def include_boilerplate(self) -> bool:
        return self.ws.include_boilerplate

    def current_annotations(self) -> dict[str, Annotation]:
        """Item key -> annotation of the comparison on screen ({} when nothing is saved)."""
        return dict(self.ws.annotations)

    def export_extra(self) -> dict[str, str]:
        """Lines an export adds to its provenance, e.g. {"Comparison": "7 (title)"}."""
        return self.ws.export_facts()

    # -- operations and their changes ------------------------------------------------------
    def perform(self, changes: Changes) -> Changes:
        """Show what an operation changed and tell the user what it did; new articles are
        aligned in the background."""
        self.apply(changes)
        if changes.articles:
            settle_memory()  # the articles stay while they are compared
        if changes.articles and self.ws.ready and self.ws.prepared is None:
            self._align()
        if changes.problem:
            if self.rescue.handles(changes.problem):  # the database went: offer a new file
                self.last_error = translated(changes.problem)
                self.statusBar().showMessage(self.last_error, SHOWN_FOR["problem"])
            else:
                self.report_error(changes.problem)
        elif changes.refused:
            self.last_error = translated(changes.refused)
            self.statusBar().showMessage(self.last_error, SHOWN_FOR["refused"])
        if changes.done:
            self.statusBar().showMessage(translated(changes.done), SHOWN_FOR["done"])
            if self.on_done is not None:
                self.on_done(changes.done)
        if changes.notice:
            self.statusBar().showMessage(translated(changes.notice), SHOWN_FOR["notice"])
        if changes.ask:  # the articles changed since their saved review: carry it over?
            version_offer.ask(self)
        return changes

    def apply(self, changes: Changes) -> None:
        """Every view redraws what the flags name."""
        for view in self.views:
            view.refresh(self.ws, changes)
        if changes.articles or changes.annotations:
            self.setWindowTitle(window_title(self.ws))
        if changes.alignment:
            self.actions_by_name["include-boilerplate"].setChecked(self.ws.include_boilerplate)
            self.actions_by_name["differences-only"].setChecked(self.ws.differences_only)
        if changes.link and self.mode != (LINK if self.ws.link else NORMAL):
            self.set_mode(LINK if self.ws.link else NORMAL)
            if self.ws.link is None:
                self.panes[self.active_side].setFocus()

    def report_error(self, message: str) -> None:
        message = translated(message)
        self.last_error = message
        self.statusBar().showMessage(message, SHOWN_FOR["problem"])
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Twofold", message, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names are data, never markup
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        raise_dialog(box)

    # -- the database ----------------------------------------------------------------------
    def use_store(self, store: Store | None, message: str = "") -> None:
        """The database this window saves to (None: none could be used; `message` says why)."""
        self.perform(self.ws.use_store(store, message))

    def open_saved(self, comparison_id: int) -> bool:
        return not self.perform(self.ws.open_saved(comparison_id)).problem

    def open_version(self, comparison_id: int, earlier: bool) -> bool:
        """A saved version; an `earlier` one read-only, so labelled in the title."""
        return not self.perform(reopen.open_version(self.ws, comparison_id, earlier)).problem

    # -- articles and alignment ------------------------------------------------------------
    def set_articles(self, left: Article | None = None, right: Article | None = None) -> None:
        # An article put there by hand wins over a download for that side still under way.
        self.fetcher.drop(*(s for s, a in (("left", left), ("right", right)) if a is not None))
        self.perform(self.ws.set_articles(left, right))

    def _align(self) -> None:
        if self.ws.ready:
            self.progress.setValue(0)
            self.progress.show()
            self.runner.start(self.articles["left"], self.articles["right"], self.threshold)
            self.quote_runner.start(self.articles["left"], self.articles["right"])

    def swap_sides(self) -> None:
        self.perform(self.ws.swap_sides())

    def _on_stage(self, text: str) -> None:
        self.coverage_view.stage = text
        self.apply(Changes(selection=True))
        self.progress.setMaximum(0)  # no end known: the bar shows it is busy

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress.maximum() == 0:  # the stage before is over: the status says aligning
            self.apply(Changes(selection=True))
        # Scoring is 90 %; the rest is showing the result, and 100 % is when it is on screen.
        self.progress.setMaximum(100)
        self.progress.setValue(90 * done // max(total, 1))

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self.report_error(message)
        self._refresh_hint()

    def _on_quotes(self, found: tuple) -> None:
        """The quotation check is done: (left, right, checks)."""
        self.perform(quotes.checked(self.ws, *found))
        settle_memory()  # the quotations stay while their articles are compared

    def _on_aligned(self, prepared: PreparedComparison) -> None:
        self.progress.setValue(95)
        self.perform(self.ws.aligned(prepared))
        self._when_shown()

    def _when_shown(self) -> None:
        """Once the comparison and both articles are on screen: 100 %, and the keys pressed
        while waiting are applied."""
        finishing = self.comparison is not None and self.progress.isVisible()
        if any(pane.is_loading() for pane in self.panes.values()):
            return
        if not finishing:  # text put in anew (folded or unfolded): the current item in view
            if self.comparison is not None:
                self.apply(Changes(reveal=True))
            return
        self.progress.setValue(100)
        self.progress.hide()
        self.apply(Changes(reveal=True))  # a long article has only now its final layout
        self.pending.replay()
        self._refresh_hint()
        settle_memory()

    def _refresh_hint(self) -> None:
        self.apply(Changes(selection=True))  # the detail panel says what the window waits for

    def set_threshold(self, threshold: float) -> None:
        self.perform(self.ws.set_threshold(threshold))

    def set_include_boilerplate(self, include: bool) -> None:
        """Count furniture sentences (donation appeals, credits) in coverage and as unique."""
        self.perform(self.ws.set_include_boilerplate(include))

    # -- selection and navigation -----------------------------------------------------------
    def select_item(self, index: int, anchor_side: str | None = None) -> None:
        self.perform(self.ws.select(index, anchor_side or ""))

    def select_sentence(self, side: str, sid: int) -> None:
        self._set_active(side)
        changes = self.ws.select_sentence(side, sid)
        if self.ws.link is not None:
            changes = changes | links.pick(self.ws, side, sid)
        self.perform(changes)

    def move(self, step: int) -> None:
        self.perform(self.ws.move(step))

    def select_quote(self, index: int) -> None:
        """The quotations list chose one: go to it."""
        self.perform(quotes.select_quote(self.ws, index))

    def move_unique(self, step: int) -> None:
        self.perform(self.ws.move_unique(step))

    def switch_pane(self) -> None:
        self._set_active("right" if self.active_side == "left" else "left")
        self.panes[self.active_side].setFocus(Qt.FocusReason.TabFocusReason)

    def _set_active(self, side: str) -> None:
        self.active_side = side
        for s, title in self.titles.items():
            font = title.font()
            font.setBold(s == side)
            title.setFont(font)

    def jump_to(self, side: str, fraction: float) -> None:
        """Overview click: select the unique sentence nearest that point of the article."""
        pane = self.panes[side]
        bar = pane.verticalScrollBar()
        pane.scroll_to_doc_y(
            fraction * (bar.maximum() + bar.pageStep()) - pane.viewport().height() / 2
        )
        if self.articles[side] is None or self.comparison is None:
            return
        unique = self.comparison.unique_left if side == "left" else self.comparison.unique_right
        if not unique:
            return
        total = max(bar.maximum() + bar.pageStep(), 1)
        nearest = min(unique, key=lambda sid: abs(pane.doc_top(sid) / total - fraction))
        self.select_sentence(side, nearest)

    # -- window events ---------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fold.resized(event.size().height())
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.centralWidget().rect())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # Light/dark switched while running: tints and markers are derived from the palette.
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "views"):
            self.apply(Changes(alignment=True))

    def closeEvent(self, event) -> None:
        if not self.rescue.before_close():
            event.ignore()
            return
        self.rescue.timer.stop()
        self.unlock.timer.stop()
        self._save_layout()
        self.fetcher.cancel()
        self.runner.cancel()  # quitting never waits for an alignment: it stops on its own
        self.quote_runner.cancel()
        self.ws.close()
        super().closeEvent(event)


def raise_dialog(dialog) -> None:
    """Show a dialog above its window, never behind it (without a window manager, or when the
    window is not active, a new one can otherwise open underneath)."""
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()


def settle_memory() -> None:
    """What exists now (the program, the articles, the comparison on screen) lives long: the cycle collector
    stops rescanning it. Its full passes over a large comparison held the window 50-150 ms
    each. A closed window's parts are freed by reference counting (they form no cycles,
    tests/ui/test_lifetimes.py), so nothing a collection would have found is kept."""
    gc.freeze()
