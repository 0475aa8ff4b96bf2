"""The comparison window: two articles side by side, linked facts, unique content unmissable."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSlider,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.align import DEFAULT_THRESHOLD
from desktop.engine.compare import PreparedComparison
from desktop.engine.errors import InputError
from desktop.engine.items import Item, items, unpaired_boilerplate
from desktop.engine.load import article_from_text, load_article
from desktop.engine.models import Article, Comparison
from desktop.store.records import Annotation
from desktop.ui import actions as _actions  # noqa: F401 - registers the commands
from desktop.ui import bindings, clipboard, collector, commands, provenance, theme, web_open
from desktop.ui.changes import Changes
from desktop.ui.connector import ConnectorBand
from desktop.ui.detail import DetailPanel
from desktop.ui.legend import Legend
from desktop.ui.overlay import ShortcutOverlay
from desktop.ui.overview import OverviewStrip
from desktop.ui.palette import CommandPalette
from desktop.ui.pane import ArticlePane
from desktop.ui.pending import PendingCommands
from desktop.ui.review import Review
from desktop.ui.sync import ScrollSync
from desktop.ui.worker import AlignRunner

MAX_RECENT = 8
SIDES = ("left", "right")


def _recent_key(location: str) -> str:
    return location.strip() if web_open.is_address(location) else str(Path(location).resolve())


def default_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Twofold", "Twofold")


# Reading and splitting takes about a second per megabyte: larger files load off the GUI thread.
BACKGROUND_BYTES = 256 * 1024


def _in_background(path: str | Path) -> bool:
    """Addresses and large files are read on a worker thread, so the window keeps responding."""
    if web_open.is_address(str(path)):
        return True
    try:
        return Path(path).is_file() and Path(path).stat().st_size > BACKGROUND_BYTES
    except OSError:
        return False  # the foreground read reports the problem


class MainWindow(QMainWindow):
    """Holds the two articles, the prepared alignment and the current item; views follow Changes."""

    def __init__(self, settings: QSettings | None = None, table: dict[str, str] | None = None):
        super().__init__()
        collector.acquire()
        self._collecting = True
        self.setObjectName("twofold-window")
        self.settings = settings or default_settings()
        self.table = dict(bindings.DEFAULT if table is None else table)
        self.articles: dict[str, Article | None] = {"left": None, "right": None}
        self.prepared: PreparedComparison | None = None
        self.comparison: Comparison | None = None
        self.items: tuple[Item, ...] = ()
        self.current = -1
        self.threshold = DEFAULT_THRESHOLD
        self.include_boilerplate = False
        self.active_side = "left"
        self.last_error = ""
        self.palette_dialog: CommandPalette | None = None
        self._item_of: dict[tuple[str, int], int] = {}
        self.runner = AlignRunner(self)
        self.runner.progress.connect(self._on_progress)
        self.runner.stage.connect(self._on_stage)
        self.pending = PendingCommands(self)
        self.runner.finished.connect(self._on_aligned)
        self.runner.failed.connect(self._on_failed)
        self._build()
        self.fetcher = web_open.Fetcher(self)
        self.fetcher.loaded.connect(self._fetched)
        self.fetcher.failed.connect(lambda _side, message: self.report_error(message))
        self.fetcher.busyChanged.connect(lambda _busy: self._refresh_titles())
        self.fetcher.busyChanged.connect(lambda _busy: self._refresh_hint())
        self.statusBar().addPermanentWidget(web_open.FetchStatus(self.fetcher))
        self._build_actions()
        self.review = Review(self)
        self.resize(1280, 820)
        self._restore_layout()
        self.apply(Changes(articles=True, alignment=True, selection=True))

    # -- construction ----------------------------------------------------------------------
    def _build(self) -> None:
        self.panes = {side: ArticlePane(side) for side in SIDES}
        self.overviews = {side: OverviewStrip(self.panes[side]) for side in SIDES}
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
        self.slider.setValue(int(self.threshold))
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
        self.overlay = ShortcutOverlay(central, self.table)

        self.coverage_label = QLabel()
        self.coverage_label.setObjectName("coverage")
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat("Aligning… %p %")
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.coverage_label)
        self.statusBar().addPermanentWidget(self.progress)

        for side, pane in self.panes.items():
            pane.sentenceClicked.connect(lambda sid, s=side: self.select_sentence(s, sid))
            pane.fileDropped.connect(lambda path, s=side: self.load_side(s, path))
            pane.textDropped.connect(lambda text, s=side: self.set_text(s, text, "Dropped text"))
            pane.focused.connect(lambda s=side: self._set_active(s))
            pane.articleShown.connect(self._when_shown)
            pane.verticalScrollBar().valueChanged.connect(lambda _v, s=side: self.sync.follow(s))
            self.overviews[side].jumpRequested.connect(lambda f, s=side: self.jump_to(s, f))
        self.band.pairClicked.connect(lambda pair: self.select_sentence("left", pair.left[0]))
        self.panes["left"].setFocus()
        self._set_active("left")

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        for name, command in commands.REGISTRY.items():
            action = QAction(command.help, self)
            action.setObjectName(name)
            keys = [QKeySequence(k) for k, n in self.table.items() if n == name]
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _checked=False, n=name: self.run_command(n))
            self.addAction(action)
            self.actions_by_name[name] = action
        menu = self.menuBar().addMenu("&File")
        menu.addAction(self.actions_by_name["open-files"])
        menu.addAction(self.actions_by_name["open-address"])
        self.recent_menu = menu.addMenu("Open &Recent")
        menu.addAction(self.actions_by_name["paste-article"])
        menu.addSeparator()
        menu.addAction(self.actions_by_name["export"])
        menu.addAction(self.actions_by_name["print"])
        menu.addSeparator()
        menu.addAction(self.actions_by_name["quit"])
        view = self.menuBar().addMenu("&Go")
        for name in ("next-item", "previous-item", "next-unique", "previous-unique", "switch-pane"):
            view.addAction(self.actions_by_name[name])
        align = self.menuBar().addMenu("&Alignment")
        for name in ("more-links", "fewer-links", "swap-sides"):
            align.addAction(self.actions_by_name[name])
        align.addSeparator()
        boilerplate = self.actions_by_name["include-boilerplate"]
        boilerplate.setText("Count boilerplate as content")
        boilerplate.setCheckable(True)
        align.addAction(boilerplate)
        helpmenu = self.menuBar().addMenu("&Help")
        helpmenu.addAction(self.actions_by_name["command-palette"])
        helpmenu.addAction(self.actions_by_name["show-shortcuts"])
        helpmenu.addAction(self.actions_by_name["about"])
        self._rebuild_recent()

    def run_command(self, name: str) -> None:
        if name != "show-shortcuts":
            self.overlay.hide()
        if self.pending.keep(name):  # pressed before the comparison is ready: done when it is
            return
        commands.run(name, self)

    # -- opening ---------------------------------------------------------------------------
    def open_paths(self, left: str | Path, right: str | Path) -> bool:
        """Open both files or addresses; a side that fails keeps what it showed before.

        Addresses and large files are read in the background and arrive later; other files
        are read at once."""
        loaded = {}
        fetching = 0
        for side, path in zip(SIDES, (left, right), strict=True):
            if _in_background(path):
                self.fetch(side, str(path).strip())
                fetching += 1
                continue
            article = self._load(path)
            if article is not None:
                loaded[side] = article
        if loaded:
            self.set_articles(**loaded)
        if len(loaded) == 2:
            self._remember(str(left), str(right))
        return len(loaded) + fetching == 2

    def fetch(self, side: str, address: str) -> None:
        """Download an address for one side without blocking; the side changes when it arrives."""
        self.fetcher.fetch(side, address)

    def _fetched(self, side: str, article: Article) -> None:
        self.set_articles(**{side: article})
        left, right = self.articles["left"], self.articles["right"]
        if left and right and left.path and right.path:
            self._remember(left.path, right.path)

    def load_side(self, side: str, path: str | Path) -> bool:
        if _in_background(path):
            self.fetch(side, str(path).strip())
            return True
        article = self._load(path)
        if article is None:
            return False
        self.set_articles(**{side: article})
        other = self.articles["right" if side == "left" else "left"]
        if other is not None and other.path:
            pair = (str(path), other.path) if side == "left" else (other.path, str(path))
            self._remember(*pair)
        return True

    def set_text(self, side: str, text: str, title: str) -> bool:
        if web_open.is_address(text):  # a dropped or pasted link: open the page it names
            self.fetch(side, text.strip())
            return True
        try:
            article = article_from_text(text, title=title)
        except InputError as exc:
            self.report_error(f"Cannot use the {title.lower()}: {exc.problem}")
            return False
        self.set_articles(**{side: article})
        return True

    def paste_into(self, side: str) -> bool:
        return clipboard.paste_into(self, side)

    def ask_open(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            "Choose two articles: left, then right",
            "",
            web_open.open_filter(),
        )
        if len(paths) == 1:
            second, _ = QFileDialog.getOpenFileName(
                self, "Choose the right-hand article", "", web_open.open_filter()
            )
            paths = [paths[0], second] if second else paths
        if len(paths) >= 2:
            self.open_paths(paths[0], paths[1])
        elif len(paths) == 1:
            self.load_side("left", paths[0])

    def _load(self, path: str | Path) -> Article | None:
        try:
            return load_article(path)
        except InputError as exc:
            self.report_error(f"Cannot open {Path(exc.source).name}: {exc.problem}")
            return None

    def report_error(self, message: str) -> None:
        self.last_error = message
        self.statusBar().showMessage(message, 15000)
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Twofold", message, QMessageBox.StandardButton.Ok, self
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # file names are data, never markup
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.show()

    def set_articles(self, left: Article | None = None, right: Article | None = None) -> None:
        if left is not None:
            self.articles["left"] = left
        if right is not None:
            self.articles["right"] = right
        # An article put there by hand wins over a download for that side still under way.
        self.fetcher.drop(*(s for s, a in (("left", left), ("right", right)) if a is not None))
        self.prepared = None
        self.comparison = None
        self.items = ()
        self.current = -1
        if self.articles["left"] and self.articles["right"]:
            self.review.articles_changed()
        self.apply(Changes(articles=True, alignment=True, selection=True))
        if self.articles["left"] and self.articles["right"]:
            self.progress.setValue(0)
            self.progress.show()
            self.runner.start(self.articles["left"], self.articles["right"], self.threshold)

    def swap_sides(self) -> None:
        left, right = self.articles["left"], self.articles["right"]
        if left and right:
            self.set_articles(left=right, right=left)

    def _on_stage(self, text: str) -> None:
        self.coverage_label.setText(text)
        self.progress.setMaximum(0)  # no end known: the bar shows it is busy

    def _on_progress(self, done: int, total: int) -> None:
        if self.progress.maximum() == 0:  # the stage before is over
            self._update_status()
        # Scoring is 90 %; the rest is showing the result, and 100 % is when it is on screen.
        self.progress.setMaximum(100)
        self.progress.setValue(90 * done // max(total, 1))

    def _on_failed(self, message: str) -> None:
        self.progress.hide()
        self.report_error(message)
        self._refresh_hint()

    def _on_aligned(self, prepared: PreparedComparison) -> None:
        self.progress.setValue(95)
        self.prepared = prepared
        self._realign()
        self._when_shown()

    def _when_shown(self) -> None:
        """Once the comparison and both articles are on screen: 100 %, and the keys pressed
        while waiting are applied."""
        if self.comparison is None or any(pane.is_loading() for pane in self.panes.values()):
            return
        self.progress.setValue(100)
        self.progress.hide()
        self.level_current()
        self.pending.replay()
        self._refresh_hint()

    def _refresh_hint(self) -> None:
        if self.current_item is None:
            self.detail.show_hint(self.pending.hint())

    # -- review (desktop/ui/review.py) ------------------------------------------------------
    def current_annotations(self) -> dict[str, Annotation]:
        """Item key -> annotation of the comparison on screen ({} when nothing is saved)."""
        session = self.review.session
        return dict(session.annotations) if session is not None else {}

    def export_extra(self) -> dict[str, str]:
        """Lines an export adds to its provenance, e.g. {"Comparison": "7 (title)"}."""
        session = self.review.session
        if session is None:
            return {}
        return {"Comparison": f"{session.id} ({session.record.title})"}

    # -- recent ----------------------------------------------------------------------------
    def recent(self) -> list[tuple[str, str]]:
        raw = self.settings.value("recent", [])
        raw = [raw] if isinstance(raw, str) else list(raw or [])
        return [tuple(entry.split("\n", 1)) for entry in raw if "\n" in entry]

    def _remember(self, left: str, right: str) -> None:
        entries = [f"{_recent_key(left)}\n{_recent_key(right)}"]
        entries += [f"{a}\n{b}" for a, b in self.recent() if f"{a}\n{b}" != entries[0]]
        self.settings.setValue("recent", entries[:MAX_RECENT])
        self._rebuild_recent()

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        entries = self.recent()
        for left, right in entries:
            label = f"{Path(left).name} ↔ {Path(right).name}".replace("&", "&&")
            action = self.recent_menu.addAction(label)
            action.triggered.connect(lambda _c=False, a=left, b=right: self.open_paths(a, b))
        self.recent_menu.setEnabled(bool(entries))

    # -- alignment -------------------------------------------------------------------------
    def set_threshold(self, threshold: float) -> None:
        threshold = max(0.0, min(100.0, float(threshold)))
        if threshold == self.threshold and self.comparison is not None:
            return
        self.threshold = threshold
        self.slider.blockSignals(True)
        self.slider.setValue(int(round(threshold)))
        self.slider.blockSignals(False)
        if self.prepared is not None:
            self._realign()
        else:
            self._update_slider_label()

    def set_include_boilerplate(self, include: bool) -> None:
        """Count furniture sentences (donation appeals, credits) in coverage and as unique."""
        self.include_boilerplate = include
        self.actions_by_name["include-boilerplate"].setChecked(include)
        self.realign()

    def realign(self) -> None:
        """Recompute the comparison (hand-made links and unlinks included) if it is ready."""
        if self.prepared is not None:
            self._realign()

    def _realign(self) -> None:
        anchor = self._selection_anchor()
        self.comparison = self.prepared.at(
            self.threshold,
            include_boilerplate=self.include_boilerplate,
            **self.review.overrides(),
        )
        self.items = items(self.comparison)
        self._item_of = {}
        for index, item in enumerate(self.items):
            for i in item.left:
                self._item_of[("left", i)] = index
            for j in item.right:
                self._item_of[("right", j)] = index
        self.current = self._item_of.get(anchor, -1) if anchor else -1
        self.apply(Changes(alignment=True, selection=True))
        self.review.aligned()

    def _selection_anchor(self) -> tuple[str, int] | None:
        item = self.current_item
        if item is None:
            return None
        return ("left", item.left[0]) if item.left else ("right", item.right[0])

    @property
    def current_item(self) -> Item | None:
        return self.items[self.current] if 0 <= self.current < len(self.items) else None

    # -- selection and navigation -----------------------------------------------------------
    def select_item(self, index: int, anchor_side: str | None = None) -> None:
        if not self.items:
            return
        self.current = max(0, min(len(self.items) - 1, index))
        self.apply(Changes(selection=True))
        self.level_current(anchor_side)

    def select_sentence(self, side: str, sid: int) -> None:
        self._set_active(side)
        index = self._item_of.get((side, sid))
        if index is not None:
            self.select_item(index, anchor_side=side)

    def move(self, step: int) -> None:
        if not self.items:
            return
        if self.current < 0:
            self.select_item(0 if step > 0 else len(self.items) - 1)
        else:
            self.select_item(self.current + step)

    def move_unique(self, step: int) -> None:
        unique = [i for i, item in enumerate(self.items) if item.pair is None]
        if not unique:
            self.statusBar().showMessage("Every sentence has a partner at this sensitivity", 4000)
            return
        if step > 0:
            later = [i for i in unique if i > self.current]
            target = later[0] if later else unique[0]
        else:
            earlier = [i for i in unique if i < self.current] if self.current >= 0 else []
            target = earlier[-1] if earlier else unique[-1]
        self.select_item(target)

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
            self.palette_dialog = CommandPalette(self, self.table)
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
        article = self.articles[side]
        bar = pane.verticalScrollBar()
        pane.scroll_to_doc_y(
            fraction * (bar.maximum() + bar.pageStep()) - pane.viewport().height() / 2
        )
        if article is None or self.comparison is None:
            return
        unique = self.comparison.unique_left if side == "left" else self.comparison.unique_right
        if not unique:
            return
        total = max(bar.maximum() + bar.pageStep(), 1)
        nearest = min(unique, key=lambda sid: abs(pane.doc_top(sid) / total - fraction))
        self.select_sentence(side, nearest)

    # -- scrolling -------------------------------------------------------------------------
    def level_current(self, anchor_side: str | None = None) -> None:
        """Scroll so the current item's sentences sit level in both panes."""
        item = self.current_item
        if item is not None:
            self.sync.level({"left": item.left, "right": item.right}, anchor_side)
            self.band.update()

    # -- views -----------------------------------------------------------------------------
    def apply(self, changes: Changes) -> None:
        """Refresh exactly the views an operation says it changed."""
        if changes.articles:
            for side in SIDES:
                self.panes[side].set_article(self.articles[side])
                article = self.articles[side]
                self.titles[side].setText(self._title_text(side))
                self.titles[side].setToolTip(provenance.tooltip(article))
            names = [self.articles[s].name if self.articles[s] else "—" for s in SIDES]
            self.setWindowTitle(f"Twofold — {names[0]} ↔ {names[1]}")
        if changes.alignment:
            self.sync.set_pairs(self.comparison.pairs if self.comparison else ())
            self._apply_alignment()
        if changes.selection or changes.alignment:
            item = self.current_item
            self.panes["left"].set_current(item.left if item else ())
            self.panes["right"].set_current(item.right if item else ())
            self.band.set_pairs(
                self.comparison.pairs if self.comparison else (), item.pair if item else None
            )
            self.detail.show_item(self.comparison, item)
            if item is None:
                self.detail.show_hint(self.pending.hint())
            self._update_status()
        self.review.refresh(changes)

    def _title_text(self, side: str) -> str:
        article = self.articles[side]
        if article is not None:
            return (
                f"{side.title()}: {article.name} — "
                f"{len(article.sentences)} sentences ({article.language})"
            )
        address = self.fetcher.address_pending(side)
        if address:
            return f"{side.title()}: fetching {address} …"
        return f"{side.title()}: drop or paste an article here"

    def _refresh_titles(self) -> None:
        for side in SIDES:
            self.titles[side].setText(self._title_text(side))

    def _apply_alignment(self) -> None:
        comparison = self.comparison
        states: dict[str, dict[int, tuple[str, float]]] = {"left": {}, "right": {}}
        if comparison is not None:
            for pair in comparison.pairs:
                for i in pair.left:
                    states["left"][i] = (theme.PAIRED, pair.score / 100)
                for j in pair.right:
                    states["right"][j] = (theme.PAIRED, pair.score / 100)
            for i in comparison.unique_left:
                states["left"][i] = (theme.ONLY_LEFT, 1.0)
            for j in comparison.unique_right:
                states["right"][j] = (theme.ONLY_RIGHT, 1.0)
            furniture = unpaired_boilerplate(comparison)
            for side, ids in zip(SIDES, furniture, strict=True):
                for sid in ids:
                    states[side][sid] = (theme.BOILERPLATE, 0.6)
        for side in SIDES:
            self.panes[side].set_states(states[side])
            self.overviews[side].refresh()
        self._update_slider_label()

    def _update_slider_label(self) -> None:
        pairs = len(self.comparison.pairs) if self.comparison else 0
        self.slider_label.setText(f"links at score ≥ {self.threshold:.0f} · {pairs} pairs")

    def _update_status(self) -> None:
        c = self.comparison
        if c is None:
            waiting = self.articles["left"] and self.articles["right"]
            self.coverage_label.setText("Aligning…" if waiting else "Open two articles to compare")
            return
        position = f"item {self.current + 1} of {len(self.items)} · " if self.current >= 0 else ""
        self.coverage_label.setText(
            f"{position}{c.coverage.left_in_right * 100:.0f} % of the left article is in the right "
            f"one · {c.coverage.right_in_left * 100:.0f} % of the right is in the left · "
            f"only left: {len(c.unique_left)} · only right: {len(c.unique_right)}"
        )

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.overlay.isVisible():
            self.overlay.setGeometry(self.centralWidget().rect())

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        # Light/dark switched while running: tints and markers are derived from the palette.
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "panes"):
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
        self._save_layout()
        self.fetcher.cancel()
        self.runner.wait()
        self.review.close()
        if self._collecting:
            self._collecting = False
            collector.release()
        super().closeEvent(event)
