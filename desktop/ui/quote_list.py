"""The quotations list beside the detail panel: every quotation of both articles with its
speaker and verdict; a click or Enter goes to it."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QLabel, QTreeView, QVBoxLayout, QWidget

from desktop.review.changes import Changes
from desktop.review.quote_index import QuoteEntry
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
NONE = "Neither article has a quotation."


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


class QuoteModel(QAbstractTableModel):
    """The quotations in reading order; a row's texts are made when it is drawn (a long
    article has thousands of quotations)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.entries: tuple[QuoteEntry, ...] = ()
        self.order: tuple[int, ...] = ()
        self.icons: dict[str, QIcon] = {}
        self.empty = False  # checked, and there are none: one row says so
        self.row_of: dict[int, int] = {}  # a quotation's index -> its row

    def show(self, entries, walk: tuple[int, ...], icons: dict[str, QIcon], checked: bool) -> None:
        self.beginResetModel()
        self.entries, self.order, self.icons = entries, walk, icons
        self.empty = checked and not walk
        self.row_of = {index: row for row, index in enumerate(walk)}
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.order) or int(self.empty)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def flags(self, index):
        if not self.order:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if not self.order:
            shown = role == Qt.ItemDataRole.DisplayRole and index.column() == len(COLUMNS) - 1
            return NONE if shown else None
        quote = self.order[index.row()]
        entry = self.entries[quote]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return self.icons.get(entry.verdict)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tooltip(entry)
        if role == INDEX:
            return quote
        return None

    @staticmethod
    def text(entry: QuoteEntry, column: int) -> str:
        if column == 0:
            return entry.label
        if column == 1:
            return speaker_text(entry)
        if column == 2:
            return entry.verdict
        return excerpt(entry.check.quote.text)


class QuoteTree(QTreeView):
    """The list itself: arrows move in it, Enter or a click goes to the quotation, Esc leaves."""

    chosen = Signal(int)  # the index of the quotation among the workspace's entries
    left = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("quotes-list")
        self.setAccessibleName("Quotations")
        self.quotes = QuoteModel(self)
        self.setModel(self.quotes)
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.header().setStretchLastSection(True)
        self.clicked.connect(self._choose)

    def _choose(self, index: QModelIndex) -> None:
        quote = index.data(INDEX) if index.isValid() else None
        if quote is not None:
            self.chosen.emit(int(quote))

    def select_quote(self, quote: int) -> None:
        """Mark the row of quotation `quote` (an entries index; -1: none) as current."""
        row = self.quotes.row_of.get(quote)
        if row is None:
            self.clearSelection()
            return
        index = self.quotes.index(row, 0)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and event.key() in LIST_KEYS:
            event.accept()  # these keys move in the list, not between the window's items
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._choose(self.currentIndex())
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

    def toggle(self) -> bool:
        """Show the list and put the focus in it; hide it when it has the focus already.
        True when the list is shown now."""
        if self.isVisible() and self.tree.hasFocus():
            self.hide()
            return False
        self.show()
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.tree.currentIndex().isValid() and self.tree.quotes.order:
            self.tree.setCurrentIndex(self.tree.quotes.index(0, 0))
        return True


class QuoteListView:
    """Fills the list when the quotations arrive, and marks the one the review is at."""

    def __init__(self, panel: QuoteListPanel):
        self.panel = panel
        self._shown: tuple | None = None

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if not (changes.quotes or changes.articles or changes.alignment or changes.selection):
            return
        tree = self.panel.tree
        walk = order(ws)
        token = (ws.quotes, walk, ws.ready, tree.palette().cacheKey())  # icons follow the palette
        if token != self._shown:  # new quotations, or the items (their order) changed
            self._shown = token
            self._fill(ws, walk)
        tree.select_quote(current_quote(ws))

    def _fill(self, ws: Workspace, walk: tuple[int, ...]) -> None:
        tree = self.panel.tree
        if ws.quotes is None:
            tree.quotes.show((), (), {}, checked=False)
            self.panel.heading.setText("Quotations" + (" (checking…)" if ws.ready else ""))
            return
        entries = ws.quotes.entries
        self.panel.heading.setText(f"Quotations ({len(entries)})")
        icons = {v: verdict_icon(v, tree.font(), tree.palette()) for v in VERDICTS}
        tree.quotes.show(entries, walk, icons, checked=True)
        # Widths from the distinct texts: sizing to contents measures every row on every change.
        metrics = tree.fontMetrics()
        pad = 2 * metrics.averageCharWidth()
        distinct = (
            {COLUMNS[0], *(e.label for e in entries)},
            {COLUMNS[1], *(speaker_text(e) for e in entries)},
            {COLUMNS[2], *VERDICTS},
        )
        for column, texts in enumerate(distinct):
            extra = max(tree.iconSize().width(), 16) + pad if column == 2 else pad
            width = max(metrics.horizontalAdvance(t) for t in texts) + extra
            tree.setColumnWidth(column, min(width, 32 * metrics.averageCharWidth()))
