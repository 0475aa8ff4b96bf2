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


def test_a_partly_reported_sentence_marks_only_its_unique_spans(window):
    comparison = window.comparison
    partly = [sid for sid, state in enumerate(comparison.states_left) if state == "partly"]
    assert partly, "the sample pair has a sentence only partly in the other article"
    pane = window.panes["left"]
    sid = partly[0]
    sentence = comparison.left.sentences[sid]
    spans = comparison.unique_spans_left[sid]
    assert spans and all(sentence.start <= a < b <= sentence.end for a, b in spans)
    assert sum(b - a for a, b in spans) < sentence.end - sentence.start  # not all of it
    drawn = {
        (sel.cursor.selectionStart(), sel.cursor.selectionEnd()) for sel in pane.extraSelections()
    }
    for a, b in spans:
        assert (pane.to_qt(a), pane.to_qt(b)) in drawn  # the unique part has its own marking
    assert pane.states[sid][0] in (theme.PAIRED, theme.DISAGREE)  # the rest stays shared
    marks = window.overviews["left"].marks
    assert any(state == theme.ONLY_LEFT for _, _, state in marks)


def test_c_goes_to_the_one_sided_sentences_that_came_close_and_says_so(window, qtbot):
    # the sample pair: the fentanyl and visit sentences are close to their partners (16-20)
    expected = [n for n, item in enumerate(window.items) if window.ws.worth_checking(item)]
    assert len(expected) >= 2
    seen = []
    for _ in expected:
        press(qtbot, window, Qt.Key.Key_C)
        seen.append(window.current)
        text = window.detail.toPlainText()
        assert "Worth checking" in text and "Closest in" in text
    assert seen == expected
    press(qtbot, window, Qt.Key.Key_C, Qt.KeyboardModifier.ShiftModifier)
    assert window.current == expected[-2]
