"""The smaller things a reader trips over: keys that do one thing, texts that say what is."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tests.ui.test_review import press

Key = Qt.Key


def test_the_key_that_closes_the_shortcut_overlay_does_nothing_else(window, qtbot):
    window.select_item(0)
    press(qtbot, window, Key.Key_Question)
    assert window.overlay.isVisible()
    qtbot.keyClick(window.overlay, Key.Key_J)
    assert not window.overlay.isVisible()
    assert window.current == 0
    press(qtbot, window, Key.Key_J)  # and afterwards J works again
    assert window.current == 1
