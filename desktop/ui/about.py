"""The About dialog: version, licence, and the licences of the libraries Twofold ships with."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

from desktop import __version__
from desktop.paths import ROOT
from desktop.ui.i18n import tr

LICENCES_FILE = "THIRD-PARTY-LICENSES.md"


def licences_text() -> str:
    """The shipped licence list (beside the frozen app, or in packaging/ in a checkout)."""
    for path in (ROOT / LICENCES_FILE, ROOT / "packaging" / LICENCES_FILE):
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return tr("The licence list is missing from this installation.")


class AboutDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("About Twofold"))
        layout = QVBoxLayout(self)
        header = QLabel(
            tr(
                "Twofold {version}\n"
                "Compare two news articles sentence by sentence: what both report, "
                "and what only one source says.\n"
                "Licence: GPL-3.0-or-later. Qt and PySide6 are used under the LGPL-3.0; "
                "see below for how to get their source.",
                version=__version__,
            )
        )
        header.setTextFormat(Qt.TextFormat.PlainText)
        header.setWordWrap(True)
        layout.addWidget(header)
        self.licences = QPlainTextEdit(licences_text())
        self.licences.setObjectName("licences")
        self.licences.setReadOnly(True)
        self.licences.setMinimumSize(640, 320)
        layout.addWidget(self.licences)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
