"""The window shows the quotations: marks and hover text in the panes, the list, Q, the detail."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QHelpEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.review import quotes
from desktop.ui import gutter as gutter_module
from desktop.ui.quote_marks import verdict_colour
from desktop.vocabulary import QUOTE_GLYPH, VERDICTS
from tests.ui.test_review import press

# The sample's news report quotes Sheinbaum twice, the US State Department and the declaration.
SPEAKERS = ["Sheinbaum", "US-Außenministerium", "Sheinbaum", "gemeinsamen Erklärung"]
VERDICT_NAMES = ["absent", "absent", "absent", "paraphrased"]
DECLARATION = 3

# The offscreen test platform cannot raise the tooltip window above others, and says so.
hover = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)


@pytest.fixture
def window(make_window, qtbot):
    window = make_window()
    qtbot.waitUntil(
        lambda: (
            window.ws.quotes is not None
            and not any(pane.is_loading() for pane in window.panes.values())
        ),
        timeout=20000,
    )
    return window


def hover_text(widget, point: QPoint) -> str:
    """Hover `point` of `widget` as Qt does; the tooltip's text as the reader sees it."""
    QToolTip.hideText()
    QApplication.sendEvent(
        widget, QHelpEvent(QHelpEvent.Type.ToolTip, point, widget.mapToGlobal(point))
    )
    if not QToolTip.isVisible():
        return ""
    doc = QTextDocument()
    doc.setHtml(QToolTip.text())
    return doc.toPlainText()


def bring_into_view(pane, offset: int) -> None:
    pane.scroll_to_doc_y(pane.doc_top(pane.sentence_at(offset)) - 40)
    QApplication.processEvents()


def tree_rows(window) -> list[list[str]]:
    model = window.quote_panel.tree.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def current_label(tree) -> str:
    return tree.currentIndex().siblingAtColumn(0).data()


def entry_sentence(window, index: int) -> int:
    return window.ws.quotes.entries[index].sentences[0]


