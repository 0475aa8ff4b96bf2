"""A one-line label that fits any width: the text elided at the end, the whole of it in the
tooltip, so a narrow window neither widens itself nor cuts a message without a trace."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QToolTip, QWidget

SMALLEST = 60  # px: the narrowest it asks for, whatever its text


class ElidedLabel(QLabel):
    """Plain text; asks for its full width but makes do with less."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:
        return QSize(
            min(SMALLEST, super().minimumSizeHint().width()), super().minimumSizeHint().height()
        )

    def shown_text(self) -> str:
        """The text as it fits the label now."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, width)

    def is_elided(self) -> bool:
        return self.shown_text() != self.text()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(
            self.contentsRect(),
            int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
            self.shown_text(),
        )

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.is_elided():
            extra = self.toolTip()
            QToolTip.showText(
                event.globalPos(), self.text() + (f"\n\n{extra}" if extra else ""), self
            )
            return True
        return super().event(event)
