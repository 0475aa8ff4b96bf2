"""The strip left of an article's text: one glyph per sentence, so states never rely on
colour alone, a mark on sentences changed since the review, a quote mark where a quotation
starts, and a bar beside the current item."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QTextCursor
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.ui import theme
from desktop.vocabulary import CHANGED, QUOTE_GLYPH

GLYPH = 11
QUOTE = 14  # the quote mark's column: the mark is drawn larger than the state glyphs
GUTTER = 2 * GLYPH + QUOTE + 8  # two state glyphs, the quote mark, the current bar


class QuoteMark(NamedTuple):
    """A quotation as the pane marks it: its text offsets, verdict, colour, and its hover text
    (made when hovered: a long article has thousands of quotations)."""

    start: int
    end: int
    verdict: str
    colour: QColor
    tip: Callable[[], str]


class Gutter(QWidget):
    """The strip left of the text: one glyph per sentence, so states never rely on colour alone."""

    def __init__(self, pane: QWidget):
        super().__init__(pane)
        self.quotes: list[QuoteMark] = []
        self._quote_starts: list[int] = []
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

    def set_quotes(self, quotes: list[QuoteMark]) -> None:
        """The quotations of the article shown, in text order."""
        self.quotes = quotes
        self._quote_starts = [q.start for q in quotes]
        self.update()

    def quote_lines(self) -> list[tuple[int, int, list[QuoteMark]]]:
        """(top, height, quotations) per visible line on which quotations start."""
        pane = self.pane
        if not self.quotes or pane.article is None or pane.is_loading():
            return []
        first, last = pane.visible_range()
        lo = bisect_left(self._quote_starts, first)
        hi = bisect_right(self._quote_starts, last)
        lines: dict[int, tuple[int, list[QuoteMark]]] = {}
        for mark in self.quotes[lo:hi]:
            cursor = QTextCursor(pane.document())
            cursor.setPosition(pane.to_qt(mark.start))
            rect = pane.cursorRect(cursor)
            lines.setdefault(rect.top(), (rect.height(), []))[1].append(mark)
        return [(top, height, marks) for top, (height, marks) in lines.items()]

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
        # Larger than the state glyphs: a typographic quote mark is small in most fonts.
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.5)
        big.setBold(True)
        painter.setFont(big)
        for y, height, marks in self.quote_lines():
            # In the verdict's colour; the hover text says the verdict in words.
            painter.setPen(marks[0].colour)
            painter.drawText(
                QRect(2 + 2 * GLYPH, y, QUOTE, max(height, line)),
                Qt.AlignmentFlag.AlignCenter,
                QUOTE_GLYPH,
            )

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            y = event.pos().y()
            for top, height, marks in self.quote_lines():
                if top <= y < top + height:
                    tips = "<hr>".join(mark.tip() for mark in marks)
                    QToolTip.showText(event.globalPos(), tips, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
