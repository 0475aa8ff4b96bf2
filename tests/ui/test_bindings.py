"""Every key of every mode's table reaches its command; overlay and palette come from the tables."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel

from desktop.review.changes import Changes
from desktop.review.draft import LinkDraft
from desktop.ui import bindings, commands


@pytest.fixture
def ran(monkeypatch):
    """Replace every registered command with a recorder (a spy on the registry)."""
    calls: list[str] = []
    for name, cmd in list(commands.REGISTRY.items()):
        spy = dataclasses.replace(cmd, func=lambda _w, n=name: calls.append(n))
        monkeypatch.setitem(commands.REGISTRY, name, spy)
    return calls


def press(qtbot, widget, key: str) -> None:
    combo = QKeySequence(key)[0]
    qtbot.keyClick(widget, combo.key(), combo.keyboardModifiers())


NORMAL_KEYS = bindings.DEFAULT["normal"]
LINK_KEYS = bindings.DEFAULT["link"]


def test_every_bound_command_is_registered_in_the_mode_of_its_table():
    for mode, table in bindings.DEFAULT.items():
        assert mode in commands.MODES
        for name in table.values():
            assert name in commands.REGISTRY and commands.REGISTRY[name].mode == mode, name


def test_every_command_has_a_group_and_every_mode_a_table():
    assert all(command.group for command in commands.REGISTRY.values())
    assert {command.mode for command in commands.REGISTRY.values()} == set(bindings.DEFAULT)


@pytest.mark.parametrize("key", list(NORMAL_KEYS))
def test_every_binding_reaches_its_command(window, qtbot, ran, key):
    window.panes["left"].setFocus()
    qtbot.waitUntil(lambda: window.panes["left"].hasFocus())
    press(qtbot, window.panes["left"], key)
    assert ran == [NORMAL_KEYS[key]]


def start_linking(window) -> None:
    window.ws.link = LinkDraft.start((0,), 0, len(window.articles["right"].sentences))
    window.apply(Changes(link=True))


@pytest.mark.parametrize("key", list(LINK_KEYS))
def test_in_link_mode_its_keys_reach_its_commands(window, qtbot, ran, key):
    start_linking(window)
    assert window.mode == "link" and window.link_mode.active
    window.panes["left"].setFocus()
    press(qtbot, window.panes["left"], key)
    assert ran == [LINK_KEYS[key]]


def test_in_link_mode_the_normal_keys_are_off_and_back_after(window, qtbot, ran):
    start_linking(window)
    for key in ("Space", "1", "Ctrl+E", "X"):
        press(qtbot, window.panes["left"], key)
    assert ran == []
    assert not window.actions_by_name["export"].isEnabled()  # the menus say so too
    window.ws.link = None
    window.apply(Changes(link=True))
    press(qtbot, window.panes["left"], "Space")
    assert ran == ["mark-reviewed"] and window.mode == "normal"


def test_keys_work_from_the_right_pane_too(window, qtbot, ran):
    window.panes["right"].setFocus()
    qtbot.waitUntil(lambda: window.panes["right"].hasFocus())
    press(qtbot, window.panes["right"], "J")
    assert ran == ["next-item"]


def test_a_new_binding_is_a_table_entry(make_window, qtbot, ran):
    tables = {**bindings.DEFAULT, "normal": {**NORMAL_KEYS, "N": "swap-sides"}}
    window = make_window(tables=tables)
    press(qtbot, window.panes["left"], "N")
    assert ran == ["swap-sides"]
    assert any("N" in keys for keys, _ in window.overlay.entries)


def test_tab_switches_the_focused_pane(window, qtbot):
    window.panes["left"].setFocus()
    qtbot.waitUntil(lambda: window.panes["left"].hasFocus())
    qtbot.keyClick(window.panes["left"], Qt.Key.Key_Tab)
    assert window.panes["right"].hasFocus() and window.active_side == "right"
    qtbot.keyClick(window.panes["right"], Qt.Key.Key_Tab)
    assert window.panes["left"].hasFocus() and window.active_side == "left"


def test_plus_and_minus_change_the_pairs(window, qtbot):
    pane = window.panes["left"]
    start = window.threshold
    for _ in range(4):
        qtbot.keyClick(pane, Qt.Key.Key_Minus)
    assert window.threshold == start + 20
    strict = len(window.comparison.pairs)
    for _ in range(8):
        qtbot.keyClick(pane, Qt.Key.Key_Plus)
    assert window.threshold == start - 20
    assert len(window.comparison.pairs) > strict
    assert window.slider.value() == int(start - 20)


def test_overlay_lists_every_binding(window, qtbot):
    qtbot.keyClick(window.panes["left"], Qt.Key.Key_Question)
    assert window.overlay.isVisible()
    listed = {help_text for _, help_text in window.overlay.entries}
    bound = [name for table in bindings.DEFAULT.values() for name in table.values()]
    assert listed == {commands.REGISTRY[n].help for n in bound}
    text = " ".join(label.text() for label in window.overlay.findChildren(QLabel))
    for table in bindings.DEFAULT.values():
        for key in table:
            assert QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) in text
    assert all(title in text for title in commands.MODES.values())  # each mode has its section
    qtbot.keyClick(window.overlay, Qt.Key.Key_Escape)
    assert not window.overlay.isVisible()


def test_palette_lists_every_command_filters_and_runs(window, qtbot):
    qtbot.keyClick(window.panes["left"], Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.palette_dialog
    assert palette is not None and palette.isVisible()
    assert sorted(palette.visible_names()) == sorted(commands.REGISTRY)
    qtbot.keyClicks(palette.filter, "next unique")
    assert palette.visible_names()[0] == "next-unique"
    assert "previous-item" not in palette.visible_names()
    qtbot.keyClick(palette.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.current_item is not None)
    assert window.current_item.pair is None
    assert not palette.isVisible()
