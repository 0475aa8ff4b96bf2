"""The detail panel: word differences marked on the original text, flags shown, nothing interpreted."""

from __future__ import annotations

from desktop.engine.diff import word_diff
from desktop.engine.load import article_from_text
from desktop.ui.detail import diff_html, spans
from tests.ui.conftest import find_sentence


def test_spans_rebuild_each_sentence_exactly():
    left = 'Sheinbaum sagte: "Wir sind bereit, Daten (vertraulich) auszutauschen."'
    right = "Sheinbaum erklärte, man sei bereit, Daten auszutauschen."
    ops = word_diff(left, right)
    assert "".join(piece for piece, _ in spans(left, ops, "left")) == left
    assert "".join(piece for piece, _ in spans(right, ops, "right")) == right
    changed = " ".join(piece for piece, differs in spans(right, ops, "right") if differs)
    assert "erklärte" in changed and "bereit" not in changed


def test_markup_in_a_sentence_is_escaped_in_the_diff():
    left = "Er schrieb <b>fett</b> und <img src=x> ins Protokoll."
    right = "Er schrieb nichts ins Protokoll."
    html = diff_html(left, word_diff(left, right), "left")
    assert "<b>" not in html and "<img" not in html
    assert "&lt;b&gt;" in html and "&lt;img src=x&gt;" in html


def test_selected_pair_shows_score_and_differing_numbers(make_window, qtbot):
    window = make_window(left=None, right=None)
    left = article_from_text(
        "Die Polizei fand im Hafen von Manzanillo 20 Millionen Pillen. Das Wetter war schön.",
        title="A",
    )
    right = article_from_text(
        "Die Polizei fand im Hafen von Manzanillo 25 Millionen Pillen. Ganz anderes Thema hier.",
        title="B",
    )
    window.set_articles(left=left, right=right)
    qtbot.waitUntil(lambda: window.comparison is not None)
    window.select_sentence("left", find_sentence(left, "Millionen"))
    pair = window.current_item.pair
    assert pair is not None and pair.discrepancies
    text = window.detail.toPlainText()
    assert f"score {pair.score:.0f} / 100" in text
    for flag in pair.discrepancies:
        assert flag.kind in text
        assert all(value in text for value in (*flag.left, *flag.right))


def test_a_unique_sentence_shows_its_closest_sentences_and_the_key_that_links(window):
    left, right = window.ws.articles["left"], window.ws.articles["right"]
    arms = find_sentence(left, "illegale Waffenhandel")
    window.select_sentence("left", arms)
    assert window.current_item.pair is None
    text = window.detail.toPlainText()
    target = find_sentence(right, "Waffenhandel unterbunden")
    assert f"sentence {target + 1}" in text and "shared: waffenhandel" in text
    assert "Ebenso soll der Waffenhandel unterbunden werden." in text
    assert "L links it by hand" in text
    assert "has no sentence reporting this" not in text


def test_a_unique_sentence_sharing_nothing_says_the_other_article_lacks_it(make_window, qtbot):
    window = make_window(left=None, right=None)
    left = article_from_text(
        "Die Polizei fand im Hafen 20 Millionen Pillen. Das Wetter war schön.", title="A"
    )
    right = article_from_text(
        "Die Polizei fand im Hafen 25 Millionen Pillen. Ganz anderes Thema hier.", title="B"
    )
    window.set_articles(left=left, right=right)
    qtbot.waitUntil(lambda: window.comparison is not None)
    window.select_sentence("left", find_sentence(left, "Wetter"))
    text = window.detail.toPlainText()
    assert "has no sentence reporting this" in text and "Closest in" not in text
