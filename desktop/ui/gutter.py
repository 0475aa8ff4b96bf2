"""The strip left of an article's text: one glyph per sentence, so states never rely on
colour alone, a mark on sentences changed since the review, and a bar beside the current item."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QFont, QPainter
from PySide6.QtWidgets import QWidget

from desktop.ui import theme
from desktop.vocabulary import CHANGED

GLYPH = 11
GUTTER = 2 * GLYPH + 8


class Gutter(QWidget):
    """The strip left of the text: one glyph per sentence, so states never rely on colour alone."""

    def __init__(self, pane: QWidget):
        super().__init__(pane)
        self.changed: frozenset[int] = frozenset()  # new or edited since the earlier version

    def set_changed(self, changed: frozenset[int]) -> None:
        if changed != self.changed:
            self.changed = changed
            self.update()

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
        changed_lines = set()
        for sid in self.pane.visible_sentences():
            state = self.pane.states.get(sid)
            top = self.pane.sentence_rect(sid).top()
            if state is not None:
                per_line.setdefault(top, []).append(state[0])
            if sid in self.changed:
                per_line.setdefault(top, [])
                changed_lines.add(top)
        for y, states in per_line.items():
            # Several sentences can start on one line; unique ones are shown first.
            shown = sorted(dict.fromkeys(states), key=lambda s: s == theme.PAIRED)[:2]
            if y in changed_lines:  # the second place shows that it changed since the review
                shown = [*shown[:1], CHANGED.key]
            for n, state in enumerate(shown):
                painter.setPen(theme.marker_colour(state, self.palette()))
                painter.drawText(
                    QRect(2 + n * GLYPH, y, GLYPH, line),
                    Qt.AlignmentFlag.AlignCenter,
                    theme.GLYPHS[state],
                )
