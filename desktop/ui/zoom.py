"""Zoom (Ctrl++, Ctrl+-, Ctrl+0): the size of the articles' and the detail panel's text,
remembered between runs."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

KEY = "view/zoom"  # in the window's settings: points added to the system's text size
LOWEST, HIGHEST = -4, 16


def steps(window) -> int:
    try:
        return int(window.settings.value(KEY, 0))
    except (TypeError, ValueError):  # a hand-edited settings file: the default size
        return 0


def apply(window, value: int) -> int:
    """Set the text size `value` points off the system's; it is kept within reason and saved."""
    value = max(LOWEST, min(HIGHEST, value))
    base = QApplication.font().pointSizeF()
    for widget in (*window.panes.values(), window.detail):
        font = widget.font()
        font.setPointSizeF(max(base + value, 5.0))
        widget.setFont(font)
    window.settings.setValue(KEY, value)
    return value


def zoom(window, by: int) -> str:
    """One step larger (1), smaller (-1), or back to the system's size (0); says the size."""
    value = apply(window, 0 if by == 0 else steps(window) + by)
    size = window.panes["left"].font().pointSizeF()
    return f"Text size {size:g} pt" + ("" if value else " (the system's)")
