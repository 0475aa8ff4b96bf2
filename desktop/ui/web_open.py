"""Opening web addresses: the address dialog and downloads that never block the window."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.errors import InputError
from desktop.engine.load import load_article
from desktop.engine.sources.address import is_address, normalise_address
from desktop.ui.i18n import tr
from desktop.ui.jobs import Background

SIDES = ("left", "right")


def open_filter() -> str:
    """The Open dialog's filter: every kind of file Twofold reads, then all files."""
    from desktop.engine.sources import SUFFIXES

    patterns = " ".join(f"*{suffix}" for suffix in SUFFIXES)
    return tr("Articles ({patterns});;All files (*)", patterns=patterns)


class Fetcher(QObject):
    """Reads addresses for either side on background threads, one download per side.

    `loaded(side, article)` or `failed(side, message)` follow each `fetch`; a cancelled or
    superseded download's answer is dropped.
    """

    loaded = Signal(str, object)
    failed = Signal(str, str)
    busyChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.jobs = {side: Background(self, detached=True) for side in SIDES}
        self.addresses = {side: "" for side in SIDES}
        for side, job in self.jobs.items():
            job.done.connect(lambda article, s=side: self._done(s, article))
            job.failed.connect(lambda exc, s=side: self._failed(s, exc))

    @property
    def busy(self) -> bool:
        return any(job.busy for job in self.jobs.values())

    def pending(self) -> list[str]:
        return [self.addresses[side] for side in SIDES if self.jobs[side].busy]

    def address_pending(self, side: str) -> str:
        """The address still downloading for `side`, or ""."""
        return self.addresses[side] if self.jobs[side].busy else ""

    def fetch(self, side: str, address: str) -> None:
        self.addresses[side] = address
        self.jobs[side].start(lambda: load_article(address))
        self.busyChanged.emit(True)

    def cancel(self) -> None:
        self.drop(*SIDES)

    def drop(self, *sides: str) -> None:
        """Stop waiting for the downloads for `sides`; their answers are ignored."""
        dropped = [side for side in sides if self.jobs[side].busy]
        for side in dropped:
            self.jobs[side].cancel()
        if dropped:
            self.busyChanged.emit(self.busy)

    def _done(self, side: str, article: object) -> None:
        self.loaded.emit(side, article)
        self.busyChanged.emit(self.busy)

    def _failed(self, side: str, exc: object) -> None:
        self.busyChanged.emit(self.busy)
        if isinstance(exc, InputError):
            message = tr("Cannot open {name}: {problem}", name=exc.source, problem=exc.problem)
        else:
            message = tr(
                "Cannot open {name}: {problem}", name=self.addresses[side], problem=str(exc)
            )
        self.failed.emit(side, message)


class FetchStatus(QWidget):
    """Status-bar indicator while addresses download: what, a busy bar and Cancel."""

    def __init__(self, fetcher: Fetcher, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fetch-status")
        self.fetcher = fetcher
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # a download has no steps to count: a busy indicator
        self.bar.setMaximumWidth(120)
        self.cancel = QPushButton(tr("Cancel"))
        self.cancel.setToolTip(tr("Stop waiting for the download; the article shown stays"))
        self.cancel.clicked.connect(fetcher.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel):
            row.addWidget(widget)
        fetcher.busyChanged.connect(self.refresh)
        self.hide()

    def refresh(self, _busy: bool = False) -> None:
        pending = self.fetcher.pending()
        if pending:
            if len(pending) > 1:
                self.label.setText(tr("Reading {count} articles…", count=len(pending)))
            else:
                what = pending[0][-70:]
                if is_address(pending[0]):
                    self.label.setText(tr("Fetching {address}…", address=what))
                else:
                    self.label.setText(tr("Reading {file}…", file=what))
        self.setVisible(bool(pending))


class AddressDialog(QDialog):
    """Asks for a web address and which side it goes to (the focused pane by default)."""

    def __init__(self, parent: QWidget | None, side: str = "left", address: str = ""):
        super().__init__(parent)
        self.setWindowTitle(tr("Open web address"))
        self.setObjectName("address-dialog")
        self.address = QLineEdit(address)
        self.address.setPlaceholderText("https://www.example.org/article")
        self.address.setMinimumWidth(460)
        self.address.setAccessibleName(tr("Web address"))
        self.sides = {"left": QRadioButton(tr("&Left")), "right": QRadioButton(tr("&Right"))}
        group = QButtonGroup(self)
        choice = QHBoxLayout()
        for button in self.sides.values():
            group.addButton(button)
            choice.addWidget(button)
        choice.addStretch(1)
        self.sides[side if side in SIDES else "left"].setChecked(True)
        form = QFormLayout()
        form.addRow(tr("&Address"), self.address)
        form.addRow(tr("Open on the"), choice)
        hint = QLabel(tr("The page is downloaded once; its text and address are kept with it."))
        hint.setEnabled(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.address.textChanged.connect(self._check)
        self._check()

    @property
    def side(self) -> str:
        return next(side for side, button in self.sides.items() if button.isChecked())

    @property
    def location(self) -> str:
        return normalise_address(self.address.text())

    def fetch(self) -> None:
        """Accepted: the window downloads the address for the chosen side."""
        self.parentWidget().fetch(self.side, self.location)

    def _check(self) -> None:
        ok = is_address(self.location)
        self.buttons.button(QDialogButtonBox.StandardButton.Open).setEnabled(ok)


def ask_address(window) -> AddressDialog:
    """Ctrl+Shift+O: the address dialog; accepting starts the download for the chosen side."""
    dialog = AddressDialog(window, window.active_side)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(dialog.fetch)
    dialog.open()
    return dialog
