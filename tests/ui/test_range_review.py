"""Range review in the window: Shift+J selects a run, Space marks all of it, Ctrl+Z undoes it
as one step; Shift+Space marks the rest of the paragraph."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.review import ranges
from tests.ui.test_review import CTRL, SHIFT, opener, press, stored

Key = Qt.Key


def test_a_run_is_selected_shown_marked_and_undone_at_once(make_window, tmp_path, qtbot):
    path = tmp_path / "r.db"
    window = opener(make_window, path, qtbot)()
    window.select_item(3)
    for _ in range(3):
        press(qtbot, window, Key.Key_J, SHIFT)
    run = window.items[3:7]
    for side in ("left", "right"):  # the whole run is highlighted
        ids = {sid for item in run for sid in (item.left if side == "left" else item.right)}
        assert set(window.panes[side].current) == ids
    assert "4 items selected" in window.statusBar().currentMessage()
    press(qtbot, window, Key.Key_Space)
    saved = stored(path)
    assert {item.key for item in run} <= {k for k, (_l, _n, r) in saved.items() if r}
    assert window.current == 7
    assert window.review_progress.text().startswith("4 / ")
    press(qtbot, window, Key.Key_Z, CTRL)
    assert not any(r for _l, _n, r in stored(path).values())
    assert window.review_progress.text().startswith("0 / ")


def test_shift_space_marks_the_rest_of_the_paragraph(make_window, tmp_path, qtbot):
    window = opener(make_window, tmp_path / "r.db", qtbot)()
    start = next(n for n in range(len(window.items)) if len(_rest(window, n)) >= 2)
    window.select_item(start)
    expected = _rest(window, start)
    press(qtbot, window, Key.Key_Space, SHIFT)
    message = window.statusBar().currentMessage()
    assert f"rest of this paragraph reviewed ({len(expected)} items)" in message
    assert window.review_progress.text().startswith(f"{len(expected)} / ")
    press(qtbot, window, Key.Key_Z, CTRL)
    assert window.review_progress.text().startswith("0 / ")


def _rest(window, index):
    window.ws.select(index)
    return ranges.rest_of_paragraph(window.ws)
