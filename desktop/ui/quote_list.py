"""The quotations list beside the detail panel: every quotation of both articles with its
speaker and verdict; a click or Enter goes to it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QToolTip,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.review.changes import Changes
from desktop.review.quotes import current_quote, order
from desktop.review.workspace import Workspace
from desktop.ui.quote_marks import excerpt, speaker_text, tooltip, verdict_colour
from desktop.vocabulary import VERDICTS

COLUMNS = ("#", "Speaker", "Verdict", "Quotation")
# Keys the list keeps for itself while it has the focus (the window binds arrows to items).
LIST_KEYS = frozenset(
    {
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Return,
        Qt.Key.Key_Enter,
        Qt.Key.Key_Escape,
    }
)
INDEX = Qt.ItemDataRole.UserRole  # a row's quotation: its index among the workspace's entries


def verdict_icon(verdict: str, font: QFont, palette) -> QIcon:
    """The verdict's glyph in its colour, so the verdict's words keep the text colour."""
    size = max(font.pixelSize(), 16) if font.pixelSize() > 0 else 16
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.setPen(verdict_colour(verdict, palette))
    painter.drawText(QRect(0, 0, size, size), Qt.AlignmentFlag.AlignCenter, VERDICTS[verdict].glyph)
    painter.end()
    return QIcon(pixmap)


class QuoteTree(QTreeWidget):
    """The list itself: arrows move in it, Enter or a click goes to the quotation, Esc leaves."""

    chosen = Signal(int)  # the index of the quotation among the workspace's entries
    left = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quotes-list")
        self.setAccessibleName("Quotations")
        self.setColumnCount(len(COLUMNS))
        self.setHeaderLabels(list(COLUMNS))
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Sized once per filling: sizing to contents on every change measures every row.
        self.header().setStretchLastSection(True)
        self.tips: Callable[[int], str] = lambda _index: ""
        self.itemClicked.connect(lambda item, _column: self._choose(item))

    def _choose(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.chosen.emit(int(item.data(0, INDEX)))

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            # Made when hovered: a long article has thousands of quotations.
            item = self.itemAt(event.pos())
            index = int(item.data(0, INDEX)) if item is not None else -1
            if index >= 0:
                QToolTip.showText(event.globalPos(), self.tips(index), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in LIST_KEYS:
            event.accept()  # these keys move in the list, not between the window's items
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.currentItem())
        elif event.key() == Qt.Key.Key_Escape:
            self.left.emit()
        else:
            super().keyPressEvent(event)


class QuoteListPanel(QWidget):
    """The quotations list under its heading, beside the detail panel."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quotes-panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.heading = QLabel("Quotations")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.tree = QuoteTree(self)
        self.heading.setBuddy(self.tree)
        layout.addWidget(self.heading)
        layout.addWidget(self.tree, 1)

    def set_heading(self, text: str) -> None:
        self.heading.setText(text)

    def toggle(self) -> bool:
        """Show the list and put the focus in it; hide it when it has the focus already.
        True when the list is shown now."""
        if self.isVisible() and self.tree.hasFocus():
            self.hide()
            return False
        self.show()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if self.tree.currentItem() is None and self.tree.topLevelItemCount():
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        return True


class QuoteListView:
    """Fills the list when the quotations arrive, and marks the one the review is at."""

    def __init__(self, panel: QuoteListPanel):
        self.panel = panel
        self._shown: tuple | None = None
        self._rows: dict[int, QTreeWidgetItem] = {}  # a quotation's index -> its row

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if not (changes.quotes or changes.articles or changes.alignment or changes.selection):
            return
        tree = self.panel.tree
        walk = order(ws)
        token = (ws.quotes, walk, ws.ready, tree.palette().cacheKey())  # icons follow the palette
        if token != self._shown:  # new quotations, or the items (their order) changed
            self._shown = token
            self._fill(ws, walk)
        item = self._rows.get(current_quote(ws))
        if item is not None:
            tree.setCurrentItem(item)
            tree.scrollToItem(item)
        else:
            tree.clearSelection()

    def _fill(self, ws: Workspace, order: tuple[int, ...]) -> None:
        tree = self.panel.tree
        tree.clear()
        self._rows = {}
        if ws.quotes is None:
            self.panel.set_heading("Quotations" + (" (checking…)" if ws.ready else ""))
            return
        count = len(ws.quotes)
        self.panel.set_heading(f"Quotations ({count})")
        palette, font = tree.palette(), tree.font()
        icons = {v: verdict_icon(v, font, palette) for v in VERDICTS}
        entries = ws.quotes.entries
        tree.tips = lambda index: tooltip(entries[index])
        rows = []
        for index in order:
            entry = entries[index]
            item = QTreeWidgetItem(
                [entry.label, speaker_text(entry), entry.verdict, excerpt(entry.check.quote.text)]
            )
            item.setData(0, INDEX, index)
            item.setIcon(2, icons[entry.verdict])
            rows.append(item)
            self._rows[index] = item
        tree.addTopLevelItems(rows)
        # Widths from the distinct texts: sizing to contents measures every row on every change.
        metrics, pad = tree.fontMetrics(), 3 * tree.fontMetrics().averageCharWidth()
        distinct = (
            {COLUMNS[0], *(e.label for e in entries)},
            {COLUMNS[1], *(speaker_text(e) for e in entries)},
            {COLUMNS[2], *VERDICTS},
        )
        for column, texts in enumerate(distinct):
            extra = tree.iconSize().width() + pad if column == 2 else pad
            width = max(metrics.horizontalAdvance(t) for t in texts) + extra
            tree.setColumnWidth(column, min(width, 32 * metrics.averageCharWidth()))
        if not rows:
            empty = QTreeWidgetItem(["", "", "", "Neither article has a quotation."])
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            empty.setData(0, INDEX, -1)
            tree.addTopLevelItem(empty)
