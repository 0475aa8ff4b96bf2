"""The library of saved comparisons (Ctrl+L): search titles, sources, article text and notes;
open, rename, delete; a comparison's versions, an earlier one opened read-only; the
comparison on screen is marked."""

from __future__ import annotations

from pathlib import PurePath

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.engine.clock import minutes
from desktop.store.errors import StoreError
from desktop.store.records import ComparisonRecord, ComparisonSummary
from desktop.store.store import Store

COLUMNS = ("Title", "Sources", "Progress", "Last opened")
ID_ROLE = Qt.ItemDataRole.UserRole
OPEN_NOW = "open in this window"


def source_name(title: str, source: str) -> str:
    return title or (PurePath(source).name if source else "") or "Untitled"


def progress_text(summary: ComparisonSummary) -> str:
    text = f"{summary.reviewed} / {summary.total} reviewed"
    text += f" · {summary.annotated} annotated" if summary.annotated else ""
    return text + (f" · {summary.versions} versions" if summary.versions > 1 else "")


def version_text(number: int, record: ComparisonRecord, annotated: int, newest: bool) -> str:
    """ "Version 1 · from 2026-11-23 10:20 UTC · 4 annotated · read-only" """
    what = "current, to go on reviewing" if newest else "earlier, opens read-only"
    return f"Version {number} · from {minutes(record.created)} · {annotated} annotated · {what}"


class Library(QDialog):
    """Non-modal, so the comparison it opens shows at once; the title cell edits in place."""

    def __init__(self, window, store: Store):
        super().__init__(window)
        self.store = store
        self.confirm_box: QMessageBox | None = None
        self._loading = False
        self.setObjectName("library")
        self.setWindowTitle("Saved comparisons")
        layout = QVBoxLayout(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search titles, sources, article text, notes and labels…")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.reload())
        layout.addWidget(self.search)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._renamed)
        self.table.itemActivated.connect(lambda _item: self.open_selected())
        self.table.itemSelectionChanged.connect(self._show_versions)
        layout.addWidget(self.table, 1)
        # The versions of the selected comparison, when an article changed since its review.
        self.versions_label = QLabel("Versions of this comparison (an article changed since):")
        self.versions = QListWidget()
        self.versions.setObjectName("library-versions")
        self.versions.setMaximumHeight(110)
        self.versions.itemActivated.connect(lambda _item: self.open_version())
        layout.addWidget(self.versions_label)
        layout.addWidget(self.versions)
        self.empty = QLabel()
        layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        for text, slot, tip in (
            ("&Open", self.open_selected, "Open the comparison (Enter)"),
            ("&Rename", self.rename_selected, "Edit the title (F2)"),
            ("&Delete", self.delete_selected, "Delete the comparison and its review (Del)"),
            ("Open &version", self.open_version, "Open the version chosen below"),
        ):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.setAutoDefault(False)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QPushButton("Close")
        close.clicked.connect(self.close)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table, self.delete_selected)
        QShortcut(QKeySequence("Down"), self.search, lambda: self.table.setFocus())
        self.search.returnPressed.connect(self.open_selected)
        self.resize(820, 480)
        self._show_versions()

    def reload(self) -> None:
        try:
            rows = self.store.list_comparisons(self.search.text())
        except StoreError as error:
            self.empty.setText(str(error))
            return
        self._loading = True
        self.table.setRowCount(len(rows))
        session = self.parentWidget().ws.session
        shown = session.id if session is not None and session.store is self.store else None
        for row, summary in enumerate(rows):
            sources = (
                f"{source_name(summary.left_title, summary.left_source)} ↔ "
                f"{source_name(summary.right_title, summary.right_source)}"
            )
            progress = progress_text(summary) + (f" · {OPEN_NOW}" if summary.id == shown else "")
            cells = (summary.title, sources, progress, minutes(summary.last_opened))
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if summary.id == shown:  # the comparison in the window: bold, and said
                    font = cell.font()
                    font.setBold(True)
                    cell.setFont(font)
                cell.setData(ID_ROLE, summary.id)
                if column:
                    cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if column == 1:
                    cell.setToolTip(f"{summary.left_source}\n{summary.right_source}")
                self.table.setItem(row, column, cell)
        self._loading = False
        if rows:
            self.table.selectRow(0)
        query = self.search.text().strip()
        self.empty.setText(
            ""
            if rows
            else (f"Nothing saved matches “{query}”." if query else "No saved comparisons yet.")
        )

    def selected_id(self) -> int | None:
        items = self.table.selectedItems()
        return items[0].data(ID_ROLE) if items else None

    def _show_versions(self) -> None:
        self.versions.clear()
        comparison_id = self.selected_id()
        try:
            chain = self.store.versions(comparison_id) if comparison_id is not None else []
        except StoreError:
            chain = []
        for n, record in enumerate(chain):
            annotated = sum(
                1 for a in self.store.annotations(record.id).values() if a.labels or a.note
            )
            text = version_text(len(chain) - n, record, annotated, newest=n == 0)
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, (record.id, n > 0))
            self.versions.addItem(entry)
        if chain:
            self.versions.setCurrentRow(min(1, len(chain) - 1))  # the earlier one, if any
        for widget in (self.versions_label, self.versions):
            widget.setVisible(len(chain) > 1)

    def open_version(self) -> None:
        """The version chosen in the list: the newest to go on reviewing, an earlier one
        read-only."""
        entry = self.versions.currentItem()
        if entry is None:
            return
        comparison_id, earlier = entry.data(ID_ROLE)
        if self.parentWidget().open_version(comparison_id, earlier):
            self.close()

    def open_selected(self) -> None:
        comparison_id = self.selected_id()
        if comparison_id is not None and self.parentWidget().open_saved(comparison_id):
            self.close()

    def rename_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.table.setFocus()
            self.table.editItem(self.table.item(rows[0].row(), 0))

    def _renamed(self, cell: QTableWidgetItem) -> None:
        if self._loading or cell.column() != 0:
            return
        comparison_id = cell.data(ID_ROLE)
        try:
            self.store.rename_comparison(comparison_id, cell.text())
        except StoreError as error:
            self.parentWidget().report_error(f"The comparison was not renamed: {error}")
        self.parentWidget().perform(self.parentWidget().ws.comparison_renamed(comparison_id))
        self.reload()

    def delete_selected(self) -> None:
        comparison_id = self.selected_id()
        if comparison_id is None:
            return
        title = self.table.item(self.table.currentRow(), 0).text()
        box = QMessageBox(
            QMessageBox.Icon.Question,
            "Delete comparison",
            f"Delete “{title}” with all its labels, notes and links? This cannot be undone.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def answered(button) -> None:
            self.confirm_box = None
            if box.standardButton(button) == QMessageBox.StandardButton.Yes:
                self._delete(comparison_id)

        box.buttonClicked.connect(answered)
        self.confirm_box = box
        box.open()

    def _delete(self, comparison_id: int) -> None:
        try:
            self.store.delete_comparison(comparison_id)
        except StoreError as error:
            self.parentWidget().report_error(f"The comparison was not deleted: {error}")
            return
        self.parentWidget().perform(self.parentWidget().ws.comparison_deleted(comparison_id))
        self.reload()
