"""Any screen: the window works down to 1,000 × 650 px, its parts wrap or elide, and review
marks never cover article text after a resize."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from tests.ui.test_review import press


def test_the_window_fits_a_small_laptop_screen(window):
    assert window.minimumSizeHint().width() <= 1000
    window.resize(1000, 650)
    assert window.width() == 1000 and window.height() == 650


def test_a_long_summary_does_not_widen_the_window(window, qtbot):
    window.resize(1000, 650)
    qtbot.wait(20)
    window.coverage_label.setText("x" * 2000)
    window.titles["left"].setText("Left: " + "sehr-langer-dateiname-" * 30 + ".txt")
    qtbot.wait(20)
    assert window.width() == 1000
    assert window.coverage_label.is_elided() and window.titles["left"].is_elided()


def test_the_legend_wraps_in_a_narrow_window(window, qtbot):
    window.resize(1400, 800)
    qtbot.wait(20)
    wide = window.legend.height()
    window.resize(1000, 650)
    qtbot.waitUntil(lambda: window.legend.height() > wide)
    for label in window.legend.labels.values():  # every entry whole, none cut off
        assert window.legend.rect().contains(label.parentWidget().geometry()), label.text()


def strip_overlaps_text(pane, strip) -> bool:
    view = pane.viewport().geometry()
    return strip.geometry().intersects(view) or strip.geometry().left() != view.right() + 1


@pytest.mark.parametrize("size", [(1000, 650), (1500, 900), (1100, 700), (1280, 820)])
def test_after_a_resize_no_review_mark_covers_text(window, qtbot, size):
    window.resize(1280, 820)
    qtbot.wait(20)
    window.resize(*size)
    qtbot.wait(20)
    for side, pane in window.panes.items():
        strip = window.strips[side]
        assert not strip_overlaps_text(pane, strip), (
            side,
            strip.geometry(),
            pane.viewport().geometry(),
        )
        # The text never runs under the strip: each line ends left of it.
        for sid in pane.visible_sentences():
            for rect in pane.line_rects(sid):
                assert rect.right() <= pane.viewport().width(), (sid, rect)


def test_the_splitter_moving_keeps_the_strips_beside_the_text(window, qtbot):
    sizes = window.columns.sizes()
    window.columns.setSizes([sizes[0] + 200, sizes[1], sizes[2] - 200])
    qtbot.wait(20)
    for side, pane in window.panes.items():
        assert not strip_overlaps_text(pane, window.strips[side])


def test_the_detail_panel_collapses_in_a_short_window_and_i_brings_it_back(window, qtbot):
    window.resize(1280, 820)
    qtbot.waitUntil(window.detail.isVisible)
    window.resize(1000, 650)
    qtbot.waitUntil(lambda: not window.detail.isVisible())
    press(qtbot, window, Qt.Key.Key_I)
    assert window.detail.isVisible()
    press(qtbot, window, Qt.Key.Key_I)
    assert not window.detail.isVisible()
    window.resize(1280, 820)
    qtbot.wait(20)
    assert not window.detail.isVisible()  # hidden by hand: it stays so
    press(qtbot, window, Qt.Key.Key_I)
    assert window.detail.isVisible()


def test_the_shortcut_overlay_fits_a_small_window(window, qtbot):
    window.resize(1000, 650)
    qtbot.wait(20)
    window.run_command("show-shortcuts")
    overlay = window.overlay
    assert overlay.isVisible()
    assert window.centralWidget().rect().contains(overlay.card.geometry())
    assert overlay.columns[0] >= 2  # side by side, scrolling for the rest
    assert overlay.scroll.widget().width() <= overlay.scroll.viewport().width()


def test_the_window_keeps_its_width_through_an_alignment(make_window, qtbot):
    from desktop.paths import SEED_LEFT, SEED_RIGHT

    window = make_window(left=None, right=None)
    window.resize(1000, 650)
    qtbot.wait(20)
    window.open_paths(SEED_LEFT, SEED_RIGHT)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    qtbot.waitUntil(lambda: not window.progress.isVisible(), timeout=20000)
    window.select_item(0)
    qtbot.wait(50)
    assert window.width() == 1000
