"""One article as read-only wrapped prose, its sentences tinted and marked by alignment state."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QPainter,
    QPen,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.engine.models import Article
from desktop.ui import theme
from desktop.ui.collapse import fold
from desktop.ui.cut_tip import CutTip
from desktop.ui.drops import DropTarget
from desktop.ui.gutter import GUTTER, Gutter
from desktop.ui.i18n import translated
from desktop.ui.looks import Looks
from desktop.ui.pane_text import LAYOUT_STEP, display_text, shown_text
from desktop.wording import phrase

PLACEHOLDER = phrase(
    "Drop an article file here, paste one with Ctrl+Shift+V, or open two with Ctrl+O."
)
ASTRAL = re.compile("[\U00010000-\U0010ffff]")  # two UTF-16 units each in Qt's positions


class ArticlePane(DropTarget, CutTip, QTextEdit):
    """Shows an article as plain text (never HTML); reports clicks on sentences and dropped files."""

    sentenceClicked = Signal(int)
    fileDropped = Signal(str)
    textDropped = Signal(str)
    focused = Signal()
    geometryChanged = Signal()
    articleShown = Signal()  # the whole article is on screen

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
        self.setPlaceholderText(translated(PLACEHOLDER))
        # Always there, so the wrapping width never changes when a long article arrives.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.article: Article | None = None
        self.hidden: frozenset[int] = frozenset()  # folded away (differences only)
        self.folded = None  # the text shown when some are (collapse.Folded)
        self.states: dict[int, tuple[str, float]] = {}
        self.looks = Looks()
        # Of a sentence only partly reported by the other article, the parts it does not report.
        self.unique_spans: dict[int, tuple[tuple[int, int], ...]] = {}
        # Of a pair that disagrees, the words the other side states differently.
        self.differing: dict[int, tuple[tuple[int, int], ...]] = {}
        # What Ctrl+F found, by sentence, and the current match.
        self.matches: dict[int, list[tuple[int, int]]] = {}
        self.current_match: tuple[int, int] | None = None
        self.current: tuple[int, ...] = ()
        self._starts: list[int] = []
        self._astral: list[int] = []
        self._astral_qt: list[int] = []
        self._rest = ""  # the part of a long article still to go in
        self._generation = 0
        self._end = QTextCursor(self.document())
        self.gutter = Gutter(self)
        self.setViewportMargins(GUTTER, 0, 0, 0)
        # Scrolling brings other sentences on screen: their selections are made as they come.
        self.verticalScrollBar().valueChanged.connect(self._refresh)

    # -- content -------------------------------------------------------------------------
    def set_article(self, article: Article | None) -> None:
        self.article = article
        self.states = {}
        self.unique_spans = {}
        self.differing = {}
        self.matches, self.current_match = {}, None
        self.current = ()
        self.hidden, self.folded = frozenset(), None
        self._load()

    def set_hidden(self, hidden: frozenset[int]) -> None:
        """Fold these sentences away (each run becomes one line); the text is put in anew."""
        if hidden != self.hidden and self.article is not None:
            self.hidden = hidden
            self._load()

    def _load(self) -> None:
        article = self.article
        self.folded = fold(article, self.hidden) if article and self.hidden else None
        text = ""
        if article:
            text = display_text(self.folded.text) if self.folded else shown_text(article)
        self._astral = [m.start() for m in ASTRAL.finditer(text)]
        self._astral_qt = [p + k for k, p in enumerate(self._astral)]
        self._starts = [s.start for s in article.sentences] if article else []
        self.setExtraSelections([])
        self.clear()
        # Formats first, on the empty document: formatting a 1 MB document afterwards re-lays
        # it out block by block (over a second).
        document = self.document()
        document.setDocumentMargin(10)
        self._pad_end()
        self._end = QTextCursor(document)
        block = self._end.blockFormat()
        block.setBottomMargin(self.fontMetrics().height() * 0.6)
        block.setLineHeight(118, 1)  # 1 = ProportionalHeight: airier prose is easier to compare
        self._end.setBlockFormat(block)
        # A long article goes in a step per turn of the event loop, each laid out as it comes
        # (about 20 ms): all at once, or laid out lazily by Qt, it stalls the window for seconds.
        self._rest = text
        self._generation += 1
        self._add_text(self._generation)

    def _add_text(self, generation: int) -> None:
        if generation != self._generation:
            return  # another article came meanwhile
        # Whole paragraphs: one put in over several steps is laid out again at each step.
        end = self._rest.find("\n", LAYOUT_STEP) + 1 or len(self._rest)
        self._end.movePosition(QTextCursor.MoveOperation.End)
        self._end.insertText(self._rest[:end])
        self._rest = self._rest[end:]
        if self._rest:
            QTimer.singleShot(0, self, lambda: self._add_text(generation))
            return
        self._refresh()
        self.geometryChanged.emit()
        self.articleShown.emit()

    def _shown(self) -> bool:
        """Whether the whole article is on screen (a long one goes in over several steps)."""
        return self.article is not None and not self._rest

    def is_loading(self) -> bool:
        """An article is still going in (see set_article)."""
        return bool(self._rest)

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
        differing: dict[int, tuple[tuple[int, int], ...]] | None = None,
    ) -> None:
        """Sentence id -> (state, strength 0–1); `unique_spans`: sentence id -> the (start, end)
        offsets of a paired sentence that the other article does not report; `differing`:
        sentence id -> the offsets of the words a disagreeing pair states differently."""
        self.states = states
        self.unique_spans = unique_spans or {}
        self.differing = differing or {}
        self._refresh()

    def set_matches(
        self, matches: dict[int, list[tuple[int, int]]], current: tuple[int, int] | None
    ) -> None:
        """Find matches by sentence id, as (start, end) offsets, and the current one."""
        self.matches, self.current_match = matches, current
        self._refresh()

    def set_current(self, ids: tuple[int, ...]) -> None:
        self.current = tuple(ids)
        self._refresh()
        # The frame reaches past the text the selections repaint: the whole view is redrawn,
        # so no frame is left on the item that was current before.
        self.viewport().update()

    def _refresh(self) -> None:
        # Only the sentences on screen and a screen above and below get a selection: Qt
        # handles each one on every change, and 7,000 of them stall the window for a second.
        if not self._shown():
            self.setExtraSelections([])
            return
        shown = set(self.nearby_sentences()) | set(self.current)
        only = theme.ONLY_LEFT if self.side == "left" else theme.ONLY_RIGHT
        palette = self.palette()  # light/dark switched while running: new formats
        selections, spans = [], []
        for sid in sorted(shown):
            state = self.states.get(sid)
            if state is None:
                continue
            sentence = self.article.sentences[sid]
            chosen = sid in self.current
            selections.append(
                self._selection(
                    sentence.start,
                    sentence.end,
                    self.looks.sentence(*state, chosen, palette),
                )
            )
            # The words that matter inside a sentence, drawn over its sentence's look: the
            # unique parts of a partly reported one, the differing words of a disagreeing pair.
            for start, end in self.unique_spans.get(sid, ()):
                spans.append(self._selection(start, end, self.looks.span(only, chosen, palette)))
            for start, end in self.differing.get(sid, ()):
                spans.append(self._selection(start, end, self.looks.differs(chosen, palette)))
        for sid in sorted(shown):  # find matches go over everything
            for span in self.matches.get(sid, ()):
                look = self.looks.match(span == self.current_match, palette)
                spans.append(self._selection(*span, look))
        height = self.viewport().height()
        lo = self.cursorForPosition(QPoint(0, -height)).position()
        hi = self.cursorForPosition(QPoint(self.width(), 2 * height)).position()
        for start, end in self.folded.marks if self.folded else ():  # "⋯ 3 sentences …"
            start, end = self.to_qt(start, shown=True), self.to_qt(end, shown=True)
            if lo <= end and start <= hi:
                cursor = QTextCursor(self.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                spans.append(self._selection(0, 0, self.looks.folded(palette), cursor))
        self.setExtraSelections(selections + spans)
        self.gutter.update()

    def _selection(
        self, start: int, end: int, fmt: QTextCharFormat, cursor: QTextCursor | None = None
    ) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor or self._cursor(start, end)
        selection.format = fmt
        return selection

    # -- positions -----------------------------------------------------------------------
    def to_qt(self, pos: int, shown: bool = False) -> int:
        """Article offset (`shown`: offset in the folded text) -> Qt document position (UTF-16
        units)."""
        if self.folded is not None and not shown:
            pos = self.folded.shown(pos)
        return pos + bisect_left(self._astral, pos)

    def from_qt(self, pos: int) -> int:
        pos -= bisect_left(self._astral_qt, pos)
        return self.folded.original(pos) if self.folded is not None else pos

    def _cursor(self, start: int, end: int) -> QTextCursor:
        # While a long article is still going in, a selection past its end waits (empty).
        last = max(0, self.document().characterCount() - 1)
        cursor = QTextCursor(self.document())
        cursor.setPosition(min(self.to_qt(start), last))
        cursor.setPosition(min(self.to_qt(end), last), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def sentence_at(self, pos: int) -> int | None:
        """The sentence holding a text offset (or the one just before a gap)."""
        if not self._starts or not self._shown():
            return None
        index = bisect_right(self._starts, pos) - 1
        sid = self.article.sentences[max(index, 0)].id
        return None if sid in self.hidden else sid

    def sentence_rect(self, sid: int) -> QRect:
        """Where a sentence lies in viewport coordinates (top of its first line to bottom of its last)."""
        if not self._shown():
            return QRect()
        sentence = self.article.sentences[sid]
        top = self.cursorRect(self._cursor(sentence.start, sentence.start))
        end = self._cursor(sentence.end, sentence.end)
        bottom = self.cursorRect(end)
        return QRect(0, top.top(), self.viewport().width(), max(bottom.bottom() - top.top(), 1))

    def span_rect(self, ids: tuple[int, ...]) -> QRect:
        # Sentences run down the page in id order: the first and last bound them all (a pair
        # of 300 sentences would otherwise cost 600 layout queries per paint).
        if not ids:
            return QRect()
        return self.sentence_rect(min(ids)).united(self.sentence_rect(max(ids)))

    def line_rects(self, sid: int) -> list[QRectF]:
        """One box per wrapped line of a sentence, in viewport coordinates (for the outline)."""
        if not self._shown():
            return []
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
        if not self._shown() or not self._starts:
            return []
        first, last = self.visible_range()
        return self._sentences_between(first, last)

    def nearby_sentences(self) -> list[int]:
        """The visible sentences and a screen's worth above and below (scrolling shows them)."""
        if not self._shown() or not self._starts:
            return []
        height = self.viewport().height()
        first = self.from_qt(self.cursorForPosition(QPoint(0, -height)).position())
        last = self.from_qt(self.cursorForPosition(QPoint(self.width(), 2 * height)).position())
        return self._sentences_between(first, last)

    def _sentences_between(self, first: int, last: int) -> list[int]:
        lo = max(bisect_right(self._starts, first) - 1, 0)
        hi = bisect_right(self._starts, last)
        return [s.id for s in self.article.sentences[lo:hi] if s.id not in self.hidden]

    def scroll_to_doc_y(self, y: int) -> None:
        bar = self.verticalScrollBar()
        bar.setValue(max(bar.minimum(), min(bar.maximum(), int(y))))

    # -- events --------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not (self.article and self.current):
            return
        # The current sentence gets a frame too: a cue that needs neither colour nor tint.
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(theme.frame_colour(self.palette()))
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
        self._refresh()  # other sentences are on screen now
        self.geometryChanged.emit()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoomed: the text is laid out anew
            self._pad_end()
            self._refresh()
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
