"""The differences-only filter (F): every shared, agreeing sentence is folded away in the
panes, everything that differs stays where a click or a key finds it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.engine.load import article_from_text
from desktop.ui.collapse import fold
from tests.disagreeing_articles import LEFT
from tests.ui.test_disagreement_view import open_pair
from tests.ui.test_review import press


def shown_text(pane, sid) -> str:
    sentence = pane.article.sentences[sid]
    cursor = pane._cursor(sentence.start, sentence.end)
    return cursor.selectedText().replace("\u2029", "\n")


def test_the_filter_hides_every_shared_agreeing_sentence(make_window, qtbot):
    window = open_pair(make_window, qtbot)
    agreeing = [p for p in window.comparison.pairs if not p.discrepancies]
    assert agreeing
    press(qtbot, window, Qt.Key.Key_F)
    assert window.ws.differences_only
    for side in ("left", "right"):
        pane = window.panes[side]
        qtbot.waitUntil(lambda p=pane: not p.is_loading())
        shown = pane.toPlainText()
        article = pane.article
        for pair in agreeing:
            for sid in pair.left if side == "left" else pair.right:
                assert article.sentences[sid].text not in shown
                assert sid not in pane.visible_sentences()
        kept = [sid for sid in range(len(article.sentences)) if sid not in pane.hidden]
        assert kept
        for sid in kept:  # what differs is there, at the place the pane thinks it is
            assert shown_text(pane, sid) == article.sentences[sid].text
        assert "folded away" in shown
    press(qtbot, window, Qt.Key.Key_F)
    qtbot.waitUntil(lambda: not window.panes["left"].is_loading())
    for pair in agreeing:
        assert (
            window.articles["left"].sentences[pair.left[0]].text
            in window.panes["left"].toPlainText()
        )


def test_with_the_filter_j_skips_what_both_report(make_window, qtbot):
    window = open_pair(make_window, qtbot)
    press(qtbot, window, Qt.Key.Key_F)
    seen = set()
    for _ in window.items:
        press(qtbot, window, Qt.Key.Key_J)
        seen.add(window.current)
    assert seen == set(window.ws.shown_items())
    assert len(seen) < len(window.items)


def test_offsets_map_both_ways_through_the_folds():
    article = article_from_text(LEFT, lang="de")
    hidden = frozenset({1, 2, 4})
    folded = fold(article, hidden)
    for sentence in article.sentences:
        start = folded.shown(sentence.start)
        if sentence.id in hidden:
            assert folded.text[start] == "⋯"
        else:
            assert folded.text[start : start + len(sentence.text)] == sentence.text
            assert folded.original(start) == sentence.start
