"""Keyboard review: labels, notes, reviewed marks and hand-made links, saved and undoable."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape

from PySide6.QtGui import QTextCursor, QUndoStack
from PySide6.QtWidgets import QLabel, QMenu

from desktop.engine.boilerplate import boilerplate_ids
from desktop.engine.items import Item, item_key
from desktop.engine.models import Article
from desktop.store.errors import ReadOnlyStore, StoreError
from desktop.store.records import LABEL_KEYS, LABELS, Annotation
from desktop.store.store import Store
from desktop.ui.changes import Changes
from desktop.ui.commands import register
from desktop.ui.link_mode import LinkMode
from desktop.ui.marks import NOTE_GLYPH, ReviewStrip, label_chip_html
from desktop.ui.note_editor import NoteEditor
from desktop.ui.session import Session
from desktop.ui.undo import AnnotationCommand, OverrideCommand

SIDES = ("left", "right")
MENU = (
    "mark-reviewed",
    "next-unreviewed",
    *(f"label-{d}" for d in LABEL_KEYS),
    "edit-note",
    "link-sentences",
    "unlink-pair",
    "undo",
    "redo",
    "library",
)


class Review:
    """The window's review state: the store session, the undo stack and the review marks."""

    def __init__(self, window):
        self.window = window
        self.store: Store | None = None
        self.session: Session | None = None
        self.problem = ""  # why nothing is saved, when a store could not be used
        self.pending_position = ""
        self.undo_stack = QUndoStack(window)
        self.undo_stack.setUndoLimit(0)
        # Told after each action is committed (the crash-safety test hook listens here).
        self.on_done: Callable[[str], None] | None = None
        self.strips = {side: ReviewStrip(window.panes[side]) for side in SIDES}
        self.progress = QLabel()
        self.progress.setObjectName("review-progress")
        window.statusBar().addPermanentWidget(self.progress)
        self.link_mode = LinkMode(window, self.link)
        self.library_dialog = None
        bar = window.menuBar()
        menu = QMenu("&Review", bar)
        for name in MENU:
            menu.addAction(window.actions_by_name[name])
        # Before Help, which stays last.
        bar.insertMenu(bar.actions()[-1], menu)

    # -- the database ------------------------------------------------------------------------
    def use_store(self, store: Store | None, message: str = "") -> None:
        """The database this window saves to (None: none could be used; `message` says why)."""
        self.store = store
        self.problem = message if store is None else ""
        if message:
            self.window.report_error(message)
        if self.window.articles["left"] and self.window.articles["right"]:
            self.articles_changed()
            if self.window.comparison is not None:
                self.window.realign()

    def close(self) -> None:
        self.session = None
        if self.store is not None:
            self.store.close()
            self.store = None

    def articles_changed(self) -> None:
        """Both articles are set: resume (or start) their saved comparison before aligning."""
        self.undo_stack.clear()
        self.session = None
        self.pending_position = ""
        left, right = self.window.articles["left"], self.window.articles["right"]
        if self.store is None or left is None or right is None:
            self._refresh_progress()
            return
        try:
            self.session = Session.attach(self.store, left, right)
        except ReadOnlyStore:
            self.problem = (
                "This comparison is not in the review database, which is read-only here; "
                "nothing is saved in this window."
            )
            self.window.statusBar().showMessage(self.problem, 15000)
            self._refresh_progress()
            return
        except StoreError as error:
            self.problem = f"{error} Nothing is saved in this window."
            self.window.report_error(self.problem)
            self._refresh_progress()
            return
        for side, article_id in zip(
            SIDES,
            (self.session.record.left_article_id, self.session.record.right_article_id),
            strict=True,
        ):
            self.window.articles[side] = reviewed_sentences(
                self.window.articles[side], self.store.article(article_id)
            )
        self.pending_position = self.session.record.position
        self.window.set_threshold(self.session.record.threshold)

    def overrides(self) -> dict[str, object]:
        return self.session.overrides() if self.session is not None else {}

    def aligned(self) -> None:
        """After each alignment: save it, and on the first one go back to where the review was."""
        window = self.window
        if self.session is not None and not self.session.read_only:
            try:
                self.session.save_alignment(window.comparison, window.items)
            except StoreError as error:
                window.statusBar().showMessage(f"The alignment was not saved: {error}", 15000)
        if self.pending_position:
            keys = [item.key for item in window.items]
            position, self.pending_position = self.pending_position, ""
            if position in keys:
                window.select_item(keys.index(position))

    def refresh(self, changes: Changes) -> None:
        """Marks, detail and progress follow the window; the position is remembered."""
        if not (changes.alignment or changes.selection or changes.annotations):
            return
        window = self.window
        annotations = self.session.annotations if self.session else {}
        marks: dict[str, dict[int, Annotation]] = {"left": {}, "right": {}}
        for item in window.items:
            annotation = annotations.get(item.key)
            if annotation is not None:
                if item.left:
                    marks["left"][item.left[0]] = annotation
                if item.right:
                    marks["right"][item.right[0]] = annotation
        for side in SIDES:
            self.strips[side].set_marks(marks[side])
        item = window.current_item
        if item is not None:
            self._decorate_detail(annotations.get(item.key))
            if changes.selection or changes.alignment:  # an annotation alone does not move
                self._remember_position(item.key)
        self._refresh_progress()

    def _remember_position(self, key: str) -> None:
        session = self.session
        if session is None or session.read_only or self.pending_position:
            return
        try:
            session.set_position(key)
        except StoreError as error:
            self.window.statusBar().showMessage(f"The position was not saved: {error}", 8000)

    def _decorate_detail(self, annotation: Annotation | None) -> None:
        if annotation is None:
            return
        parts = []
        if annotation.label:
            parts.append(label_chip_html(annotation.label))
        if annotation.reviewed:
            parts.append("✓ reviewed")
        if annotation.note:
            note = escape(annotation.note).replace("\n", "<br>")
            parts.append(f"{NOTE_GLYPH} <i>{note}</i>")
        if parts:
            cursor = QTextCursor(self.window.detail.document())
            cursor.movePosition(QTextCursor.MoveOperation.Start)
            cursor.insertHtml("<p>" + " · ".join(parts) + "</p>")
            cursor.insertBlock()

    def _refresh_progress(self) -> None:
        if self.session is None:
            self.progress.setText("Not saved" if self.problem else "")
            self.progress.setToolTip(self.problem)
            return
        done, total = self.session.progress([item.key for item in self.window.items])
        suffix = " · read-only" if self.session.read_only else ""
        self.progress.setText(f"{done} / {total} reviewed{suffix}")
        self.progress.setToolTip(self.problem or f"Saved in {self.store.path}")

    # -- outcome of an action ----------------------------------------------------------------
    def fail(self, message: str) -> None:
        self.window.report_error(message)

    def _done(self, what: str) -> None:
        self.window.statusBar().showMessage(what, 3000)
        if self.on_done is not None:
            self.on_done(what)

    def replayed(self, what: str, key: str, realigns: bool) -> None:
        """After undo/redo wrote to the store: show the result at the item it touched."""
        if realigns:
            self.window.realign()
        keys = [item.key for item in self.window.items]
        if key in keys:
            self.window.select_item(keys.index(key))
        else:
            self.window.apply(Changes(annotations=True))
        self._done(what)

    def _writable(self) -> bool:
        if self.session is not None and not self.session.read_only:
            return True
        if self.session is not None:
            message = str(ReadOnlyStore())
        elif self.window.comparison is None:
            message = "Open two articles first."
        else:
            message = self.problem or "Reviews are not saved in this window."
        self.window.last_error = message
        self.window.statusBar().showMessage(message, 8000)
        return False

    def _target(self) -> Item | None:
        item = self.window.current_item
        if item is None and self.window.items:
            self.window.select_item(0)
            item = self.window.current_item
        return item

    # -- annotations -------------------------------------------------------------------------
    def annotate(self, what: str, key: str, **changes: object) -> bool:
        """Write first; only a committed change is pushed for undo and shown."""
        try:
            before, after = self.session.change(key, **changes)
        except StoreError as error:
            self.fail(f"{what} was not saved: {error}")
            return False
        self.undo_stack.push(AnnotationCommand(self, what, key, before, after))
        self.window.apply(Changes(annotations=True))
        self._done(what)
        return True

    def note_current(self, text: str) -> bool:
        """Set the current item's note without the editor (the test hook uses this)."""
        if not self._writable() or (item := self._target()) is None:
            return False
        return self.annotate("Note saved" if text else "Note cleared", item.key, note=text)

    def toggle_label(self, digit: str) -> None:
        if not self._writable() or (item := self._target()) is None:
            return
        label = LABEL_KEYS[digit]
        current = self.session.annotations.get(item.key)
        new = None if current is not None and current.label == label else label
        what = f"Label: {LABELS[new]}" if new else "Label cleared"
        self.annotate(what, item.key, label=new)

    def mark_reviewed(self) -> None:
        if not self._writable() or (item := self._target()) is None:
            return
        current = self.session.annotations.get(item.key)
        window = self.window
        last = window.current >= len(window.items) - 1
        # The mark and the move to the next item are one commit: one key, one user action.
        following = None if last else window.items[window.current + 1].key
        if (current is None or not current.reviewed) and not self.annotate(
            "Marked reviewed", item.key, reviewed=True, position=following
        ):
            return
        if not last:
            self.window.move(1)
        else:
            self.window.statusBar().showMessage("Last item reviewed", 3000)

    def next_unreviewed(self) -> None:
        window = self.window
        if not window.items:
            return
        annotations = self.session.annotations if self.session else {}
        count = len(window.items)
        start = window.current if window.current >= 0 else -1
        for step in range(1, count + 1):
            index = (start + step) % count
            annotation = annotations.get(window.items[index].key)
            if annotation is None or not annotation.reviewed:
                window.select_item(index)
                return
        window.statusBar().showMessage(f"All {count} items are reviewed", 4000)

    def edit_note(self) -> None:
        if not self._writable() or (item := self._target()) is None:
            return
        current = self.session.annotations.get(item.key)
        heading = describe(self.window, item)
        key, session = item.key, self.session

        def save(text: str) -> bool:
            if self.session is not session:
                self.fail("Another comparison is open now; the note was not saved.")
                return False
            before = self.session.annotations.get(key)
            if (before.note if before else "") == text:
                return True
            return self.annotate("Note saved" if text else "Note cleared", key, note=text)

        self.note_editor = NoteEditor(self.window, heading, current.note if current else "", save)
        self.note_editor.open()

    # -- links -------------------------------------------------------------------------------
    def start_link(self) -> None:
        if not self._writable() or (item := self._target()) is None:
            return
        if not item.left:
            self.window.statusBar().showMessage(
                "Select a left sentence to link (this item is only in the right article)", 6000
            )
            return
        self.link_mode.start(item.left, self._candidate(item))

    def _candidate(self, item: Item) -> int:
        if item.right:
            return item.right[0]
        # A left-only sentence: start just after the right side of the item before it.
        for earlier in reversed(self.window.items[: self.window.current]):
            if earlier.right:
                return max(earlier.right) + 1
        return 0

    def link(self, left: tuple[int, ...], right: tuple[int, ...]) -> None:
        """Link these left sentences to these right ones by hand; hand-made links that shared
        a sentence with them are dropped in the same transaction."""
        if not self._writable():
            return
        changes = [
            (m.left, m.right, None)
            for m in self.session.overrides()["manual"]
            if set(m.left) & set(left) or set(m.right) & set(right)
        ]
        changes.append((tuple(left), tuple(right), "link"))
        key = item_key("pair", tuple(left), tuple(right))
        self._override("Linked by hand", key, changes)

    def unlink(self) -> None:
        if not self._writable() or (item := self._target()) is None:
            return
        if item.pair is None:
            self.window.statusBar().showMessage("This sentence is not linked to anything", 4000)
            return
        self._override("Unlinked", item.key, [(item.left, item.right, "unlink")])

    def _override(self, what: str, key: str, changes) -> None:
        try:
            before = self.session.set_overrides(changes)
        except StoreError as error:
            self.fail(f"{what} was not saved: {error}")
            return
        self.undo_stack.push(OverrideCommand(self, what, key, before, changes))
        self.window.realign()
        keys = [item.key for item in self.window.items]
        if key in keys:
            self.window.select_item(keys.index(key))
        self._done(what)

    # -- undo --------------------------------------------------------------------------------
    def undo(self) -> None:
        if not self.undo_stack.canUndo():
            self.window.statusBar().showMessage("Nothing to undo", 3000)
            return
        self.undo_stack.undo()

    def redo(self) -> None:
        if not self.undo_stack.canRedo():
            self.window.statusBar().showMessage("Nothing to redo", 3000)
            return
        self.undo_stack.redo()

    # -- library -----------------------------------------------------------------------------
    def open_library(self) -> None:
        if self.store is None:
            self.window.report_error(self.problem or "No review database is open.")
            return
        from desktop.ui.library import Library

        if self.library_dialog is None:
            self.library_dialog = Library(self.window, self.store, self.open_saved)
        self.library_dialog.reload()
        self.library_dialog.show()
        self.library_dialog.activateWindow()
        self.library_dialog.search.setFocus()

    def comparison_renamed(self, comparison_id: int) -> None:
        if self.session is not None and self.session.id == comparison_id:
            self.session.record = self.store.comparison(comparison_id)

    def comparison_deleted(self, comparison_id: int) -> None:
        """The comparison on screen was deleted: keep showing it, saving nothing more."""
        if self.session is not None and self.session.id == comparison_id:
            self.session = None
            self.undo_stack.clear()
            self.problem = "This comparison was deleted from the library; changes are not saved."
            self.window.apply(Changes(annotations=True))

    def open_saved(self, comparison_id: int) -> bool:
        """Open a saved comparison from its stored articles (the sentences it was reviewed with)."""
        try:
            record = self.store.comparison(comparison_id)
            left, right = (
                stored_article(self.store, record.left_article_id),
                stored_article(self.store, record.right_article_id),
            )
        except StoreError as error:
            self.fail(str(error))
            return False
        self.window.set_articles(left=left, right=right)
        return True


