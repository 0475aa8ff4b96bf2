"""Dropping onto a pane: a file replaces that side's article, dropped text becomes one."""

from __future__ import annotations


class DropTarget:
    """A mixin of ArticlePane: it emits the pane's `fileDropped` and `textDropped` signals."""

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
