"""The PySide6 reference workaround keeps None/True/False alive however many Qt calls are made."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QCheckBox

from desktop.ui.compat import protect_singletons

SAFE = 1 << 29


def test_many_qt_calls_do_not_exhaust_the_singletons(qtbot):
    protect_singletons()
    box = QCheckBox()
    qtbot.addWidget(box)
    before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20000):
        box.setChecked(True)  # returns None
        box.isChecked()  # returns True
    after = sys.getrefcount(None), sys.getrefcount(True)
    # Whatever the binding does per call, both stay far from zero (immortal on 3.12+: ~2**30).
    assert min(before) > SAFE and min(after) > SAFE
