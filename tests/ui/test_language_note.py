"""The window says when the two articles are in different languages, in its summary line."""

from tests.test_languages_differ import ENGLISH, GERMAN, NOTE


def test_german_against_english_is_explained_in_the_summary_line(make_window, tmp_path):
    left, right = tmp_path / "passau.txt", tmp_path / "rotterdam.txt"
    left.write_text(GERMAN, encoding="utf-8")
    right.write_text(ENGLISH, encoding="utf-8")
    window = make_window(left, right)
    text = window.coverage_label.text()
    assert NOTE in text
    assert "share almost nothing" in text


def test_two_german_articles_show_no_language_note(window):
    text = window.coverage_label.text()
    assert "within one language" not in text
    assert "of the left article is in the right one" in text
