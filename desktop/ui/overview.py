"""A thin strip beside a pane marking where its unique sentences lie; a click jumps there."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtCore import QRectF, QSize, QTimer, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui import theme
from desktop.ui.i18n import tr
from desktop.ui.pane import ArticlePane

WIDTH = 14


class OverviewStrip(QWidget):
    """Marks every unique sentence at its place in the whole article; shows the visible part."""

    jumpRequested = Signal(float)  # fraction 0–1 of the article's height

    def __init__(self, pane: ArticlePane, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(f"{pane.side}-overview")
        self.pane = pane
        self.marks: list[tuple[float, float, str]] = []
        self._boxes: tuple = (None, [], [])  # see _paragraph_boxes
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFixedWidth(WIDTH)
        self.setToolTip(tr("Where this article's unique sentences are; click to jump"))
        # Recomputed once per turn of the event loop however often asked (a long article changes
        # the range at every step it goes in): thousands of marks take a while.
        self._later = QTimer(self, singleShot=True, interval=0)
        self._later.timeout.connect(self._recompute)
        pane.verticalScrollBar().valueChanged.connect(self.update)
        pane.verticalScrollBar().rangeChanged.connect(self.refresh)
        pane.geometryChanged.connect(self.refresh)

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def refresh(self) -> None:
        """Recompute mark positions from the pane's layout (after alignment or resize)."""
        self._later.start()

    def _recompute(self) -> None:
        pane = self.pane
        self.marks = []
        if pane.article:
            total = self._doc_height()
            only = theme.ONLY_LEFT if pane.side == "left" else theme.ONLY_RIGHT
            # The strip is for findings: unique sentences, disagreeing pairs, and the unique
            # part of a partly reported sentence; agreeing pairs and furniture are left out.
            found = [
                (sid, state)
                for sid, (state, _) in pane.states.items()
                if state in (theme.ONLY_LEFT, theme.ONLY_RIGHT, theme.DISAGREE)
            ] + [(sid, only) for sid in pane.unique_spans]
            spans = self._rough_spans([sid for sid, _ in found])
            for (top, bottom), (_, state) in zip(spans, found, strict=True):
                self.marks.append((top / total, bottom / total, state))
        self.update()

    def _rough_spans(self, ids: list[int]) -> list[tuple[float, float]]:
        """(top, bottom) of each sentence in document coordinates, placed within its paragraph
        by its share of the text: a line or two off at most, and quick for thousands of
        sentences (exact rectangles cost two layout queries each)."""
        pane = self.pane
        if pane.article is None or pane.is_loading() or not ids:
            return [(0.0, 0.0) for _ in ids]
        starts, boxes = self._paragraph_boxes()

        def y(pos: int) -> float:
            qt = pane.to_qt(pos)
            n = bisect_right(starts, qt) - 1
            top, height, length = boxes[n]
            return top + height * (qt - starts[n]) / length

        sentences = pane.article.sentences
        return [(y(sentences[sid].start), y(sentences[sid].end)) for sid in ids]

    def _paragraph_boxes(self) -> tuple[list[int], list[tuple[float, float, int]]]:
        """Each paragraph's start and (top, height, length), kept while the layout stands (a
        new alignment does not move the text)."""
        document = self.pane.document()
        layout = document.documentLayout()
        key = (document.revision(), document.pageSize().width(), layout.documentSize().height())
        if self._boxes[0] != key:
            starts, boxes = [], []
            block = document.begin()
            while block.isValid():
                rect = layout.blockBoundingRect(block)
                starts.append(block.position())
                boxes.append((rect.top(), rect.height(), max(block.length(), 1)))
                block = block.next()
            self._boxes = (key, starts, boxes)
        return self._boxes[1], self._boxes[2]

    def _doc_height(self) -> float:
        bar = self.pane.verticalScrollBar()
        return float(max(bar.maximum() + bar.pageStep(), 1))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().alternateBase())
        height = self.height()
        bar = self.pane.verticalScrollBar()
        total = self._doc_height()
        view = QColor(self.palette().text().color())
        view.setAlpha(40)
        painter.fillRect(
            QRectF(0, bar.value() / total * height, self.width(), bar.pageStep() / total * height),
            view,
        )
        # One rectangle per run of pixels: thousands of marks often share a few hundred rows.
        runs: list[list] = []
        for top, bottom, state in self.marks:
            y1, y2 = int(top * height), max(int(bottom * height), int(top * height) + 3)
            if runs and runs[-1][2] == state and y1 <= runs[-1][1]:
                runs[-1][1] = max(runs[-1][1], y2)
            else:
                runs.append([y1, y2, state])
        for y1, y2, state in runs:
            painter.fillRect(
                QRectF(2, y1, self.width() - 4, y2 - y1), theme.marker_colour(state, self.palette())
            )

    def mousePressEvent(self, event) -> None:
        self.jumpRequested.emit(max(0.0, min(1.0, event.position().y() / max(self.height(), 1))))