def stored_article(store: Store, article_id: int) -> Article:
    article = store.article(article_id)
    ids = boilerplate_ids([s.text for s in article.sentences], article.language)
    return replace(article, boilerplate=ids)


def reviewed_sentences(loaded: Article, stored: Article) -> Article:
    """The loaded article, with the sentences its saved review used if splitting changed since
    (item keys name sentence ids)."""
    if [(s.start, s.end) for s in loaded.sentences] == [(s.start, s.end) for s in stored.sentences]:
        return loaded
    ids = boilerplate_ids([s.text for s in stored.sentences], stored.language)
    return replace(loaded, sentences=stored.sentences, boilerplate=ids)


def describe(window, item: Item) -> str:
    texts = []
    for side, ids in (("left", item.left), ("right", item.right)):
        article = window.articles[side]
        if ids and article is not None:
            texts.append(" ".join(article.sentences[i].text for i in ids))
    text = " ↔ ".join(texts)
    return text if len(text) <= 300 else text[:297] + "…"


def _review(window) -> Review:
    return window.review


@register("mark-reviewed", "Mark the current item reviewed and go to the next one")
def mark_reviewed(window) -> None:
    _review(window).mark_reviewed()


@register("next-unreviewed", "Go to the next item not yet reviewed")
def next_unreviewed(window) -> None:
    _review(window).next_unreviewed()


def _label_command(digit: str, label: str) -> None:
    @register(f"label-{digit}", f"Label: {LABELS[label]} (again to clear)")
    def toggle(window) -> None:
        _review(window).toggle_label(digit)


for _digit, _label in LABEL_KEYS.items():
    _label_command(_digit, _label)


@register("edit-note", "Write a note on the current item (Ctrl+Return saves, Esc cancels)")
def edit_note(window) -> None:
    _review(window).edit_note()


@register(
    "link-sentences", "Link the left sentence to right ones by hand (J/K, Shift+J for more, Enter)"
)
def link_sentences(window) -> None:
    _review(window).start_link()


@register("unlink-pair", "Unlink the current pair (the aligner will not link them again)")
def unlink_pair(window) -> None:
    _review(window).unlink()


@register("undo", "Undo the last review action")
def undo(window) -> None:
    _review(window).undo()


@register("redo", "Redo the review action just undone")
def redo(window) -> None:
    _review(window).redo()


@register("library", "Saved comparisons: search notes, open, rename, delete")
def library(window) -> None:
    _review(window).open_library()
