"""A pair merged from two items labelled differently shows both labels in the detail panel and
the review strip, says so in the status line, and leaves the notes as they were written."""

from __future__ import annotations

from desktop.review import annotate
from desktop.ui.detail import review_html
from desktop.ui.marks import tooltip
from desktop.vocabulary import LABEL
from tests.ui.test_review import opener

SEPARATE, MERGED = 55, 25  # the seeds' left sentence 21 and right sentence 2 pair up at 25


def test_a_merged_pair_shows_every_label(make_window, tmp_path, qtbot):
    window = opener(make_window, tmp_path / "reviews.db", qtbot)()
    window.set_threshold(SEPARATE)
    for key, digit, note in (("left:21:", "1", "links belegt"), ("right::2", "4", "rechts?")):
        window.select_item(window.ws.index_of(key))
        window.perform(annotate.toggle_label(window.ws, digit))
        window.perform(annotate.set_note(window.ws, note))
    window.set_threshold(MERGED)
    status = window.statusBar().currentMessage()
    assert "a pair shows 2 labels: Corroborated (both say it) + Needs verification" in status
    window.select_item(window.ws.index_of("pair:21:2"))
    shown = window.ws.annotations["pair:21:2"]
    assert shown.labels == ("corroborated", "verify")
    text = window.detail.toPlainText()
    assert "Corroborated (both say it)" in text and "Needs verification" in text
    assert "links belegt" in text and "rechts?" in text and "Also labelled" not in text
    for name in shown.labels:
        assert LABEL[name].glyph in review_html(shown)
    strip = window.strips["left"]
    assert any(a.labels == shown.labels for a in strip.marks.values())
    assert "Corroborated (both say it) + Needs verification" in tooltip(shown)
    # A note written on the merged pair keeps both labels; a digit then chooses one.
    window.perform(annotate.set_note(window.ws, "beide prüfen"))
    assert window.ws.annotations["pair:21:2"].labels == ("corroborated", "verify")
    window.perform(annotate.toggle_label(window.ws, "2"))
    assert "it showed Corroborated (both say it) + Needs verification" in (
        window.statusBar().currentMessage()
    )
    assert window.ws.annotations["pair:21:2"].labels == ("contradiction",)
