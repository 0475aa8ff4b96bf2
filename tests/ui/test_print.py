"""Ctrl+P prints the comparison on the printer the print dialog hands back."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter

from desktop.ui import printing
from tests.export.test_pdf import pdf_text, squash


def pdf_printer(path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def press_ctrl_p(window, qtbot) -> None:
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.panes["left"], Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_p_prints_both_articles_on_the_chosen_printer(window, qtbot, tmp_path, monkeypatch):
    path = tmp_path / "printed.pdf"
    asked = []
    monkeypatch.setattr(
        window, "choose_printer", lambda w: asked.append(w) or pdf_printer(path), raising=False
    )
    press_ctrl_p(window, qtbot)
    assert asked == [window]
    text = pdf_text(path)
    for side in ("left", "right"):
        first = window.articles[side].sentences[0].text
        assert squash(first) in text
    assert str(path) in window.statusBar().currentMessage()


def test_cancelling_the_print_dialog_prints_nothing(window, qtbot, monkeypatch):
    printed = []
    monkeypatch.setattr(printing, "print_model", lambda *a, **k: printed.append(a))
    monkeypatch.setattr(window, "choose_printer", lambda w: None, raising=False)
    press_ctrl_p(window, qtbot)
    assert printed == []
    assert "Sent to" not in window.statusBar().currentMessage()


def test_nothing_to_print_before_two_articles(make_window, qtbot, monkeypatch):
    window = make_window(left=None, right=None)
    monkeypatch.setattr(window, "choose_printer", lambda w: 1 / 0, raising=False)
    press_ctrl_p(window, qtbot)
    assert "Nothing to print" in window.statusBar().currentMessage()