@hover
def test_the_news_report_has_four_quote_marks_with_the_speaker_on_hover(window, qtbot):
    left, right = window.panes["left"], window.panes["right"]
    assert len(right.gutter.quotes) == 0  # the press release quotes nobody
    marks = left.gutter.quotes
    assert len(marks) == 4
    glyph_x = 2 + 2 * gutter_module.GLYPH + gutter_module.QUOTE // 2
    for mark, speaker, verdict in zip(marks, SPEAKERS, VERDICT_NAMES, strict=True):
        bring_into_view(left, mark.start)
        lines = [(top, height) for top, height, ms in left.gutter.quote_lines() if mark in ms]
        assert lines, "the quotation's line is on screen, so is its mark"
        top, height = lines[0]
        # The mark is painted, in the verdict's colour.
        image = left.gutter.grab().toImage()
        ratio = image.devicePixelRatio()
        wanted = verdict_colour(verdict, left.palette())
        column = [
            QColor(image.pixel(int(x * ratio), int(y * ratio)))
            for x in range(glyph_x - 6, glyph_x + 6)
            for y in range(top, top + height)
        ]
        assert any(_near(c, wanted) for c in column), speaker
        text = hover_text(left.gutter, QPoint(glyph_x, top + height // 2))
        assert speaker in text and verdict in text
        # Hovering the quoted words says the same.
        cursor = QTextCursor(left.document())
        cursor.setPosition(left.to_qt((mark.start + mark.end) // 2))
        words = left.cursorRect(cursor).center()
        text = hover_text(left.viewport(), words)
        assert speaker in text and verdict in text
    QToolTip.hideText()


def _near(a: QColor, b: QColor) -> bool:
    return abs(a.red() - b.red()) + abs(a.green() - b.green()) + abs(a.blue() - b.blue()) < 60


def test_the_quotes_list_lists_them_with_verdicts_and_a_click_goes_there(window, qtbot):
    assert window.quote_panel.isVisible()
    assert window.quote_panel.heading.text() == "Quotations (4)"
    rows = tree_rows(window)
    assert [r[0] for r in rows] == ["L1", "L2", "L3", "L4"]
    assert [r[1] for r in rows] == SPEAKERS
    assert [r[2] for r in rows] == VERDICT_NAMES
    assert rows[DECLARATION][3].startswith("Ziel des Abkommens")
    tree = window.quote_panel.tree
    row = tree.model().index(DECLARATION, 3)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=tree.visualRect(row).center())
    sid = entry_sentence(window, DECLARATION)
    assert sid in window.current_item.left
    assert quotes.current_quote(window.ws) == DECLARATION
    assert tree.currentIndex().row() == DECLARATION
    qtbot.waitUntil(lambda: sid in window.panes["left"].visible_sentences())


def test_q_visits_each_quotation_in_order_and_shift_q_goes_back(window, qtbot):
    tree = window.quote_panel.tree
    for index in range(4):
        press(qtbot, window, Qt.Key.Key_Q)
        assert quotes.current_quote(window.ws) == index
        assert entry_sentence(window, index) in window.current_item.left
        assert current_label(tree) == f"L{index + 1}"  # the list follows
        assert SPEAKERS[index] in window.detail.toPlainText()
    press(qtbot, window, Qt.Key.Key_Q)
    assert quotes.current_quote(window.ws) == 0  # round again
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ShiftModifier)
    assert quotes.current_quote(window.ws) == 3
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.ShiftModifier)
    assert quotes.current_quote(window.ws) == 2


def test_the_detail_panel_shows_the_declarations_verdict_and_differing_words(window, qtbot):
    window.select_quote(DECLARATION)
    text = " ".join(window.detail.toPlainText().split())
    assert f"{QUOTE_GLYPH} L4 gemeinsamen Erklärung “Ziel des Abkommens" in text
    assert f"{VERDICTS['paraphrased'].glyph} paraphrased" in text
    assert "Words that differ:" in text
    for change in ("Verbrechen → Kriminalität", "des Abkommens → der verstärkten Kooperation"):
        assert change in text
    window.select_quote(0)
    text = " ".join(window.detail.toPlainText().split())
    assert "L1 Sheinbaum" in text and "absent: the other article does not have it" in text
    assert "Words that differ" not in text
    window.move(1)
    while window.ws.quotes.in_item(window.current_item):
        window.move(1)
    assert QUOTE_GLYPH not in window.detail.toPlainText()


def test_alt_q_goes_into_the_list_arrows_move_there_and_enter_goes_to_a_quote(window, qtbot):
    tree = window.quote_panel.tree
    window.panes["left"].setFocus()
    qtbot.waitUntil(lambda: window.panes["left"].hasFocus())
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(tree.hasFocus)
    before = window.current
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.current == before  # the arrows moved in the list, not between items
    assert current_label(tree) == "L3"
    press(qtbot, window, Qt.Key.Key_Return)
    assert quotes.current_quote(window.ws) == 2
    assert entry_sentence(window, 2) in window.current_item.left
    press(qtbot, window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.panes[window.active_side].hasFocus())
    # Alt+Q from inside the list hides it; the next start remembers.
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(tree.hasFocus)
    press(qtbot, window, Qt.Key.Key_Q, Qt.KeyboardModifier.AltModifier)
    assert not window.quote_panel.isVisible()
    window.close()
    assert window.settings.value("window/quotes-list") == "false"


def test_the_overlay_and_the_palette_list_the_quotation_commands(window):
    from desktop.ui.palette import entries

    overlay = dict(window.overlay.entries)
    assert overlay["Q"].startswith("Go to the next quotation")
    assert overlay["Shift+Q"] == "Go to the previous quotation"
    assert "quotations list" in overlay["Alt+Q"]
    palette = {name: keys for name, _help, keys in entries(window.tables)}
    assert palette["next-quote"] == "Q" and palette["previous-quote"] == "Shift+Q"


def test_the_quotations_are_checked_off_the_gui_thread(make_window, qtbot, monkeypatch):
    from desktop.ui import worker

    threads = []
    real = worker.compare_quotes

    def spy(left, right):
        threads.append(threading.current_thread())
        return real(left, right)

    monkeypatch.setattr(worker, "compare_quotes", spy)
    window = make_window()
    qtbot.waitUntil(lambda: window.ws.quotes is not None, timeout=20000)
    assert threads and threading.main_thread() not in threads
