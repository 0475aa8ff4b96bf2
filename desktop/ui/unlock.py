"""A read-only window (another Twofold was writing) offers "Open for editing" as soon as the
database is free, and says it is read-only in its title until then."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QPushButton

from desktop.review.changes import Changes
from desktop.review.session import open_database
from desktop.store.errors import IN_USE
from desktop.store.locking import is_free

POLL_MS = 2000


class Unlock(QObject):
    """Looks every POLL_MS whether the lock a read-only window waits for is free."""

    def __init__(self, window):
        super().__init__(window)
        self.button = QPushButton("Open for editing")
        self.button.setObjectName("open-for-editing")
        self.button.setToolTip("The other Twofold closed: save labels, notes and links again")
        self.button.clicked.connect(self.reopen)
        self.button.hide()
        window.statusBar().addPermanentWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def _window(self):
        return self.parent()

    def waiting(self) -> bool:
        """Read-only only because another Twofold writes (not a read-only file)."""
        store = self._window().ws.store
        return store is not None and store.read_only and store.why_read_only == IN_USE

    def poll(self) -> None:
        free = self.waiting() and is_free(self._window().ws.store.path)
        self.button.setVisible(free)

    def reopen(self) -> None:
        """The same database, for writing now; the comparison on screen is resumed."""
        window = self._window()
        old = window.ws.store
        if old is None:
            return
        path = old.path
        old.close()
        store, message = open_database(path)
        self.button.hide()
        window.statusBar().forget()  # "read-only" no longer holds
        window.use_store(store, message)
        if store is not None and not store.read_only:
            window.perform(Changes(notice=f"Open for editing: changes are saved in {path.name}"))
