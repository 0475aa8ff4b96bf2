"""The band between the panes: a ribbon joins each pair of linked sentences that is on screen."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.engine.models import Pair
from desktop.ui import theme
from desktop.ui.pane import ArticlePane

WIDTH = 56


class ConnectorBand(QWidget):
    """Draws connectors only for pairs with a sentence visible in either pane; a click on one
    selects that pair."""

    pairClicked = Signal(object)

    def __init__(self, left: ArticlePane, right: ArticlePane, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("connector-band")
        self.left = left
        self.right = right
        self.pairs: tuple[Pair, ...] = ()
        self.current: Pair | None = None
        self.drawn = 0  # how many connectors the last paint drew (tests check it stays small)
        self.flagged = 0  # of them, how many carry the disagreement glyph
        self._paths: list[tuple[QPainterPath, Pair]] = []
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        self.setMinimumWidth(WIDTH)
        for pane in (left, right):
            pane.verticalScrollBar().valueChanged.connect(self.update)
            pane.geometryChanged.connect(self.update)

    def sizeHint(self) -> QSize:
        return QSize(WIDTH, 100)

    def set_pairs(self, pairs: tuple[Pair, ...], current: Pair | None = None) -> None:
        self.pairs = pairs
        self.current = current
        self.update()

    def _band_y(self, pane: ArticlePane, y: int) -> int:
        return self.mapFromGlobal(pane.viewport().mapToGlobal(QPoint(0, y))).y()

    def visible_pairs(self) -> list[Pair]:
        if not (self.left.article and self.right.article):
            return []
        lvis = set(self.left.visible_sentences())
        rvis = set(self.right.visible_sentences())
        return [p for p in self.pairs if lvis.intersection(p.left) or rvis.intersection(p.right)]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().window())
        width = self.width()
        visible = self.visible_pairs()
        self.drawn = len(visible)
        self.flagged = 0
        self._paths = []
        palette = self.palette()
        outline = theme.marker_colour(theme.PAIRED, palette)
        disagrees = theme.marker_colour(theme.DISAGREE, palette)
        for pair in visible:
            lrect = self.left.span_rect(pair.left)
            rrect = self.right.span_rect(pair.right)
            lt, lb = self._band_y(self.left, lrect.top()), self._band_y(self.left, lrect.bottom())
            rt, rb = self._band_y(self.right, rrect.top()), self._band_y(self.right, rrect.bottom())
            mid = width / 2
            path = QPainterPath(QPointF(0, lt))
            path.cubicTo(QPointF(mid, lt), QPointF(mid, rt), QPointF(width, rt))
            path.lineTo(QPointF(width, rb))
            path.cubicTo(QPointF(mid, rb), QPointF(mid, lb), QPointF(0, lb))
            path.closeSubpath()
            self._paths.append((path, pair))
            is_current = self.current is not None and pair == self.current
            state = theme.DISAGREE if pair.discrepancies else theme.PAIRED
            fill = (
                theme.current_tint(palette)
                if is_current
                else theme.tint(state, pair.score / 100, palette)
            )
            painter.fillPath(path, fill)
            colour = (
                theme.frame_colour(palette)
                if is_current
                else disagrees
                if pair.discrepancies
                else outline
            )
            pen = QPen(colour)
            pen.setWidthF(2.5 if is_current else 1.0)
            if pair.manual:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
            if pair.discrepancies:  # the sources disagree: the same glyph as in the gutter
                self.flagged += 1
                y = (lt + lb + rt + rb) / 4
                box = QRectF(mid - 9, y - 9, 18, 18)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(palette.base())
                painter.drawEllipse(box)
                painter.setPen(disagrees)
                painter.drawText(box, Qt.AlignmentFlag.AlignCenter, theme.GLYPHS[theme.DISAGREE])

    def mousePressEvent(self, event) -> None:
        point = event.position()
        # The last drawn (topmost) ribbon under the pointer wins.
        for path, pair in reversed(self._paths):
            if path.contains(point):
                self.pairClicked.emit(pair)
                return
