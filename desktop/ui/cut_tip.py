"""Hovering a piece of a sentence cut at the scoring limit (engine/limits.py) says so."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QToolTip

from desktop.engine import limits
from desktop.ui.i18n import translated
from desktop.vocabulary import CUT_GLYPH


class CutTip:
    """A mixin of ArticlePane: the tooltip of a cut sentence's pieces."""

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.article is not None:
            offset = self.from_qt(self.cursorForPosition(event.pos()).position())
            sid = self.sentence_at(offset)
            if sid is not None and sid in self.article.cut:
                QToolTip.showText(
                    event.globalPos(), f"{CUT_GLYPH} {translated(limits.PIECE_NOTE)}", self
                )
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
