"""Scrolling keeps linked sentences level in both panes; the overview strip jumps to unique text."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from desktop.ui.sync import LEVEL


def small(make_window, qtbot):
    window = make_window()
    window.resize(900, 480)  # both articles overflow their panes
    qtbot.waitUntil(lambda: window.panes["right"].verticalScrollBar().maximum() > 0)
    return window


def level_gap(window, pair):
    ly = window.panes["left"].sentence_rect(pair.left[0]).top()
    ry = window.panes["right"].sentence_rect(pair.right[0]).top()
    return abs(ly - ry)


def clamped(pane):
    bar = pane.verticalScrollBar()
    return bar.value() in (bar.minimum(), bar.maximum())


def test_selecting_a_pair_brings_both_sentences_level(make_window, qtbot):
    window = small(make_window, qtbot)
    for index, item in enumerate(window.items):
        if item.pair is None:
            continue
        window.select_item(index)
        gap = level_gap(window, item.pair)
        assert gap < 4 or clamped(window.panes["left"]) or clamped(window.panes["right"])
        left = window.panes["left"]
        top = left.sentence_rect(item.left[0]).top()
        assert 0 <= top < left.viewport().height()


def test_scrolling_one_pane_scrolls_the_other_to_keep_pairs_level(make_window, qtbot):
    window = small(make_window, qtbot)
    left, right = window.panes["left"], window.panes["right"]
    anchors = window.sync.anchors()[1:-1]
    pairs = [
        p
        for p in window.comparison.pairs
        if (left.doc_top(p.left[0]), right.doc_top(p.right[0])) in anchors
    ]
    assert pairs
    moved = False
    for pair in pairs:
        before = right.verticalScrollBar().value()
        target = left.doc_top(pair.left[0]) - int(left.viewport().height() * LEVEL)
        left.verticalScrollBar().setValue(target)  # as a wheel or scrollbar drag would
        moved |= right.verticalScrollBar().value() != before
        if not clamped(left) and not clamped(right):
            assert level_gap(window, pair) < 4
    assert moved


def test_clicking_the_overview_selects_unique_text_there(make_window, qtbot):
    window = small(make_window, qtbot)
    strip = window.overviews["left"]
    assert strip.marks
    top, bottom, _state = strip.marks[-1]
    y = int((top + bottom) / 2 * strip.height())
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPoint(strip.width() // 2, y))
    item = window.current_item
    assert item is not None and item.pair is None and item.left
    pane = window.panes["left"]
    rect = pane.sentence_rect(item.left[0])
    assert rect.bottom() > 0 and rect.top() < pane.viewport().height()
