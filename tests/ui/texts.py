"""Every text a user can read in the window: its parts, menus, overlay, palette and dialogs."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from PySide6.QtGui import Qt, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QTableWidget,
    QTextEdit,
    QTreeView,
    QWidget,
)

from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.ui import marks
from desktop.ui.about import AboutDialog
from desktop.ui.export_dialog import open_export
from desktop.ui.library import Library
from desktop.ui.note_editor import NoteEditor
from desktop.ui.web_open import ask_address

Texts = list[tuple[str, str]]  # (where, text)
# Article text and file contents are data, never translated: not collected.
DATA = {"left-pane", "right-pane", "note-heading"}


def plain(text: str) -> str:
    if Qt.mightBeRichText(text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def of_widget(widget: QWidget) -> list[str]:
    """What `widget` says: its text, title, tooltip, placeholder, items, headers."""
    out = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLabel | QAbstractButton) and widget.objectName() not in DATA:
        out.append(widget.text())
    if isinstance(widget, QLineEdit | QTextEdit | QPlainTextEdit):
        out.append(widget.placeholderText())
    if isinstance(widget, QTextEdit) and widget.objectName() not in DATA:
        out.append(widget.toPlainText())
    if isinstance(widget, QComboBox):
        out += [widget.itemText(i) for i in range(widget.count())]
    if isinstance(widget, QListWidget):
        out += [widget.item(i).text() for i in range(widget.count())]
    if isinstance(widget, QTreeView) and widget.model() is not None:
        model = widget.model()
        out += [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                index = model.index(row, column)
                out += [str(index.data() or ""), str(index.data(Qt.ItemDataRole.ToolTipRole) or "")]
    if isinstance(widget, QTableWidget):
        for column in range(widget.columnCount()):
            header = widget.horizontalHeaderItem(column)
            out.append(header.text() if header else "")
            for row in range(widget.rowCount()):
                cell = widget.item(row, column)
                if cell is not None and column:  # the title column is the user's own text
                    out.append(cell.text())
    if isinstance(widget, QProgressBar):
        out.append(widget.format())
    if isinstance(widget, QMessageBox):
        out += [widget.text(), widget.informativeText()]
    return out


def of_tree(where: str, widget: QWidget, skip: tuple[QWidget, ...] = ()) -> Texts:
    out: Texts = []
    for part in [widget, *widget.findChildren(QWidget)]:
        if part.objectName() == "licences" or any(s is part or s.isAncestorOf(part) for s in skip):
            continue
        out += [(where, plain(text)) for text in of_widget(part) if text]
    return out


def of_menu(where: str, menu: QMenu) -> Texts:
    out: Texts = [(where, menu.title())]
    for action in menu.actions():
        if action.menu() is not None:
            out += of_menu(f"{where} > {action.text()}", action.menu())
        elif action.text():
            out += [(where, action.text()), (where, action.toolTip())]
    return out


def boxes(where: str) -> Texts:
    """The message boxes open now, then closed."""
    out: Texts = []
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.isVisible():
            out += of_tree(where, box)
            box.close()
    return out


def walk(make_window, qtbot, db_path: Path, tmp_path: Path) -> Texts:
    """Drives one window through what a user sees: empty, comparing, every menu, the overlay,
    the palette, a label and a note, link mode, each dialog, an error, the rescue offer."""
    from desktop.review.session import open_database

    window = make_window(left=None, right=None)
    seen = of_tree("empty window", window)
    window.use_store(*open_database(db_path))
    # Copies, under the same names, so the right one can change later (a new version).
    left, right = tmp_path / SEED_LEFT.name, tmp_path / SEED_RIGHT.name
    shutil.copy(SEED_LEFT, left)
    shutil.copy(SEED_RIGHT, right)
    window.open_paths(left, right)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    pair = next(n for n, item in enumerate(window.items) if item.pair)
    unique = next(n for n, item in enumerate(window.items) if item.pair is None)
    for index in (pair, unique):
        window.select_item(index)
        seen += of_tree("window", window, skip=(window.overlay,))
    for action in window.menuBar().actions():
        seen += of_menu(action.text(), action.menu())
    window.toggle_overlay()
    seen += of_tree("overlay", window.overlay)
    window.toggle_overlay()
    window.open_palette()
    seen += of_tree("palette", window.palette_dialog)
    window.palette_dialog.close()

    window.select_item(pair)
    window.run_command("label-2")
    seen.append(("status", window.statusBar().currentMessage()))
    window.run_command("undo")
    seen.append(("status", window.statusBar().currentMessage()))
    window.run_command("redo")
    window.run_command("edit-note")
    editor = window.findChild(NoteEditor)
    seen += of_tree("note editor", editor)
    editor.text.setPlainText("Pressestelle anrufen")
    editor.save()
    seen.append(("status", window.statusBar().currentMessage()))
    annotation = window.current_annotations()[window.current_item.key]
    seen += [("review mark", plain(marks.tooltip(annotation)))]
    seen += of_tree("detail", window.detail)
    window.run_command("mark-reviewed")
    seen += of_tree("status bar", window.statusBar())
    window.select_item(len(window.items) - 1)
    window.run_command("mark-reviewed")
    seen.append(("status", window.statusBar().currentMessage()))

    # The quotations: the list, the next one's detail and status.
    qtbot.waitUntil(lambda: window.ws.quotes is not None, timeout=20000)
    window.run_command("quotes-list")
    seen += of_tree("quotations", window.quote_panel)
    window.run_command("next-quote")
    seen += of_tree("quotations", window.detail) + [("status", window.statusBar().currentMessage())]
    window.panes[window.active_side].setFocus()

    # Differences only, zoom, the detail panel folded, find, a run of items: what each says.
    for name in ("differences-only", "differences-only", "zoom-in", "zoom-reset", "toggle-detail"):
        window.run_command(name)
        seen.append(("status", window.statusBar().currentMessage()))
    window.run_command("toggle-detail")
    window.run_command("find")
    window.find_bar.field.setText("Kooperation")
    window.find_bar.searched.emit("Kooperation")
    seen += of_tree("find", window.find_bar)
    window.find_bar.searched.emit("Zebrastreifen")
    seen += of_tree("find", window.find_bar) + [("status", window.statusBar().currentMessage())]
    window.find_bar.close_bar()
    window.select_item(pair)
    window.run_command("extend-next")
    window.run_command("extend-next")
    seen.append(("status", window.statusBar().currentMessage()))
    window.run_command("mark-reviewed")
    seen.append(("status", window.statusBar().currentMessage()))
    window.run_command("undo")

    window.select_item(pair)
    window.run_command("link-sentences")
    seen += of_tree("link mode", window.statusBar()) + of_tree("link mode", window.detail)
    window.run_command("link-cancel")
    seen.append(("status", window.statusBar().currentMessage()))

    export = open_export(window)
    seen += of_tree("export", export)
    export.reject()
    window.run_command("library")
    library = window.findChild(Library)
    seen += of_tree("library", library)
    library.search.setText("kein Treffer")
    seen += of_tree("library", library.empty)
    library.search.clear()
    library.delete_selected()
    seen += of_tree("library", library.confirm_box)
    library.confirm_box.close()
    library.close()
    address = ask_address(window)
    seen += of_tree("open address", address)
    address.reject()
    window.run_command("about")
    about = window.findChild(AboutDialog)
    seen += of_tree("about", about)
    about.reject()

    seen += new_version(window, qtbot, left, right)
    window.load_side("left", tmp_path / "fehlt.txt")
    seen += boxes("error")
    (tmp_path / "leer.txt").write_text(" ")
    window.load_side("left", tmp_path / "leer.txt")
    seen += boxes("error")
    db_path.unlink()
    window.run_command("label-4")
    seen.append(("status", window.statusBar().currentMessage()))
    seen += boxes("rescue offer")
    window.rescue.ask_close = lambda _message: "discard"  # closing would ask, modally
    return [(where, text) for where, text in seen if text.strip()]


def new_version(window, qtbot, left: Path, right: Path) -> Texts:
    """The right article changed since its review: the question, the carried review, the
    changed sentence in the detail panel, the library's versions."""
    from desktop.ui.version_offer import NAME

    text = right.read_text(encoding="utf-8")
    right.write_text(text.replace("hochrangige", "neue hochrangige"), encoding="utf-8")
    window.open_paths(left, right)
    qtbot.waitUntil(lambda: window.findChild(QMessageBox, NAME) is not None, timeout=20000)
    box = window.findChild(QMessageBox, NAME)
    seen = of_tree("version offer", box)
    box.choices["carry"].click()
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    seen.append(("status", window.statusBar().currentMessage()))
    sid = next(s.id for s in window.articles["right"].sentences if "neue hochrangige" in s.text)
    window.select_sentence("right", sid)
    seen += of_tree("detail", window.detail)
    window.run_command("library")
    library = window.findChild(Library)
    library.reload()
    seen += of_tree("library", library)
    library.close()
    return seen


# A word cut short by "…" (an excerpt of an article) is data: not taken.
WORD = re.compile(r"(?<![A-Za-zÄÖÜäöüß])[A-Za-zÄÖÜäöüß]{2,}(?![A-Za-zÄÖÜäöüß…])")
PATHS = re.compile(r"\S*[/\\]\S*")  # file paths and addresses are data
HASHES = re.compile(r"\b[0-9a-f]{16,}\b")  # the fingerprints in the titles' tooltips
SUFFIXES = re.compile(r"\.[a-z]{2,4}\b")  # ".md", ".docx"


def words(text: str) -> set[str]:
    text = SUFFIXES.sub(" ", HASHES.sub(" ", PATHS.sub(" ", text)))
    return {w.lower() for w in WORD.findall(text)}
