"""One article as read-only wrapped prose, its sentences tinted and marked by alignment state."""

from __future__ import annotations

from bisect import bisect_left, bisect_right

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPalette,
    QPen,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.engine.models import Article
from desktop.ui import theme

GLYPH = 11
GUTTER = 2 * GLYPH + 8
# Underline styles: solid for pairs, dotted for boilerplate, wavy for what only one side says.
UNDERLINES = {
    theme.PAIRED: QTextCharFormat.UnderlineStyle.SingleUnderline,
    theme.DISAGREE: QTextCharFormat.UnderlineStyle.DashUnderline,
    theme.BOILERPLATE: QTextCharFormat.UnderlineStyle.DotLine,
}


def display_text(text: str) -> str:
    """The article text as Qt shows it, same length so sentence offsets still fit."""
    return text.replace("\r\n", " \n").replace("\r", "\n")


class Gutter(QWidget):
    """The strip left of the text: one glyph per sentence, so states never rely on colour alone."""

    def __init__(self, pane: ArticlePane):
        super().__init__(pane)

    @property
    def pane(self) -> ArticlePane:
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
            painter.fillRect(QRect(GUTTER - 4, rect.top(), 4, rect.height()), QColor(theme.CURRENT))
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


class ArticlePane(QTextEdit):
    """Shows an article as plain text (never HTML); reports clicks on sentences and dropped files."""

    sentenceClicked = Signal(int)
    fileDropped = Signal(str)
    textDropped = Signal(str)
    focused = Signal()
    geometryChanged = Signal()

    def __init__(self, side: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.side = side
        self.setObjectName(f"{side}-pane")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setUndoRedoEnabled(False)
        # Mouse selection only: arrow keys and letters stay free for the window's bindings.
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabChangesFocus(False)
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)  # read-only text edits refuse drops by default
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setPlaceholderText(
            "Drop an article file here, paste one with Ctrl+Shift+V, or open two with Ctrl+O."
        )
        self.article: Article | None = None
        self.states: dict[int, tuple[str, float]] = {}
        self._plain: dict[int, QTextEdit.ExtraSelection] = {}
        # Of a sentence only partly reported by the other article, the parts it does not report.
        self.unique_spans: dict[int, tuple[tuple[int, int], ...]] = {}
        self._spans: dict[int, list[QTextEdit.ExtraSelection]] = {}
        self.current: tuple[int, ...] = ()
        self._starts: list[int] = []
        self._astral: list[int] = []
        self._astral_qt: list[int] = []
        self.gutter = Gutter(self)
        self.setViewportMargins(GUTTER, 0, 0, 0)
        self.verticalScrollBar().valueChanged.connect(self.gutter.update)

    # -- content -------------------------------------------------------------------------
    def set_article(self, article: Article | None) -> None:
        self.article = article
        self.states = {}
        self._plain = {}
        self.unique_spans, self._spans = {}, {}
        self.current = ()
        text = display_text(article.text) if article else ""
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]
        self._astral_qt = [p + k for k, p in enumerate(self._astral)]
        self._starts = [s.start for s in article.sentences] if article else []
        self.setPlainText(text)
        self.document().setDocumentMargin(10)
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block = cursor.blockFormat()
        block.setBottomMargin(self.fontMetrics().height() * 0.6)
        block.setLineHeight(118, 1)  # 1 = ProportionalHeight: airier prose is easier to compare
        cursor.mergeBlockFormat(block)
        self.setExtraSelections([])
        self._pad_end()
        self.geometryChanged.emit()

    def _pad_end(self) -> None:
        # Room below the last line, so the last sentences can be scrolled level with their partners.
        root = self.document().rootFrame()
        fmt = root.frameFormat()
        fmt.setBottomMargin(max(self.viewport().height() - 2 * self.fontMetrics().height(), 10))
        root.setFrameFormat(fmt)

    def set_states(
        self,
        states: dict[int, tuple[str, float]],
        unique_spans: dict[int, tuple[tuple[int, int], ...]] | None = None,
    ) -> None:
        """Sentence id -> (state, strength 0–1); `unique_spans`: sentence id -> the (start, end)
        offsets of a paired sentence that the other article does not report."""
        self.states = states
        self.unique_spans = unique_spans or {}
        self._plain = {sid: self._selection(sid, chosen=False) for sid in sorted(states)}
        only = theme.ONLY_LEFT if self.side == "left" else theme.ONLY_RIGHT
        self._spans = {
            sid: [self._span_selection(only, a, b, chosen=False) for a, b in spans]
            for sid, spans in self.unique_spans.items()
        }
        self._refresh()

    def _span_selection(
        self, kind: str, start: int, end: int, chosen: bool
    ) -> QTextEdit.ExtraSelection:
        fmt = QTextCharFormat()
        if not chosen:  # over the current item's strong tint only the wavy line shows
            fmt.setBackground(theme.tint(kind, 1.0, self.palette()))
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(theme.marker_colour(kind, self.palette()))
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor(start, end)
        sel.format = fmt
        return sel

    def set_current(self, ids: tuple[int, ...]) -> None:
        self.current = tuple(ids)
        self._refresh()

    def _selection(self, sid: int, chosen: bool) -> QTextEdit.ExtraSelection:
        kind, strength = self.states[sid]
        fmt = QTextCharFormat()
        fmt.setBackground(
            theme.selected_tint(kind, self.palette())
            if chosen
            else theme.tint(kind, strength, self.palette())
        )
        fmt.setUnderlineStyle(UNDERLINES.get(kind, QTextCharFormat.UnderlineStyle.WaveUnderline))
        if kind == theme.BOILERPLATE:
            fmt.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        fmt.setUnderlineColor(theme.marker_colour(kind, self.palette()))
        sentence = self.article.sentences[sid]
        sel = QTextEdit.ExtraSelection()
        sel.cursor = self._cursor(sentence.start, sentence.end)
        sel.format = fmt
        return sel

    def _refresh(self) -> None:
        # Plain selections are built once per alignment; a move only rebuilds the chosen ones.
        if not self.article:
            return
        chosen = {sid: self._selection(sid, True) for sid in self.current if sid in self.states}
        # The unique parts of partly reported sentences are drawn over their sentence's tint.
        plain = [chosen.get(sid, sel) for sid, sel in self._plain.items()]
        only = theme.ONLY_LEFT if self.side == "left" else theme.ONLY_RIGHT
        spans = [
            sel
            for sid, sels in self._spans.items()
            for sel in (
                [self._span_selection(only, a, b, True) for a, b in self.unique_spans[sid]]
                if sid in chosen
                else sels
            )
        ]
        self.setExtraSelections(plain + spans)
        self.gutter.update()

    # -- positions -----------------------------------------------------------------------
    def to_qt(self, pos: int) -> int:
        """Python string offset -> Qt document position (UTF-16 units)."""
        return pos + bisect_left(self._astral, pos)

    def from_qt(self, pos: int) -> int:
        return pos - bisect_left(self._astral_qt, pos)

    def _cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def sentence_at(self, pos: int) -> int | None:
        """The sentence holding a text offset (or the one just before a gap)."""
        if not self._starts:
            return None
        index = bisect_right(self._starts, pos) - 1
        return self.article.sentences[max(index, 0)].id

    def sentence_rect(self, sid: int) -> QRect:
        """Where a sentence lies in viewport coordinates (top of its first line to bottom of its last)."""
        sentence = self.article.sentences[sid]
        top = self.cursorRect(self._cursor(sentence.start, sentence.start))
        end = self._cursor(sentence.end, sentence.end)
        bottom = self.cursorRect(end)
        return QRect(0, top.top(), self.viewport().width(), max(bottom.bottom() - top.top(), 1))

    def span_rect(self, ids: tuple[int, ...]) -> QRect:
        rect = QRect()
        for sid in ids:
            rect = rect.united(self.sentence_rect(sid))
        return rect

    def line_rects(self, sid: int) -> list[QRectF]:
        """One box per wrapped line of a sentence, in viewport coordinates (for the outline)."""
        sentence = self.article.sentences[sid]
        qs, qe = self.to_qt(sentence.start), self.to_qt(sentence.end)
        doc = self.document()
        offset = QPointF(-self.horizontalScrollBar().value(), -self.verticalScrollBar().value())
        rects = []
        block = doc.findBlock(qs)
        while block.isValid() and block.position() < qe:
            layout, base = block.layout(), block.position()
            origin = doc.documentLayout().blockBoundingRect(block).topLeft() + offset
            for n in range(layout.lineCount()):
                line = layout.lineAt(n)
                ls = base + line.textStart()
                le = ls + line.textLength()
                if le <= qs or ls >= qe:
                    continue
                x1 = line.cursorToX(max(qs, ls) - base)[0]
                x2 = line.cursorToX(min(qe, le) - base)[0]
                rects.append(QRectF(x1, line.y(), x2 - x1, line.height()).translated(origin))
            block = block.next()
        return rects

    def doc_top(self, sid: int) -> int:
        """A sentence's top in document coordinates (independent of scrolling)."""
        return self.sentence_rect(sid).top() + self.verticalScrollBar().value()

    def visible_range(self) -> tuple[int, int]:
        """Text offsets of the first and last visible characters."""
        first = self.cursorForPosition(QPoint(0, 0)).position()
        size = self.viewport().size()
        last = self.cursorForPosition(QPoint(size.width(), size.height())).position()
        return self.from_qt(first), self.from_qt(last)

    def visible_sentences(self) -> list[int]:
        if not self.article or not self._starts:
            return []
        first, last = self.visible_range()
        lo = max(bisect_right(self._starts, first) - 1, 0)
        hi = bisect_right(self._starts, last)
        return [s.id for s in self.article.sentences[lo:hi]]

    def scroll_to_doc_y(self, y: int) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(max(bar.minimum(), min(bar.maximum(), int(y))))

    # -- events --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not (self.article and self.current):
            return
        # The current sentence gets an outline too: a cue that needs neither colour nor tint.
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(theme.CURRENT))
        pen.setWidthF(2.0)
        painter.setPen(pen)
        for sid in self.current:
            for rect in self.line_rects(sid):
                painter.drawRoundedRect(rect.adjusted(-2, -1, 2, 1), 3, 3)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        rect = self.contentsRect()
        self.gutter.setGeometry(QRect(rect.left(), rect.top(), GUTTER, rect.height()))
        if event.size().height() != event.oldSize().height():
            self._pad_end()
        self.geometryChanged.emit()

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        if event.button() == Qt.MouseButton.LeftButton and not self.textCursor().hasSelection():
            sid = self.sentence_at(
                self.from_qt(self.cursorForPosition(event.position().toPoint()).position())
            )
            if sid is not None:
                self.sentenceClicked.emit(sid)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.focused.emit()

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls() or event.mimeData().hasText():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:
        mime = event.mimeData()
        files = [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.fileDropped.emit(files[0])
        elif mime.hasText() and mime.text().strip():
            event.acceptProposedAction()
            self.textDropped.emit(mime.text())
        else:
            event.ignore()
