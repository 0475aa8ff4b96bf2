"""Find (Ctrl+F) across both panes with a count and next/previous; zoom that is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui.looks import MATCH_LINE
from tests.ui.test_review import CTRL, SHIFT, press

Key = Qt.Key


def marked(pane) -> list[tuple[int, int]]:
    """The find matches the pane draws, as text offsets."""
    return [
        (pane.from_qt(s.cursor.selectionStart()), pane.from_qt(s.cursor.selectionEnd()))
        for s in pane.extraSelections()
        if s.format.underlineStyle() == MATCH_LINE
    ]


def open_find(window, qtbot, text: str):
    press(qtbot, window, Key.Key_F, CTRL)
    bar = window.find_bar
    assert bar.isVisible() and bar.field.hasFocus()
    bar.field.selectAll()
    qtbot.keyClicks(bar.field, text)
    return bar


def test_find_counts_matches_in_both_panes_and_marks_them(window, qtbot):
    word = "Mexiko"
    counts = {side: window.articles[side].text.count(word) for side in ("left", "right")}
    assert counts["left"] and counts["right"]
    bar = open_find(window, qtbot, word)
    total = counts["left"] + counts["right"]
    assert f"of {total} (left {counts['left']} · right {counts['right']})" in bar.count.text()
    current = window.ws.found.current
    pane = window.panes[current.side]
    assert (current.start, current.end) in marked(pane)
    assert pane.article.text[current.start : current.end] == word
    # The item holding the match is the current one, so the detail panel shows it.
    assert (
        current.sentence in pane.current
        or window.ws.item_at(current.side, current.sentence) is None
    )


def test_enter_steps_through_matches_and_shift_enter_goes_back(window, qtbot):
    bar = open_find(window, qtbot, "Sicherheit")
    first = window.ws.found.index
    qtbot.keyClick(bar.field, Key.Key_Return)
    assert window.ws.found.index == (first + 1) % len(window.ws.found.matches)
    assert bar.count.text().startswith(f"{window.ws.found.index + 1} of ")
    qtbot.keyClick(bar.field, Key.Key_Return, SHIFT)
    assert window.ws.found.index == first
    # Letters typed into the field are text, not the window's one-key commands.
    before = window.current
    qtbot.keyClicks(bar.field, "j")
    assert bar.field.text() == "Sicherheitj" and window.current == before


def test_f3_finds_again_after_the_bar_is_closed(window, qtbot):
    bar = open_find(window, qtbot, "Kartell")
    assert window.ws.found.matches
    qtbot.keyClick(bar.field, Key.Key_Escape)
    assert not bar.isVisible()
    assert not marked(window.panes["left"]) and not marked(window.panes["right"])
    press(qtbot, window, Key.Key_F3)
    assert window.ws.found.current is not None
    assert any(marked(pane) for pane in window.panes.values())


def test_a_word_in_neither_article_says_so(window, qtbot):
    bar = open_find(window, qtbot, "Zwetschgendatschi")
    assert bar.count.text() == "no matches"


def test_zoom_changes_the_text_size_and_is_remembered(make_window, qtbot):
    first = make_window(left=None, right=None)
    first.panes["left"].setFocus()
    qtbot.waitUntil(first.panes["left"].hasFocus)
    size = first.panes["left"].font().pointSizeF()
    press(qtbot, first, Key.Key_Plus, CTRL)
    press(qtbot, first, Key.Key_Plus, CTRL)
    assert first.panes["left"].font().pointSizeF() == size + 2
    assert first.panes["right"].font().pointSizeF() == size + 2
    assert first.detail.font().pointSizeF() == size + 2
    press(qtbot, first, Key.Key_Minus, CTRL)
    assert first.panes["left"].font().pointSizeF() == size + 1
    first.close()
    second = make_window(left=None, right=None)
    second.panes["right"].setFocus()
    qtbot.waitUntil(second.panes["right"].hasFocus)
    assert second.panes["left"].font().pointSizeF() == size + 1
    press(qtbot, second, Key.Key_0, CTRL)
    assert second.panes["left"].font().pointSizeF() == size
