"""The comparison window: two articles side by side, linked facts, unique content unmissable."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.compare import PreparedComparison
from desktop.engine.items import Item
from desktop.engine.models import Article, Comparison
from desktop.review import links
from desktop.review.changes import Changes
from desktop.review.workspace import SIDES, Workspace
from desktop.store.records import Annotation
from desktop.store.store import Store
from desktop.ui import bindings, collector, commands, views, web_open
from desktop.ui.commands import LINK, NORMAL, Context
from desktop.ui.commands.review import MENU as REVIEW_MENU
from desktop.ui.connector import ConnectorBand
from desktop.ui.detail import DetailPanel
from desktop.ui.dialogs import DIALOGS
from desktop.ui.legend import Legend
from desktop.ui.link_mode import LinkPrompt, hint
from desktop.ui.marks import ReviewStrip
from desktop.ui.opening import Opening
from desktop.ui.overlay import ShortcutOverlay
from desktop.ui.overview import OverviewStrip
from desktop.ui.palette import CommandPalette
from desktop.ui.pane import ArticlePane
from desktop.ui.rescue import Rescue
from desktop.ui.sync import ScrollSync
from desktop.ui.worker import AlignRunner

# How long the status bar shows each kind of message (ms).
SHOWN_FOR = {"done": 3000, "notice": 6000, "refused": 8000, "problem": 15000}


def default_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Twofold", "Twofold")


class MainWindow(Opening, QMainWindow):
    """Widgets and wiring around one Workspace: intent goes to an operation, and the Changes
    it returns go through one list of views."""

    def __init__(self, settings: QSettings | None = None, tables: bindings.Tables | None = None):
        super().__init__()
        collector.acquire()
        self._collecting = True
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
        self.runner.stage.connect(self._on_stage)
        self.runner.finished.connect(self._on_aligned)
        self.runner.failed.connect(self._on_failed)
        self.fetcher = web_open.Fetcher(self)
        self.fetcher.loaded.connect(self._fetched)
        self.fetcher.failed.connect(lambda _side, message: self.report_error(message))
        self.fetcher.busyChanged.connect(lambda _busy: self.titles_view.refresh_pending(self.ws))
        self._build()
        self.statusBar().addPermanentWidget(web_open.FetchStatus(self.fetcher))
        self._build_actions()
        self.rescue = Rescue(self)
        self.resize(1280, 820)
        self._restore_layout()
        self.apply(Changes(articles=True, alignment=True, selection=True, annotations=True))

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

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.panes = {side: ArticlePane(side) for side in SIDES}
        self.overviews = {side: OverviewStrip(self.panes[side]) for side in SIDES}
        self.strips = {side: ReviewStrip(self.panes[side]) for side in SIDES}
        self.titles = {side: QLabel() for side in SIDES}
        self.band = ConnectorBand(self.panes["left"], self.panes["right"])
        self.sync = ScrollSync(self.panes["left"], self.panes["right"])
        self.detail = DetailPanel()
        self.legend = Legend()

        def column(side: str) -> QWidget:
            box = QWidget()
            outer = QVBoxLayout(box)
            outer.setContentsMargins(0, 0, 0, 0)
            outer.setSpacing(2)
            title = self.titles[side]
            title.setTextFormat(Qt.TextFormat.PlainText)
            title.setObjectName(f"{side}-title")
            self.panes[side].setAccessibleName(f"{side.title()} article")
            self.overviews[side].setAccessibleName(f"Unique sentences in the {side} article")
            outer.addWidget(title)
            row = QHBoxLayout()
            row.setSpacing(0)
            parts = [self.overviews[side], self.panes[side]]
            for widget in parts if side == "left" else reversed(parts):
                row.addWidget(widget)
            outer.addLayout(row)
            return box

        self.columns = QSplitter(Qt.Orientation.Horizontal)
        self.columns.addWidget(column("left"))
        self.columns.addWidget(self.band)
        self.columns.addWidget(column("right"))
        self.columns.setCollapsible(1, False)
        self.columns.setStretchFactor(0, 1)
        self.columns.setStretchFactor(2, 1)
        self.columns.setHandleWidth(3)

        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.addWidget(self.columns)
        self.vertical.addWidget(self.detail)
        self.vertical.setStretchFactor(0, 4)
        self.vertical.setStretchFactor(1, 1)
        self.vertical.setSizes([600, 170])

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.legend, 1)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("sensitivity")
        self.slider.setRange(0, 100)
        # Right = more sensitive = lower threshold = more links.
        self.slider.setInvertedAppearance(True)
        self.slider.setFixedWidth(140)
        self.slider.setToolTip("Sensitivity: how alike two sentences must be to be linked (+ / -)")
        self.slider.valueChanged.connect(lambda v: self.set_threshold(float(v)))
        self.slider_label = QLabel()
        top.addWidget(QLabel("Sensitivity"))
        top.addWidget(self.slider)
        top.addWidget(self.slider_label)
        layout.addLayout(top)
        layout.addWidget(self.vertical, 1)
        self.setCentralWidget(central)
        self.overlay = ShortcutOverlay(central, self.tables)

        self.coverage_label = QLabel()
        self.coverage_label.setObjectName("coverage")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("Aligning… %p %")
        self.progress.hide()
        self.review_progress = QLabel()
        self.review_progress.setObjectName("review-progress")
        self.statusBar().addPermanentWidget(self.coverage_label)
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.review_progress)
        self.link_mode = LinkPrompt(self.statusBar(), self.tables[LINK])

        for side, pane in self.panes.items():
            pane.sentenceClicked.connect(lambda sid, s=side: self.select_sentence(s, sid))
            pane.fileDropped.connect(lambda path, s=side: self.load_side(s, path))
            pane.textDropped.connect(lambda text, s=side: self.set_text(s, text, "Dropped text"))
            pane.focused.connect(lambda s=side: self._set_active(s))
            pane.verticalScrollBar().valueChanged.connect(lambda _v, s=side: self.sync.follow(s))
            self.overviews[side].jumpRequested.connect(lambda f, s=side: self.jump_to(s, f))
        self.band.pairClicked.connect(lambda pair: self.select_sentence("left", pair.left[0]))
        self.titles_view = views.TitlesView(self.titles, self.fetcher)
        # Order matters only where views share a widget: the panes' current item, then the band.
        self.views: list[views.View] = [
            self.titles_view,
            views.PanesView(self.panes, self.overviews, self.sync, self.band),
            views.BandView(self.band),
            views.DetailView(self.detail, hint(self.tables[LINK])),
            views.MarksView(self.strips),
            views.CoverageView(self.coverage_label),
            views.ProgressView(self.review_progress),
            views.SliderView(self.slider, self.slider_label),
            self.link_mode,
        ]
        self.panes["left"].setFocus()
        self._set_active("left")

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        for name, command in commands.REGISTRY.items():
            action = QAction(command.help, self)
            action.setObjectName(name)
            table = self.tables.get(command.mode, {})
            keys = [QKeySequence(k) for k, n in table.items() if n == name]
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, n=name: self.run_command(n))
            self.addAction(action)
            self.actions_by_name[name] = action
        bar = self.menuBar()
        menu = bar.addMenu("&File")
        menu.addAction(self.actions_by_name["open-files"])
        menu.addAction(self.actions_by_name["open-address"])
        self.recent_menu = menu.addMenu("Open &Recent")
        menu.addAction(self.actions_by_name["paste-article"])
        menu.addSeparator()
        menu.addAction(self.actions_by_name["export"])
        menu.addAction(self.actions_by_name["print"])
        menu.addAction(self.actions_by_name["save-review-as"])
        menu.addSeparator()
        menu.addAction(self.actions_by_name["quit"])
        view = bar.addMenu("&Go")
        for name in ("next-item", "previous-item", "next-unique", "previous-unique", "switch-pane"):
            view.addAction(self.actions_by_name[name])
        align = bar.addMenu("&Alignment")
        for name in ("more-links", "fewer-links", "swap-sides"):
            align.addAction(self.actions_by_name[name])
        align.addSeparator()
        boilerplate = self.actions_by_name["include-boilerplate"]
        boilerplate.setText("Count boilerplate as content")
        boilerplate.setCheckable(True)
        align.addAction(boilerplate)
        review = QMenu("&Review", bar)
        for name in REVIEW_MENU:
            review.addAction(self.actions_by_name[name])
        bar.addMenu(review)
        helpmenu = bar.addMenu("&Help")
        helpmenu.addAction(self.actions_by_name["command-palette"])
        helpmenu.addAction(self.actions_by_name["show-shortcuts"])
        helpmenu.addAction(self.actions_by_name["about"])
        self._rebuild_recent()
        self.set_mode(NORMAL)

    def run_command(self, name: str) -> None:
        if name != "show-shortcuts":
            self.overlay.hide()
        commands.run(name, Context(self.ws, WindowServices(self)))

    def set_mode(self, mode: str) -> None:
        """Only the commands of `mode` (and so only its key table) are live."""
        self.mode = mode
        for name, action in self.actions_by_name.items():
            action.setEnabled(commands.REGISTRY[name].mode == mode)

    # -- operations and their changes ------------------------------------------------------
    def perform(self, changes: Changes) -> Changes:
        """Show what an operation changed and tell the user what it did; new articles are
        aligned in the background."""
        self.apply(changes)
        if changes.articles and self.ws.ready and self.ws.prepared is None:
            self._align()
        if changes.problem:
            if self.rescue.handles(changes.problem):  # the database went: offer a new file
                self.last_error = changes.problem
                self.statusBar().showMessage(changes.problem, SHOWN_FOR["problem"])
            else:
                self.report_error(changes.problem)
        elif changes.refused:
            self.last_error = changes.refused
            self.statusBar().showMessage(changes.refused, SHOWN_FOR["refused"])
        if changes.done:
            self.statusBar().showMessage(changes.done, SHOWN_FOR["done"])
            if self.on_done is not None:
                self.on_done(changes.done)
        if changes.notice:
            self.statusBar().showMessage(changes.notice, SHOWN_FOR["notice"])
        return changes

    def apply(self, changes: Changes) -> None:
        """Every view redraws what the flags name."""
        for view in self.views:
            view.refresh(self.ws, changes)
        if changes.articles:
            names = [a.name if a else "—" for a in (self.articles["left"], self.articles["right"])]
            self.setWindowTitle(f"Twofold — {names[0]} ↔ {names[1]}")
        if changes.alignment:
            self.actions_by_name["include-boilerplate"].setChecked(self.ws.include_boilerplate)
        if changes.link and self.mode != (LINK if self.ws.link else NORMAL):
            self.set_mode(LINK if self.ws.link else NORMAL)
            if self.ws.link is None:
                self.panes[self.active_side].setFocus()

    def report_error(self, message: str) -> None:
        self.last_error = message
        self.statusBar().showMessage(message, SHOWN_FOR["problem"])
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Twofold", message, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names are data, never markup
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    # -- the database ----------------------------------------------------------------------
    def use_store(self, store: Store | None, message: str = "") -> None:
        """The database this window saves to (None: none could be used; `message` says why)."""
        self.perform(self.ws.use_store(store, message))

    def open_saved(self, comparison_id: int) -> bool:
        return not self.perform(self.ws.open_saved(comparison_id)).problem

    # -- articles and alignment ------------------------------------------------------------
    def set_articles(self, left: Article | None = None, right: Article | None = None) -> None:
        # An article put there by hand wins over a download for that side still under way.
        self.fetcher.drop(*(s for s, a in (("left", left), ("right", right)) if a is not None))
        self.perform(self.ws.set_articles(left, right))

    def _align(self) -> None:
        if self.ws.ready:
            self.progress.setValue(0)
            self.progress.show()
            self.runner.start(self.articles["left"], self.articles["right"])

    def swap_sides(self) -> None:
        self.perform(self.ws.swap_sides())

    def _on_stage(self, text: str) -> None:
        self.coverage_label.setText(text)
        self.progress.setMaximum(0)  # no end known: the bar shows it is busy

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress.maximum() == 0:  # the stage before is over: the status says aligning
            self.apply(Changes(selection=True))
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self.report_error(message)

    def _on_aligned(self, prepared: PreparedComparison) -> None:
        self.progress.hide()
        self.perform(self.ws.aligned(prepared))

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

    def toggle_overlay(self) -> None:
        if self.overlay.isVisible():
            self.overlay.hide()
        else:
            self.overlay.open()

    def open_palette(self) -> None:
        if self.palette_dialog is None:
            self.palette_dialog = CommandPalette(self, self.tables)
            self.palette_dialog.commandChosen.connect(
                lambda name: QTimer.singleShot(0, lambda: self.run_command(name))
            )
        self.palette_dialog.filter.clear()
        self.palette_dialog.show()
        self.palette_dialog.activateWindow()
        self.palette_dialog.filter.setFocus()

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
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.centralWidget().rect())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # Light/dark switched while running: tints and markers are derived from the palette.
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "views"):
            self.apply(Changes(alignment=True))

    def _restore_layout(self) -> None:
        for key, widget in (("geometry", self), ("columns", self.columns), ("rows", self.vertical)):
            state = self.settings.value(f"window/{key}")
            if state is not None:
                getattr(widget, "restoreGeometry" if widget is self else "restoreState")(state)

    def _save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/columns", self.columns.saveState())
        self.settings.setValue("window/rows", self.vertical.saveState())

    def closeEvent(self, event) -> None:
        if not self.rescue.before_close():
            event.ignore()
            return
        self.rescue.timer.stop()
        self._save_layout()
        self.fetcher.cancel()
        self.runner.wait()
        self.ws.close()
        if self._collecting:
            self._collecting = False
            collector.release()
        super().closeEvent(event)


class WindowServices:
    """The service surface a command sees (commands.Services), made for one call so no
    command keeps the window."""

    __slots__ = ("_window",)

    def __init__(self, window: MainWindow):
        self._window = window

    @property
    def active_side(self) -> str:
        return self._window.active_side

    def perform(self, changes: Changes) -> Changes:
        return self._window.perform(changes)

    def show(self, dialog: str) -> None:
        DIALOGS[dialog](self._window)

    def switch_pane(self) -> None:
        self._window.switch_pane()

    def paste_into(self, side: str) -> bool:
        return self._window.paste_into(side)

    def close(self) -> bool:
        return self._window.close()
