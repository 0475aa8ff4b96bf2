"""Ctrl+Shift+V: HTML a browser copies becomes the article text a saved page would give."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication

from desktop.engine.sources import read_source
from desktop.ui import clipboard

PAGES = Path(__file__).parent.parent / "engine" / "sources" / "pages"


def press_paste(window, qtbot, side: str) -> None:
    window.panes[side].setFocus()
    qtbot.waitUntil(lambda: window.active_side == side)
    qtbot.keyClick(
        window.panes[side],
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )


def copied(html: str = "", text: str = "") -> QMimeData:
    mime = QMimeData()
    if html:
        mime.setHtml(html)
    if text:
        mime.setText(text)
    return mime


def test_pasted_html_gives_the_same_text_as_the_saved_page(window, qtbot, tmp_path):
    for name in ("nachricht-de.html", "report-en.html"):
        html = (PAGES / name).read_text(encoding="utf-8")
        saved = tmp_path / name
        saved.write_text(html, encoding="utf-8")
        expected = read_source(str(saved))
        # A browser puts both the page's HTML and a flat text version on the clipboard.
        flat = " ".join(expected.text.split())
        QGuiApplication.clipboard().setMimeData(copied(html=html, text=flat))
        press_paste(window, qtbot, "right")
        article = window.articles["right"]
        assert article.text == expected.text
        assert article.title == expected.title
        assert "\n\n" in article.text and "<" not in article.text  # paragraphs, no markup


def test_plain_text_is_pasted_as_it_is(window, qtbot):
    text = "Erster Absatz über Köln.\n\nZweiter Absatz: 1.200 Bäume werden geprüft."
    QGuiApplication.clipboard().setMimeData(copied(text=text))
    press_paste(window, qtbot, "left")
    assert window.articles["left"].text == text
    assert window.articles["left"].name == "Pasted text (left)"
    assert window.articles["left"].path == ""


def test_markup_in_plain_text_stays_text():
    text = "Er schrieb <b>fett</b> und <script>x</script> ins Formular. Dann ging er."
    article = clipboard.article_from_mime(copied(text=text), "left")
    assert article.text == text


def test_a_short_html_snippet_falls_back_to_its_text():
    snippet = "<span>Kurz.</span>"
    article = clipboard.article_from_mime(copied(html=snippet, text="Kurz."), "left")
    assert article.text == "Kurz."


def test_an_empty_clipboard_says_so_and_keeps_the_article(window, qtbot):
    before = window.articles["left"]
    QGuiApplication.clipboard().setMimeData(QMimeData())
    press_paste(window, qtbot, "left")
    assert window.articles["left"] is before
    assert "Cannot paste" in window.last_error and "no text" in window.last_error
