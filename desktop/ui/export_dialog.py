"""The Export dialog: format, file, unreviewed items, paper size; writes off the GUI thread."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
)

from desktop import export
from desktop.engine.errors import InputError
from desktop.engine.items import items
from desktop.engine.models import Comparison
from desktop.export import FORMATS, ExportRequest
from desktop.export.atomic import protected_files, refuse_overwrite
from desktop.export.pdf import PAGE_SIZES, default_page_size
from desktop.review.quotes import checked_quotes
from desktop.ui.i18n import tr, translated
from desktop.ui.jobs import Background
from desktop.wording import reason as reason_of

_UNSAFE = re.compile(r"[^\w.-]+")


def suggested_name(comparison: Comparison) -> str:
    """A file name from both articles' names, safe on every file system."""
    stems = [Path(a.name).stem or "article" for a in (comparison.left, comparison.right)]
    name = _UNSAFE.sub("-", f"{stems[0]} vs {stems[1]}").strip("-.")[:80]
    return name or "comparison"


class ExportDialog(QDialog):
    """Choose and write an export; on failure the dialog stays open with every choice kept."""

    exported = Signal(str)  # the path written

    def __init__(self, window, settings: QSettings):
        super().__init__(window)
        self.settings = settings
        self.setWindowTitle(tr("Export comparison"))
        self.setObjectName("export-dialog")
        self.job = Background(self)
        self.job.done.connect(self._written)
        self.job.failed.connect(self._failed)

        self.format = QComboBox()
        for fmt in FORMATS.values():
            self.format.addItem(f"{translated(fmt.label)} ({fmt.suffix})", fmt.name)
        self.path = QLineEdit()
        self.path.setMinimumWidth(420)
        self.path.setAccessibleName(tr("Export file"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self.choose_file)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(browse)
        self.unreviewed = QCheckBox(tr("Include items not yet reviewed"))
        self.page_size = QComboBox()
        self.page_size.addItems(list(PAGE_SIZES))

        form = QFormLayout()
        form.addRow(tr("&Format"), self.format)
        file_label = QLabel(tr("&File"))
        file_label.setBuddy(self.path)  # a row holding a layout gets no buddy of its own
        form.addRow(file_label, file_row)
        form.addRow("", self.unreviewed)
        self.counts = QLabel()
        self.counts.setObjectName("export-counts")
        form.addRow("", self.counts)
        form.addRow(tr("&Paper (PDF)"), self.page_size)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # a busy indicator: writing has no steps to count
        self.busy.setFormat(tr("Writing…"))
        self.busy.hide()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # paths and errors are data
        self.message.setWordWrap(True)
        self.message.setObjectName("export-message")
        self.message.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("&Export"))
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._confirmed = ""
        self.format.currentIndexChanged.connect(self._format_changed)
        self.unreviewed.toggled.connect(self._count)
        self._restore()

    # -- choices -----------------------------------------------------------------------------
    @property
    def fmt(self) -> str:
        return self.format.currentData()

    def set_format(self, fmt: str) -> None:
        self.format.setCurrentIndex(self.format.findData(fmt))

    def _restore(self) -> None:
        s = self.settings
        fmt = str(s.value("export/format", "html"))
        self.set_format(fmt if fmt in FORMATS else "html")
        self.unreviewed.setChecked(str(s.value("export/unreviewed", "true")).lower() == "true")
        size = str(s.value("export/page_size", default_page_size()))
        self.page_size.setCurrentText(size if size in PAGE_SIZES else default_page_size())
        folder = Path(str(s.value("export/folder", str(Path.home()))))
        comparison = self.parentWidget().comparison
        name = suggested_name(comparison) if comparison is not None else "comparison"
        self.path.setText(str(folder / f"{name}{FORMATS[self.fmt].suffix}"))
        self._format_changed()
        self._count()

    def _count(self) -> None:
        """Say how many items the file will list, so an empty export is no surprise."""
        comparison = self.parentWidget().comparison
        total = len(items(comparison)) if comparison is not None else 0
        notes = self.parentWidget().current_annotations().values()
        reviewed = sum(1 for note in notes if note.reviewed)
        listed = total if self.unreviewed.isChecked() else reviewed
        text = tr(
            "{listed} of {total} items will be listed ({reviewed} reviewed)",
            listed=listed,
            total=total,
            reviewed=reviewed,
        )
        if listed == 0 and total:
            text += tr(" — nothing is reviewed yet, tick the box above to list every item")
        self.counts.setText(text)

    def _format_changed(self) -> None:
        self.page_size.setEnabled(FORMATS[self.fmt].paper)
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(FORMATS[self.fmt].suffix)))

    def choose_file(self) -> None:
        suffix = FORMATS[self.fmt].suffix
        path, _ = QFileDialog.getSaveFileName(
            self,
            tr("Export to"),
            self.path.text(),
            f"{translated(FORMATS[self.fmt].label)} (*{suffix})",
        )
        if path:
            path = str(Path(path).with_suffix(suffix))
            self.path.setText(path)
            self._confirmed = path  # the save dialog already asked before replacing it

    # -- writing -----------------------------------------------------------------------------
    def start(self) -> None:
        """Write the export in the background; the window stays usable meanwhile."""
        comparison = self.parentWidget().comparison
        text = self.path.text().strip()
        if comparison is None:
            self._show_problem(tr("Nothing to export yet: open two articles first."))
            return
        if not text:
            self._show_problem(tr("Choose a file to export to."))
            return
        path = Path(text).expanduser()
        suffix = FORMATS[self.fmt].suffix
        if path.suffix.lower() != suffix:
            path = path.with_name(path.name + suffix)
        self.path.setText(str(path))
        # Before "Replace?": an article compared or the review database is never replaced.
        store = self.parentWidget().ws.store
        database = store.path if store is not None else None
        left, right = comparison.left.path, comparison.right.path
        try:
            refuse_overwrite(path, protected_files(left, right, database))
        except InputError as exc:
            self._show_problem(f"{path.name} {exc.problem}.")
            return
        if path.exists() and str(path) != self._confirmed and not self.confirm_replace(path):
            return
        fmt = self.fmt
        # Snapshot on the GUI thread: the window may change while the file is written.
        request = ExportRequest(
            comparison,
            dict(self.parentWidget().current_annotations()),
            include_unreviewed=self.unreviewed.isChecked(),
            facts=self.parentWidget().export_extra(),
            page_size=self.page_size.currentText(),
            title=self.parentWidget().ws.title,
            quotes=checked_quotes(self.parentWidget().ws),
        ).snapshot()
        self._set_busy(True)
        self.job.start(lambda: export.write(request, path, fmt, database))

    def confirm_replace(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Replace file?"),
            tr(
                "{name} already exists in {folder}. Replace it?", name=path.name, folder=path.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.message.setVisible(False)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        inputs = self.findChildren(QLineEdit) + self.findChildren(QComboBox)
        inputs += self.findChildren(QCheckBox) + self.findChildren(QPushButton)
        for widget in inputs:
            # Cancel stays: it closes the dialog and stops waiting for the file.
            widget.setEnabled(not busy or widget is cancel)
        if not busy:
            self.page_size.setEnabled(FORMATS[self.fmt].paper)

    def _written(self, path: object) -> None:
        self._set_busy(False)
        path = Path(str(path))
        self.settings.setValue("export/folder", str(path.parent))
        self.settings.setValue("export/format", self.fmt)
        self.settings.setValue(
            "export/unreviewed", "true" if self.unreviewed.isChecked() else "false"
        )
        self.settings.setValue("export/page_size", self.page_size.currentText())
        self.exported.emit(str(path))
        self.accept()

    def _failed(self, exc: object) -> None:
        self._set_busy(False)
        if isinstance(exc, OSError):
            reason = exc.strerror or str(exc)
            problem = tr(
                "Could not write {path}: {reason}. Choose another file or folder.",
                path=self.path.text(),
                reason=reason,
            )
        else:
            problem = tr("Export failed: {error}", error=reason_of(exc))
        self._show_problem(problem)

    def _show_problem(self, problem: str) -> None:
        self.message.setText(problem)
        self.message.show()
        self.path.setFocus()

    def said_exported(self, path: str) -> None:
        self.parentWidget().statusBar().showMessage(tr("Exported to {path}", path=path), 15000)

    def reject(self) -> None:
        # Closing while writing stops waiting; a file half written by then is not reported.
        self.job.cancel()
        super().reject()


def open_export(window) -> ExportDialog | None:
    """Ctrl+E: show the export dialog for the window's current comparison."""
    if window.comparison is None:
        window.statusBar().showMessage(tr("Nothing to export yet: open two articles first"), 5000)
        return None
    for previous in window.findChildren(ExportDialog):
        if not previous.job.busy:
            previous.deleteLater()
    dialog = ExportDialog(window, window.settings)
    # The dialog finds its window as its parent: no reference back that could form a cycle.
    dialog.exported.connect(dialog.said_exported)
    dialog.open()
    return dialog


def latest(window) -> ExportDialog | None:
    """The export dialog opened last (an earlier one may still be writing its file)."""
    dialogs = window.findChildren(ExportDialog)
    return dialogs[-1] if dialogs else None
