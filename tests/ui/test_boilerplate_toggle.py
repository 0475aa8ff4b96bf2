"""Key b / Alignment menu: boilerplate (donation appeals, credits) counted as content or not."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.ui import theme
from tests.ui.conftest import find_sentence

DONATION = "Unterstützen Sie uns mit einer Spende"


def press_b(window, qtbot) -> None:
    qtbot.keyClick(window.panes["left"], Qt.Key.Key_B)


def test_donation_appeal_counts_only_when_boilerplate_is_included(window, qtbot):
    sid = find_sentence(window.articles["left"], DONATION)
    assert sid in window.articles["left"].boilerplate
    before = window.comparison
    assert sid not in before.unique_left
    assert window.panes["left"].states[sid][0] == theme.BOILERPLATE
    action = window.actions_by_name["include-boilerplate"]
    assert action.isCheckable() and not action.isChecked()

    press_b(window, qtbot)
    after = window.comparison
    assert window.include_boilerplate and action.isChecked()
    assert sid in after.unique_left
    assert window.panes["left"].states[sid][0] == theme.ONLY_LEFT
    assert after.coverage.left_in_right < before.coverage.left_in_right
    assert f"only left: {len(after.unique_left)}" in window.coverage_label.text()
    assert len(after.unique_left) > len(before.unique_left)

    press_b(window, qtbot)
    assert not window.include_boilerplate and not action.isChecked()
    assert sid not in window.comparison.unique_left
    assert window.comparison.coverage == before.coverage


def test_the_menu_entry_toggles_and_survives_a_new_threshold(window, qtbot):
    action = window.actions_by_name["include-boilerplate"]
    menu_texts = [a.text() for m in window.menuBar().actions() for a in m.menu().actions()]
    assert "Count boilerplate as content" in menu_texts
    action.trigger()
    assert window.include_boilerplate and action.isChecked()
    window.set_threshold(window.threshold + 5)
    sid = find_sentence(window.articles["left"], DONATION)
    assert sid in window.comparison.unique_left
    action.trigger()
    assert not window.include_boilerplate and not action.isChecked()
