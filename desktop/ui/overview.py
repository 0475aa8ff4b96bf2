"""A thin strip beside a pane marking where its unique sentences lie; a click jumps there."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui import theme
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
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setFixedWidth(WIDTH)
        self.setToolTip("Where this article's unique sentences are; click to jump")
        pane.verticalScrollBar().valueChanged.connect(self.update)
        pane.verticalScrollBar().rangeChanged.connect(self.refresh)
        pane.geometryChanged.connect(self.refresh)

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def refresh(self) -> None:
        """Recompute mark positions from the pane's layout (after alignment or resize)."""
        pane = self.pane
        self.marks = []
        if pane.article:
            total = self._doc_height()
            for sid, (state, _) in pane.states.items():
                if state not in (theme.ONLY_LEFT, theme.ONLY_RIGHT, theme.DISAGREE):
                    continue  # the strip is for findings: agreeing pairs and furniture are not
                rect = pane.sentence_rect(sid)
                top = rect.top() + pane.verticalScrollBar().value()
                self.marks.append((top / total, (top + rect.height()) / total, state))
            only = theme.ONLY_LEFT if pane.side == "left" else theme.ONLY_RIGHT
            for sid in pane.unique_spans:  # partly reported: its unique part is a finding too
                rect = pane.sentence_rect(sid)
                top = rect.top() + pane.verticalScrollBar().value()
                self.marks.append((top / total, (top + rect.height()) / total, only))
        self.update()

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
        for top, bottom, state in self.marks:
            painter.fillRect(
                QRectF(2, top * height, self.width() - 4, max((bottom - top) * height, 3)),
                theme.marker_colour(state, self.palette()),
            )

    def mousePressEvent(self, event) -> None:
        self.jumpRequested.emit(max(0.0, min(1.0, event.position().y() / max(self.height(), 1))))
