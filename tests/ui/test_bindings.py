"""Every key in the bindings table reaches its command; overlay and palette come from the table."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop.ui import actions, bindings, commands


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


def test_every_bound_command_is_registered():
    assert actions.__name__  # importing the module registers the commands
    missing = set(bindings.DEFAULT.values()) - set(commands.REGISTRY)
    assert not missing


@pytest.mark.parametrize("key", list(bindings.DEFAULT))
def test_every_binding_reaches_its_command(window, qtbot, ran, key):
    window.panes["left"].setFocus()
    qtbot.waitUntil(lambda: window.panes["left"].hasFocus())
    press(qtbot, window.panes["left"], key)
    assert ran == [bindings.DEFAULT[key]]


def test_keys_work_from_the_right_pane_too(window, qtbot, ran):
    window.panes["right"].setFocus()
    qtbot.waitUntil(lambda: window.panes["right"].hasFocus())
    press(qtbot, window.panes["right"], "J")
    assert ran == ["next-item"]


def test_a_new_binding_is_a_table_entry(make_window, qtbot, ran):
    table = {**bindings.DEFAULT, "N": "swap-sides"}
    window = make_window(table=table)
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
    assert listed == {commands.REGISTRY[n].help for n in bindings.DEFAULT.values()}
    text = " ".join(
        label.text() for label in window.overlay.findChildren(type(window.titles["left"]))
    )
    for key in bindings.DEFAULT:
        assert QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) in text
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
