"""Keys pressed while a comparison is on its way are kept, shown as kept, applied when ready."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.engine.load import article_from_text
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review.session import open_database
from desktop.vocabulary import LABEL_OF_DIGIT
from tests.ui.test_worker import long_article


def _focused(window, qtbot):
    pane = window.panes["left"]
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    return pane


def _large_pair():
    left = article_from_text(long_article(5, 1200), title="Links", lang="de")
    right = article_from_text(long_article(6, 1200), title="Rechts", lang="de")
    return left, right


def test_j_pressed_while_aligning_takes_effect_once_the_comparison_is_ready(make_window, qtbot):
    window = make_window(left=None, right=None)
    window.set_articles(*_large_pair())
    assert window.comparison is None  # the worker is still aligning
    assert window.progress.isVisible() and window.progress.value() < 100
    assert "Keys you press now" in window.detail.toPlainText()
    pane = _focused(window, qtbot)
    qtbot.keyClick(pane, Qt.Key.Key_J)
    qtbot.keyClick(pane, Qt.Key.Key_J)
    assert window.comparison is None and window.current == -1  # kept, not dropped
    assert "Still aligning — J works in a moment" in window.statusBar().currentMessage()
    assert "Waiting: J J" in window.detail.toPlainText()

    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=120000)
    assert window.comparison is not None
    assert window.current == 1  # both presses applied, in order
    assert window.current_item is window.items[1]
    assert "Keys you press now" not in window.detail.toPlainText()
    qtbot.keyClick(pane, Qt.Key.Key_J)  # and from now on at once
    assert window.current == 2


def test_a_label_pressed_while_aligning_lands_on_the_item_chosen_before_it(
    make_window, qtbot, tmp_path
):
    window = make_window(left=None, right=None)
    window.use_store(*open_database(tmp_path / "reviews.db"))
    window.set_articles(*_large_pair())
    pane = _focused(window, qtbot)
    for key in (Qt.Key.Key_J, Qt.Key.Key_J, Qt.Key.Key_4):
        qtbot.keyClick(pane, key)
    assert window.comparison is None
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=120000)
    assert window.current == 1
    labels = {key: a.label for key, a in window.current_annotations().items() if a.label}
    assert labels == {window.items[1].key: LABEL_OF_DIGIT["4"].name}


def test_keys_that_do_not_need_the_comparison_are_not_held_back(make_window, qtbot):
    window = make_window(left=None, right=None)
    window.set_articles(*_large_pair())
    qtbot.keyClick(_focused(window, qtbot), Qt.Key.Key_Question)
    assert window.overlay.isVisible()  # the shortcut list opens at once
    qtbot.keyClick(window.overlay, Qt.Key.Key_Escape)
    assert window.pending.names == []
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=120000)


def test_the_hint_says_what_the_window_waits_for(make_window, qtbot):
    window = make_window(left=None, right=None)
    assert "Open two articles" in window.detail.toPlainText()
    window.open_paths(SEED_LEFT, SEED_RIGHT)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    qtbot.waitUntil(lambda: not window.progress.isVisible())
    assert "Press J for the next item" in window.detail.toPlainText()
    qtbot.keyClick(_focused(window, qtbot), Qt.Key.Key_J)
    assert window.current == 0 and window.pending.names == []


def test_progress_reaches_100_only_with_the_result_on_screen(make_window, qtbot):
    window = make_window(left=None, right=None)
    values = []
    window.progress.valueChanged.connect(
        lambda v: values.append((v, window.comparison is not None))
    )
    window.set_articles(*_large_pair())
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=120000)
    assert values[-1] == (100, True)
    assert all(v < 100 for v, _ in values[:-1])
    assert any(0 < v < 100 and not shown for v, shown in values)  # it moved while aligning


def test_j_pressed_while_a_large_file_is_still_being_read_is_applied_too(
    make_window, qtbot, tmp_path
):
    text = SEED_LEFT.read_text(encoding="utf-8") + "\n"
    big = tmp_path / "dossier.txt"
    big.write_text(text * (600_000 // len(text.encode()) + 1), encoding="utf-8")
    window = make_window(left=None, right=None)
    window.open_paths(big, SEED_RIGHT)
    assert window.articles["left"] is None  # still being read
    assert "Reading the articles" in window.detail.toPlainText()
    qtbot.keyClick(_focused(window, qtbot), Qt.Key.Key_J)
    assert window.pending.names == ["next-item"]
    qtbot.waitUntil(
        lambda: window.comparison is not None and not window.progress.isVisible(), timeout=120000
    )
    assert window.current == 0
