"""The status line's one writer: each message in its own area beside the permanent summary,
elided with the whole text (and the ones before it) in the tooltip; a message that matters
stays readable until a newer one that matters replaces it."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QStatusBar, QWidget

from desktop.ui.elided import ElidedLabel

LASTING_MS = 10_000  # messages shown this long or longer matter (problems, files written)
KEPT = 6  # earlier messages listed in the tooltip
SUMMARY_SHARE = 0.45  # of the bar's width the summary may take while a message is shown
UNLIMITED = 16_777_215  # Qt's QWIDGETSIZE_MAX


class MessageBar(QStatusBar):
    """A QStatusBar whose showMessage writes to a label of its own: it never paints over the
    permanent widgets, and a short message gives way to the lasting one shown before it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("status")
        self.line = ElidedLabel()
        self.line.setObjectName("message")
        self.addWidget(self.line, 1)
        self.summary: QWidget | None = None  # gives way to a message (set by the window)
        self.lasting = ""  # the newest message that matters
        self.recent: list[str] = []
        self._expiry = QTimer(self, singleShot=True)
        self._expiry.timeout.connect(lambda: self._show(self.lasting))

    def showMessage(self, text: str, timeout: int = 0) -> None:  # noqa: N802 - Qt's name
        text = " ".join(text.split())  # one line: a path or a reason with a line break in it
        if text:
            self.recent = [text, *(m for m in self.recent if m != text)][:KEPT]
        if not timeout or timeout >= LASTING_MS:
            self.lasting = text
            self._expiry.stop()
        else:
            self._expiry.start(timeout)
        self._show(text)

    def clearMessage(self) -> None:  # noqa: N802 - Qt's name
        """The passing message goes; one that matters stays."""
        self._expiry.stop()
        self._show(self.lasting)

    def forget(self) -> None:
        """The lasting message no longer holds (the state it described is over)."""
        self.lasting = ""
        self.clearMessage()

    def currentMessage(self) -> str:  # noqa: N802 - Qt's name
        return self.line.text()

    def _show(self, text: str) -> None:
        self.line.setText(text)
        self._share()
        earlier = [m for m in self.recent if m != text]
        self.line.setToolTip("Earlier:\n" + "\n".join(earlier) if earlier else "")

    def _share(self) -> None:
        """While a message is shown the summary keeps under half the bar, so neither cuts
        into the other; without one it has the whole width."""
        if self.summary is not None:
            cap = max(200, int(self.width() * SUMMARY_SHARE)) if self.line.text() else UNLIMITED
            self.summary.setMaximumWidth(cap)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._share()
