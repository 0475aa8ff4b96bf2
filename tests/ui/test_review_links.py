"""Linking and unlinking by hand with the keyboard: saved, undoable, stronger than the slider."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_review import CTRL, SHIFT, first_with_left, opener, press

Key = Qt.Key


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "reviews.db"


@pytest.fixture
def review_window(make_window, db_path, qtbot):
    return opener(make_window, db_path, qtbot)


def overrides(path) -> list[tuple]:
    with sqlite3.connect(path) as raw:
        return raw.execute(
            "SELECT kind, left_ids, right_ids FROM manual_overrides ORDER BY id"
        ).fetchall()


def pair_of(window, left_id: int):
    return next((p for p in window.comparison.pairs if left_id in p.left), None)


def test_link_by_hand_survives_the_slider_undo_and_reopening(review_window, qtbot, db_path):
    window = review_window()
    lonely = next(n for n, item in enumerate(window.items) if item.kind == "left")
    window.select_item(lonely)
    left_id = window.items[lonely].left[0]
    press(qtbot, window, Key.Key_L)
    assert window.link_mode.active
    assert "Link by hand" in window.detail.toPlainText()
    start = window.ws.link.candidate
    press(qtbot, window, Key.Key_J)  # J now picks the right sentence, not the next item
    press(qtbot, window, Key.Key_J)
    press(qtbot, window, Key.Key_K)
    qtbot.keyClick(window.link_mode, Key.Key_Return)
    right_id = start + 1
    assert not window.link_mode.active
    assert overrides(db_path) == [("link", str(left_id), str(right_id))]
    pair = pair_of(window, left_id)
    assert pair is not None and pair.manual and pair.right == (right_id,)
    assert window.current_item.pair == pair
    assert "linked by hand" in window.detail.toPlainText()

    for threshold in (99, 5, 60):
        window.slider.setValue(threshold)
        assert pair_of(window, left_id).right == (right_id,)

    press(qtbot, window, Key.Key_Z, CTRL)
    assert overrides(db_path) == []
    assert pair_of(window, left_id) is None or not pair_of(window, left_id).manual
    press(qtbot, window, Key.Key_Z, CTRL | SHIFT)
    assert pair_of(window, left_id).manual
    window.close()

    again = review_window()
    assert again.threshold == 60
    assert pair_of(again, left_id).right == (right_id,) and pair_of(again, left_id).manual


def test_escape_cancels_linking_and_keys_work_again(review_window, qtbot, db_path):
    window = review_window()
    start = first_with_left(window)
    window.select_item(start)
    press(qtbot, window, Key.Key_L)
    qtbot.keyClick(window.link_mode, Key.Key_J)
    qtbot.keyClick(window.link_mode, Key.Key_Escape)
    assert not window.link_mode.active and overrides(db_path) == []
    press(qtbot, window, Key.Key_J)
    assert window.current == start + 1


def test_unlink_a_pair_and_undo(review_window, qtbot, db_path):
    window = review_window()
    index = next(n for n, item in enumerate(window.items) if item.pair is not None)
    window.select_item(index)
    pair = window.current_item.pair
    press(qtbot, window, Key.Key_X)
    assert overrides(db_path) == [
        ("unlink", ",".join(map(str, pair.left)), ",".join(map(str, pair.right)))
    ]
    assert pair not in window.comparison.pairs
    window.set_threshold(window.threshold - 20)  # the aligner may not bring it back
    assert all((p.left, p.right) != (pair.left, pair.right) for p in window.comparison.pairs)
    press(qtbot, window, Key.Key_Z, CTRL)
    assert overrides(db_path) == []
    assert any((p.left, p.right) == (pair.left, pair.right) for p in window.comparison.pairs)


def test_shift_j_links_one_left_sentence_to_several_right_ones(review_window, qtbot, db_path):
    window = review_window()
    lonely = next(n for n, item in enumerate(window.items) if item.kind == "left")
    window.select_item(lonely)
    left_id = window.items[lonely].left[0]
    press(qtbot, window, Key.Key_L)
    start = window.ws.link.candidate
    press(qtbot, window, Key.Key_J, SHIFT)
    press(qtbot, window, Key.Key_J, SHIFT)
    press(qtbot, window, Key.Key_K, SHIFT)
    assert "sentences" in window.link_mode.text()
    press(qtbot, window, Key.Key_Return)
    pair = pair_of(window, left_id)
    assert pair.manual and pair.right == (start, start + 1)
    assert overrides(db_path) == [("link", str(left_id), f"{start},{start + 1}")]
    # Every right sentence of the new link belongs to it alone.
    assert [p for p in window.comparison.pairs if start in p.right or start + 1 in p.right] == [
        pair
    ]


def test_clicks_pick_the_sentences_while_linking(review_window, qtbot, db_path):
    window = review_window()
    window.select_item(first_with_left(window))
    press(qtbot, window, Key.Key_L)
    mode = window.link_mode
    targets = {}
    for side in ("left", "right"):
        pane = window.panes[side]
        sid = pane.visible_sentences()[1]
        targets[side] = sid
        qtbot.mouseClick(
            pane.viewport(),
            Qt.MouseButton.LeftButton,
            pos=pane.line_rects(sid)[0].center().toPoint(),
        )
    draft = window.ws.link
    assert mode.active and draft.left == (targets["left"],) and draft.picked == (targets["right"],)
    assert window.panes["right"].current == (targets["right"],)
    press(qtbot, window, Key.Key_Return)
    assert overrides(db_path) == [("link", str(targets["left"]), str(targets["right"]))]


def test_the_closest_sentence_the_detail_names_is_the_one_l_links(review_window, qtbot):
    window = review_window()
    left, right = window.articles["left"], window.articles["right"]
    arms = next(s.id for s in left.sentences if "illegale Waffenhandel" in s.text)
    target = next(s.id for s in right.sentences if "Waffenhandel unterbunden" in s.text)
    window.select_sentence("left", arms)
    assert f"sentence {target + 1}" in window.detail.toPlainText()
    press(qtbot, window, Key.Key_L)
    assert window.ws.link.picked == (target,)
    qtbot.keyClick(window.link_mode, Key.Key_Return)
    pair = pair_of(window, arms)
    assert pair is not None and pair.right == (target,) and pair.manual
