"""The strip left of an article's text: one glyph per sentence, so states never rely on
colour alone, and a bar beside the current item."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QWidget

from desktop.ui import theme

GLYPH = 11
GUTTER = 2 * GLYPH + 8


class Gutter(QWidget):
    """The strip left of the text: one glyph per sentence, so states never rely on colour alone."""

    def __init__(self, pane: QWidget):
        super().__init__(pane)

    @property
    def pane(self):  # the ArticlePane it belongs to
        # Its parent, asked for when needed: a reference kept back to it would be a cycle.
        return self.parentWidget()

    def sizeHint(self) -> QSize:
        return QSize(GUTTER, 0)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().alternateBase())
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.8)
        painter.setFont(font)
        line = painter.fontMetrics().height()
        for sid in self.pane.current:
            # The current sentence gets a bar as well as a stronger tint.
            rect = self.pane.sentence_rect(sid)
            painter.fillRect(
                QRect(GUTTER - 5, rect.top(), 5, rect.height()), theme.frame_colour(self.palette())
            )
        per_line: dict[int, list[str]] = {}
        for sid in self.pane.visible_sentences():
            state = self.pane.states.get(sid)
            if state is not None:
                per_line.setdefault(self.pane.sentence_rect(sid).top(), []).append(state[0])
        for y, states in per_line.items():
            # Several sentences can start on one line; unique ones are shown first.
            shown = sorted(dict.fromkeys(states), key=lambda s: s == theme.PAIRED)[:2]
            for n, state in enumerate(shown):
                painter.setPen(theme.marker_colour(state, self.palette()))
                painter.drawText(
                    QRect(2 + n * GLYPH, y, GLYPH, line),
                    Qt.AlignmentFlag.AlignCenter,
                    theme.GLYPHS[state],
                )
