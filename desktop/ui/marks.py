"""The review strip right of each article pane: label chip, note and reviewed marks per item."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from desktop.store.records import Annotation
from desktop.ui import pane as pane_module
from desktop.ui.pane import ArticlePane
from desktop.vocabulary import LABEL, NOTE_GLYPH, REVIEWED_GLYPH, labels_text

CELL = 13
STRIP = 3 * CELL + 6


def label_chip_html(name: str) -> str:
    label = LABEL.get(name)
    if label is None:  # written by another tool: shown as it is
        return f"<b>{escape(name)}</b>"
    return (
        f'<span style="background-color:{label.hue}; color:#000000">&nbsp;{label.glyph}&nbsp;'
        f"</span> <b>{escape(label.text)}</b>"
    )


class ReviewStrip(QWidget):
    """Sits in a right-hand viewport margin of the pane, level with the sentences it marks."""

    def __init__(self, pane: ArticlePane):
        super().__init__(pane)
        self.pane = pane
        self.setObjectName(f"{pane.side}-review-strip")
        self.marks: dict[int, Annotation] = {}
        pane.setViewportMargins(pane_module.GUTTER, 0, STRIP, 0)
        pane.installEventFilter(self)
        # The pane's own resize event comes before it lays out its viewport: the strip is
        # placed again once the viewport has its new size, so it never covers the text.
        pane.viewport().installEventFilter(self)
        pane.verticalScrollBar().valueChanged.connect(self.update)
        self._place()

    def sizeHint(self) -> QSize:
        return QSize(STRIP, 0)

    def set_marks(self, marks: dict[int, Annotation]) -> None:
        """Sentence id (first of its item on this side) -> that item's annotation."""
        if marks != self.marks:
            self.marks = marks
            self.update()

    def eventFilter(self, watched, event) -> bool:
        if event.type() in (
            QEvent.Type.Resize,
            QEvent.Type.Move,
            QEvent.Type.Show,
            QEvent.Type.LayoutRequest,
        ):
            self._place()
        return False

    def _place(self) -> None:
        view = self.pane.viewport().geometry()
        self.setGeometry(QRect(view.right() + 1, view.top(), STRIP, view.height()))
        self.raise_()

    def _rows(self) -> list[tuple[int, Annotation]]:
        if self.pane.article is None:
            return []
        visible = set(self.pane.visible_sentences())
        return [
            (self.pane.sentence_rect(sid).top(), a)
            for sid, a in sorted(self.marks.items())
            if sid in visible
        ]

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(event.rect(), self.palette().alternateBase())
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.85)
        font.setBold(True)
        painter.setFont(font)
        line = max(painter.fontMetrics().height(), CELL)
        text_colour = self.palette().text().color()
        for y, annotation in self._rows():
            known = [LABEL[name] for name in annotation.labels if name in LABEL]
            # Several labels (a merged pair): the chip is shared out, one stripe and glyph each.
            width = (CELL + 2) / max(len(known), 1)
            for n, label in enumerate(known):
                chip = QRectF(2 + n * width, y + 1, width, line - 2)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(label.hue))
                painter.drawRoundedRect(chip, 3, 3)
                painter.setPen(QColor("#000000"))
                painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, label.glyph)
            painter.setPen(text_colour)
            if annotation.note:
                painter.drawText(
                    QRect(4 + CELL + 2, y, CELL, line), Qt.AlignmentFlag.AlignCenter, NOTE_GLYPH
                )
            if annotation.reviewed:
                painter.drawText(
                    QRect(4 + 2 * CELL + 2, y, CELL, line),
                    Qt.AlignmentFlag.AlignCenter,
                    REVIEWED_GLYPH,
                )

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            y = event.pos().y()
            line = self.fontMetrics().height()
            for top, annotation in self._rows():
                if top <= y < top + line:
                    QToolTip.showText(event.globalPos(), tooltip(annotation), self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)


def tooltip(annotation: Annotation) -> str:
    parts = []
    if annotation.labels:
        parts.append(labels_text(annotation.labels))
    if annotation.note:
        parts.append(f"Note: {annotation.note}")
    parts.append("Reviewed" if annotation.reviewed else "Not reviewed yet")
    # Rich text with everything escaped: a note is data, never markup.
    return "<p style='white-space:pre-wrap'>" + "<br>".join(escape(p) for p in parts) + "</p>"
