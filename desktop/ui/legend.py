"""The legend: what each tint, glyph and underline means."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.review.changes import Changes
from desktop.review.workspace import Workspace
from desktop.ui import theme
from desktop.ui.flow import FlowLayout
from desktop.vocabulary import BOILERPLATE_COUNTED, STATES


class Swatch(QWidget):
    """A sample of how a state is drawn: tint, glyph and underline style."""

    def __init__(self, state: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.state = state
        self.setFixedSize(QSize(38, 20))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(0, 1, self.width(), self.height() - 5)
        painter.fillRect(box, theme.tint(self.state, 0.8, self.palette()))
        colour = theme.marker_colour(self.state, self.palette())
        painter.setPen(colour)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, theme.GLYPHS[self.state])
        pen = QPen(colour)
        pen.setWidthF(1.5)
        painter.setPen(pen)
        y = self.height() - 3
        if self.state == theme.PAIRED:
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
        elif self.state == theme.DISAGREE:
            pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
        elif self.state == theme.BOILERPLATE:
            pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawLine(QPointF(0, y), QPointF(self.width(), y))
        else:
            path = QPainterPath(QPointF(0, y))
            x, up = 0.0, True
            while x < self.width():
                path.quadTo(QPointF(x + 2, y - 2.5 if up else y + 2.5), QPointF(x + 4, y))
                x += 4
                up = not up
            painter.drawPath(path)


class Legend(QWidget):
    """One entry per state, wrapping onto a second line in a narrow window."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("legend")
        layout = FlowLayout(self, spacing=14)
        layout.setContentsMargins(6, 2, 6, 2)
        self.labels: dict[str, QLabel] = {}
        for state in STATES.values():
            entry = QWidget()
            row = QHBoxLayout(entry)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(Swatch(state.key))
            label = QLabel(state.legend)
            label.setTextFormat(Qt.TextFormat.PlainText)
            row.addWidget(label)
            self.labels[state.key] = label
            layout.addWidget(entry)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        """B counts boilerplate as content or not: its entry says which."""
        if changes.alignment:
            counted = ws.include_boilerplate
            text = BOILERPLATE_COUNTED if counted else STATES[theme.BOILERPLATE].legend
            self.labels[theme.BOILERPLATE].setText(text)
