"""Ctrl+E: the export dialog writes every format with the review, off the GUI thread."""

from __future__ import annotations

import csv
import io
import json
import threading
from html.parser import HTMLParser

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialogButtonBox

from desktop.engine.items import items
from desktop.export import FORMATS
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review.session import open_database
from desktop.store.records import Annotation
from desktop.ui import export_dialog
from tests.export.test_pdf import pdf_text, squash

RUBIO = "Außenminister Marco Rubio"
NOTE = "Beim Ministerium nachfragen"


def open_dialog(window, qtbot) -> export_dialog.ExportDialog:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.panes["left"], Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: export_dialog.latest(window) is not None)
    dialog = export_dialog.latest(window)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def save_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Save)


def export(dialog, qtbot, fmt: str, path) -> None:
    dialog.set_format(fmt)
    dialog.path.setText(str(path))
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)


def text_of(path, fmt: str) -> str:
    if fmt == "pdf":
        return pdf_text(path)
    if fmt == "docx":
        doc = Document(str(path))
        cells = [c.text for t in doc.tables for r in t.rows for c in r.cells]
        return squash(" ".join([p.text for p in doc.paragraphs] + cells))
    data = path.read_text(encoding="utf-8-sig")
    if fmt == "json":
        parsed = json.loads(data)
        return squash(" ".join(r["left_text"] + r["right_text"] for r in parsed["items"]))
    if fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(data)))
        return squash(" ".join(r["left_text"] + r["right_text"] for r in rows))
    if fmt == "html":
        chunks: list[str] = []
        parser = HTMLParser()
        parser.handle_data = chunks.append
        parser.feed(data)
        return squash(" ".join(chunks))
    return squash(data)


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_ctrl_e_writes_each_format_and_the_status_bar_says_where(window, qtbot, tmp_path, fmt):
    dialog = open_dialog(window, qtbot)
    path = tmp_path / f"out{FORMATS[fmt].suffix}"
    export(dialog, qtbot, fmt, path)
    assert squash(RUBIO) in text_of(path, fmt)
    assert str(path) in window.statusBar().currentMessage()
    assert not dialog.isVisible()


def test_a_path_without_suffix_gets_the_formats_suffix(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    dialog.set_format("md")
    assert dialog.path.text().endswith(".md")
    dialog.set_format("docx")
    assert dialog.path.text().endswith(".docx")
    export(dialog, qtbot, "md", tmp_path / "bericht")
    assert (tmp_path / "bericht.md").exists()


def reviewed_one(window, monkeypatch) -> str:
    key = items(window.comparison)[0].key
    note = Annotation(key, label="verify", note=NOTE, reviewed=True)
    monkeypatch.setattr(window, "current_annotations", lambda: {key: note}, raising=False)
    return key


@pytest.mark.parametrize("include", [True, False])
def test_unreviewed_items_are_left_out_when_asked(window, qtbot, tmp_path, monkeypatch, include):
    key = reviewed_one(window, monkeypatch)
    dialog = open_dialog(window, qtbot)
    dialog.unreviewed.setChecked(include)
    export(dialog, qtbot, "json", tmp_path / "r.json")
    rows = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["items"]
    noted = [r for r in rows if r["key"] == key]
    assert noted and noted[0]["note"] == NOTE
    assert len(rows) == (len(items(window.comparison)) if include else 1)


def test_extra_provenance_from_the_window_reaches_the_file(window, qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(window, "export_extra", lambda: {"reviewer": "K. Muster"}, raising=False)
    dialog = open_dialog(window, qtbot)
    export(dialog, qtbot, "json", tmp_path / "r.json")
    data = json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))
    assert data["provenance"]["extra"] == {"reviewer": "K. Muster"}


def test_unwritable_path_shows_the_problem_and_keeps_every_choice(window, qtbot, tmp_path):
    dialog = open_dialog(window, qtbot)
    dialog.set_format("pdf")
    dialog.unreviewed.setChecked(False)
    dialog.page_size.setCurrentText("Letter")
    bad = tmp_path / "no-such-folder" / "r.pdf"
    dialog.path.setText(str(bad))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.message.isVisible, timeout=20000)
    assert str(bad) in dialog.message.text() and "Could not write" in dialog.message.text()
    assert dialog.isVisible() and not dialog.busy.isVisible()
    assert (dialog.fmt, dialog.path.text(), dialog.unreviewed.isChecked()) == (
        "pdf",
        str(bad),
        False,
    )
    assert dialog.page_size.currentText() == "Letter"
    export(dialog, qtbot, "pdf", tmp_path / "r.pdf")
    # Nothing is reviewed and unreviewed items were left out: the articles' text is not listed.
    assert squash(RUBIO) not in pdf_text(tmp_path / "r.pdf")
    assert round(float(PdfReader(str(tmp_path / "r.pdf")).pages[0].mediabox.width)) == 612


