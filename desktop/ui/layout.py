"""The window's widgets and where they sit: panes, band, detail, slider, status bar, views."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.review import find
from desktop.review.workspace import SIDES
from desktop.ui import views
from desktop.ui.bindings import keys_for
from desktop.ui.commands import LINK, NORMAL
from desktop.ui.connector import ConnectorBand
from desktop.ui.detail import DetailPanel
from desktop.ui.elided import ElidedLabel
from desktop.ui.find_bar import FindBar, MatchesView
from desktop.ui.fold import DetailFold
from desktop.ui.i18n import tr
from desktop.ui.legend import Legend
from desktop.ui.link_mode import LinkPrompt, hint
from desktop.ui.marks import ReviewStrip
from desktop.ui.messages import MessageBar
from desktop.ui.overlay import ShortcutOverlay
from desktop.ui.overview import OverviewStrip
from desktop.ui.pane import ArticlePane
from desktop.ui.quote_list import QuoteListPanel, QuoteListView
from desktop.ui.quote_marks import QuoteMarksView, QuoteTips
from desktop.ui.sync import ScrollSync


class Layout:
    """Builds the window's parts and keeps their sizes between runs (a mixin of MainWindow:
    it uses `tables`, `settings`, `fetcher` and the window's handlers of pane events)."""

    def _build(self) -> None:
        self.setStatusBar(MessageBar())
        self.panes = {side: ArticlePane(side) for side in SIDES}
        self.overviews = {side: OverviewStrip(self.panes[side]) for side in SIDES}
        self.strips = {side: ReviewStrip(self.panes[side]) for side in SIDES}
        self.titles = {side: ElidedLabel() for side in SIDES}
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
            if side == "left":
                self.panes[side].setAccessibleName(tr("Left article"))
                self.overviews[side].setAccessibleName(tr("Unique sentences in the left article"))
            else:
                self.panes[side].setAccessibleName(tr("Right article"))
                self.overviews[side].setAccessibleName(tr("Unique sentences in the right article"))
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

        # The quotations list shares the bottom row with the detail panel: the panes keep
        # their width.
        self.quote_panel = QuoteListPanel()
        self.bottom = QSplitter(Qt.Orientation.Horizontal)
        self.bottom.addWidget(self.detail)
        self.bottom.addWidget(self.quote_panel)
        self.bottom.setStretchFactor(0, 3)
        self.bottom.setStretchFactor(1, 2)
        self.fold = DetailFold(self.bottom)  # a short window folds the whole row away

        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.addWidget(self.columns)
        self.vertical.addWidget(self.bottom)
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
        self.slider.setToolTip(
            tr("Sensitivity: how alike two sentences must be to be linked (+ / -)")
        )
        self.slider.valueChanged.connect(lambda v: self.set_threshold(float(v)))
        self.slider_label = ElidedLabel()
        top.addWidget(QLabel(tr("Sensitivity")))
        top.addWidget(self.slider)
        top.addWidget(self.slider_label)
        layout.addLayout(top)
        self.find_bar = FindBar(self.tables)
        self.find_bar.searched.connect(lambda text: self.perform(find.search(self.ws, text)))
        self.find_bar.stepped.connect(lambda by: self.perform(find.step(self.ws, by)))
        self.find_bar.closed.connect(self._find_closed)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.vertical, 1)
        self.setCentralWidget(central)
        self.overlay = ShortcutOverlay(central, self.tables)

        self.coverage_label = ElidedLabel()
        self.coverage_label.setObjectName("coverage")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(tr("Aligning… %p %"))
        self.progress.hide()
        self.review_progress = QLabel()
        self.review_progress.setObjectName("review-progress")
        self.statusBar().addPermanentWidget(self.coverage_label)
        self.statusBar().summary = self.coverage_label
        self.statusBar().addPermanentWidget(self.progress)
        self.statusBar().addPermanentWidget(self.review_progress)
        self.link_mode = LinkPrompt(self.statusBar(), self.tables[LINK])

        for side, pane in self.panes.items():
            pane.sentenceClicked.connect(lambda sid, s=side: self.select_sentence(s, sid))
            pane.fileDropped.connect(lambda path, s=side: self.load_side(s, path))
            pane.textDropped.connect(
                lambda text, s=side: self.set_text(s, text, tr("Dropped text"))
            )
            pane.focused.connect(lambda s=side: self._set_active(s))
            # Queued: never inside the views' refresh that set the article.
            pane.articleShown.connect(self._when_shown, Qt.ConnectionType.QueuedConnection)
            pane.verticalScrollBar().valueChanged.connect(lambda _v, s=side: self.sync.follow(s))
            self.overviews[side].jumpRequested.connect(lambda f, s=side: self.jump_to(s, f))
        for pane in self.panes.values():
            QuoteTips(pane)
        self.quote_panel.tree.chosen.connect(self.select_quote)
        self.quote_panel.tree.left.connect(lambda: self.panes[self.active_side].setFocus())
        self.band.pairClicked.connect(lambda pair: self.select_sentence("left", pair.left[0]))
        self.titles_view = views.TitlesView(self.titles, self.fetcher)
        self.coverage_view = views.CoverageView(self.coverage_label)
        # Order matters only where views share a widget: the panes' current item, then the band.
        self.views: list[views.View] = [
            self.titles_view,
            self.legend,
            views.PanesView(self.panes, self.overviews, self.sync, self.band),
            views.BandView(self.band),
            views.DetailView(
                self.detail,
                hint(self.tables[LINK]),
                self.pending.hint,
                next(iter(keys_for("link-sentences", self.tables[NORMAL])), ""),
            ),
            views.MarksView(self.strips),
            QuoteMarksView(self.panes),
            QuoteListView(self.quote_panel),
            self.coverage_view,
            views.ProgressView(self.review_progress),
            views.SliderView(self.slider, self.slider_label),
            self.link_mode,
            self.find_bar,
            MatchesView(self.panes),
        ]
        self.panes["left"].setFocus()
        self._set_active("left")

    def _find_closed(self) -> None:
        self.perform(find.close(self.ws))
        self.panes[self.active_side].setFocus()

    def _restore_layout(self) -> None:
        self.quote_panel.setVisible(self.settings.value("window/quotes-list", "true") == "true")
        splitters = (("columns", self.columns), ("rows", self.vertical), ("bottom", self.bottom))
        for key, widget in (("geometry", self), *splitters):
            state = self.settings.value(f"window/{key}")
            if state is not None:
                getattr(widget, "restoreGeometry" if widget is self else "restoreState")(state)

    def _save_layout(self) -> None:
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/columns", self.columns.saveState())
        self.settings.setValue("window/rows", self.vertical.saveState())
        self.settings.setValue("window/bottom", self.bottom.saveState())
        shown = not self.quote_panel.isHidden()
        self.settings.setValue("window/quotes-list", "true" if shown else "false")
