"""Sentences longer than the scoring limit are compared in pieces, and the window says so: a
notice when the alignment arrives, a line in the detail panel, a tooltip on the piece; a huge
one-sentence article goes into its pane paragraph by paragraph, in seconds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.engine import limits
from desktop.engine.load import article_from_text
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.ui.pane import ArticlePane
from tests.long_text import one_sentence

hover = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)
LIST = "Betroffen sind " + ", ".join(f"die Gemeinde Nummer {n}" for n in range(120)) + "."


@pytest.fixture
def cut_window(make_window, qtbot, tmp_path):
    """The seed articles, the left one with a sentence of 2,800 characters after its first."""
    text = SEED_LEFT.read_text(encoding="utf-8").split("\n")
    long_left = tmp_path / "links.txt"
    long_left.write_text("\n".join([text[0], LIST, *text[1:]]), encoding="utf-8")
    window = make_window(left=None, right=None)
    window.open_paths(long_left, SEED_RIGHT)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=30000)
    return window, window.statusBar().recent  # the messages shown, newest first


def test_the_status_line_says_how_many_pieces_were_compared(cut_window):
    window, messages = cut_window
    pieces = len(window.articles["left"].cut)
    assert pieces == 3 and not window.articles["right"].cut
    assert f"{limits.CUT_NOTE} (left 3)" in messages


def test_the_detail_panel_names_a_piece_of_a_cut_sentence(cut_window, qtbot):
    window, _ = cut_window
    left = window.articles["left"]
    piece = min(left.cut)
    window.select_sentence("left", piece)
    assert limits.PIECE_NOTE in window.detail.toPlainText()
    whole = next(s.id for s in left.sentences if s.id not in left.cut and len(s.text) > 40)
    window.select_sentence("left", whole)
    assert limits.PIECE_NOTE not in window.detail.toPlainText()


@hover
def test_hovering_a_piece_says_it_was_cut(cut_window, qtbot):
    window, _ = cut_window
    pane = window.panes["left"]
    qtbot.waitUntil(lambda: not pane.is_loading())
    piece = window.articles["left"].sentences[min(window.articles["left"].cut)]
    spot = pane.sentence_rect(piece.id).topLeft() + QPoint(40, 5)
    event = QHelpEvent(QHelpEvent.Type.ToolTip, spot, pane.viewport().mapToGlobal(spot))
    QApplication.sendEvent(pane.viewport(), event)
    assert QToolTip.isVisible() and limits.PIECE_NOTE in QToolTip.text()
    first = pane.sentence_rect(0).topLeft() + QPoint(40, 5)  # a sentence kept whole
    event = QHelpEvent(QHelpEvent.Type.ToolTip, first, pane.viewport().mapToGlobal(first))
    QApplication.sendEvent(pane.viewport(), event)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())  # hidden: no tip for a whole sentence


def test_a_2_mb_one_sentence_article_is_shown_in_seconds(qtbot):
    # One paragraph of 2 MB: put in 20 KB a step it was laid out again at each step (minutes);
    # shown broken where it was cut, each paragraph is laid out once.
    article = article_from_text(one_sentence(1), lang="de")
    pane = ArticlePane("left")
    qtbot.addWidget(pane)
    pane.resize(600, 800)
    pane.show()
    with qtbot.waitSignal(pane.articleShown, timeout=60000):
        pane.set_article(article)
    shown = pane.toPlainText()
    assert len(shown) == len(article.text) and shown.replace("\n", " ") == article.text
    assert pane.document().blockCount() >= len(article.cut) - 1
    piece = article.sentences[1000]
    assert pane.sentence_at(piece.start + 5) == piece.id