def test_choices_and_folder_are_remembered(window, qtbot, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    dialog = open_dialog(window, qtbot)
    dialog.unreviewed.setChecked(False)
    export(dialog, qtbot, "csv", folder / "first.csv")
    again = open_dialog(window, qtbot)
    assert again is not dialog
    assert again.fmt == "csv" and not again.unreviewed.isChecked()
    assert again.path.text().startswith(str(folder)) and again.path.text().endswith(".csv")


def test_the_window_keeps_running_while_the_file_is_written(window, qtbot, tmp_path, monkeypatch):
    release = threading.Event()
    real = export_dialog.export.write

    def slow(*args, **kwargs):
        release.wait(20)
        return real(*args, **kwargs)

    monkeypatch.setattr(export_dialog.export, "write", slow)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    dialog = open_dialog(window, qtbot)
    dialog.set_format("html")
    dialog.path.setText(str(tmp_path / "r.html"))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.busy.isVisible() and not dialog.path.isEnabled()
    # The event loop goes on while the writer waits: the GUI thread is not blocked.
    qtbot.waitUntil(lambda: len(ticks) >= 5)
    assert not (tmp_path / "r.html").exists()
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        release.set()
    timer.stop()
    assert (tmp_path / "r.html").exists()


def test_nothing_to_export_before_two_articles(make_window, qtbot):
    window = make_window(left=None, right=None)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.panes["left"], Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert export_dialog.latest(window) is None
    assert "Nothing to export" in window.statusBar().currentMessage()


@pytest.mark.parametrize("replace", [True, False])
def test_an_existing_file_is_replaced_only_when_confirmed(
    window, qtbot, tmp_path, monkeypatch, replace
):
    path = tmp_path / "r.md"
    path.write_text("alte Fassung", encoding="utf-8")
    asked = []
    monkeypatch.setattr(
        export_dialog.ExportDialog,
        "confirm_replace",
        lambda self, p: asked.append(p) or replace,
    )
    dialog = open_dialog(window, qtbot)
    dialog.set_format("md")
    dialog.path.setText(str(path))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert asked == [path]
    if replace:
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
        assert RUBIO in path.read_text(encoding="utf-8")
    else:
        assert dialog.isVisible() and path.read_text(encoding="utf-8") == "alte Fassung"


def test_the_save_dialog_sets_the_suffix_and_its_choice_needs_no_second_question(
    window, qtbot, tmp_path, monkeypatch
):
    path = tmp_path / "bericht.docx"
    path.write_bytes(b"old")
    monkeypatch.setattr(
        export_dialog.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(tmp_path / "bericht"), "")),
    )
    monkeypatch.setattr(export_dialog.ExportDialog, "confirm_replace", lambda self, p: 1 / 0)
    dialog = open_dialog(window, qtbot)
    dialog.set_format("docx")
    dialog.choose_file()
    assert dialog.path.text() == str(path)
    with qtbot.waitSignal(dialog.exported, timeout=20000):
        qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert Document(str(path)).paragraphs


def test_the_dialog_says_how_many_items_the_file_will_list(window, qtbot, monkeypatch):
    reviewed_one(window, monkeypatch)
    total = len(items(window.comparison))
    dialog = open_dialog(window, qtbot)
    dialog.unreviewed.setChecked(True)
    assert dialog.counts.text().startswith(f"{total} of {total} items")
    dialog.unreviewed.setChecked(False)
    assert dialog.counts.text().startswith(f"1 of {total} items will be listed (1 reviewed)")
    monkeypatch.setattr(window, "current_annotations", lambda: {}, raising=False)
    dialog._count()
    assert "nothing is reviewed yet" in dialog.counts.text()


def test_the_dialog_lists_a_format_added_to_the_table(window, qtbot, monkeypatch):
    from tests.export.test_formats import PLAIN

    monkeypatch.setitem(FORMATS, "plain", PLAIN)
    dialog = open_dialog(window, qtbot)
    names = [dialog.format.itemText(i) for i in range(dialog.format.count())]
    assert names[-1] == "Plain text (.plain)" and len(names) == len(FORMATS)
    dialog.set_format("plain")
    assert dialog.path.text().endswith(".plain") and not dialog.page_size.isEnabled()


@pytest.mark.parametrize("suffix", ["", "-wal", "-shm"])
def test_the_review_database_and_its_companions_are_refused_as_targets(
    make_window, qtbot, tmp_path, suffix
):
    # The dialog gives every file its format's suffix, so the database is only reachable as
    # a file of that name, or through a link; both are refused before anything is written.
    db = tmp_path / "reviews.json"
    window = make_window(left=None, right=None)
    window.use_store(*open_database(db))
    window.open_paths(SEED_LEFT, SEED_RIGHT)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    protected = tmp_path / f"reviews.json{suffix}"
    target = protected
    if suffix:
        target = tmp_path / "export.json"
        target.symlink_to(protected)
    before = protected.read_bytes() if protected.exists() else None
    dialog = open_dialog(window, qtbot)
    dialog.set_format("json")
    dialog.path.setText(str(target))
    qtbot.mouseClick(save_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.message.isVisible() and not dialog.busy.isVisible() and dialog.isVisible()
    role = f"part of the review database (its {suffix} file)" if suffix else "the review database"
    assert dialog.message.text() == (f"{target.name} is {role}; write the output to another file.")
    assert (protected.read_bytes() if protected.exists() else None) == before
