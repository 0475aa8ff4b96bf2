"""The window shows where the sources disagree: marker in panes, band and overview; D walks them."""

from PySide6.QtCore import Qt

from desktop.ui import theme
from desktop.ui.views import sentence_states
from tests.disagreeing_articles import LEFT, RIGHT
from tests.ui.test_review import press


def open_pair(make_window, qtbot):
    window = make_window(left=None, right=None)
    window.set_text("left", LEFT, "Links")
    window.set_text("right", RIGHT, "Rechts")
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    return window


def test_disagreeing_pairs_are_marked_in_panes_and_overview(make_window, qtbot):
    window = open_pair(make_window, qtbot)
    disagreeing = [p for p in window.comparison.pairs if p.discrepancies]
    assert disagreeing
    left_states = window.panes["left"].states
    for pair in window.comparison.pairs:
        expected = theme.DISAGREE if pair.discrepancies else theme.PAIRED
        assert all(left_states[i][0] == expected for i in pair.left)
    marks = {state for _, _, state in window.overviews["left"].marks}
    assert theme.DISAGREE in marks
    assert sentence_states(window.ws)["right"] == window.panes["right"].states


def test_d_goes_to_each_disagreeing_pair_and_the_detail_says_what_differs(make_window, qtbot):
    window = open_pair(make_window, qtbot)
    expected = [n for n, item in enumerate(window.items) if item.pair and item.pair.discrepancies]
    assert len(expected) >= 2
    seen = []
    for _ in expected:
        press(qtbot, window, Qt.Key.Key_D)
        seen.append(window.current)
        assert "The sources disagree" in window.detail.toPlainText()
    assert seen == expected
    press(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ShiftModifier)
    assert window.current == expected[-2]
