"""The comparison window as a user meets it: seeds, navigation, slider, files, paste, escaping."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QImage
from PySide6.QtWidgets import QApplication

from desktop.engine.items import items
from desktop.ui import theme
from tests.ui.conftest import find_sentence


def state(window, side, fragment):
    pane = window.panes[side]
    return pane.states[find_sentence(pane.article, fragment)][0]


def test_seeds_open_with_unique_sentences_marked(window):
    assert window.windowTitle().startswith("nachrichtenbericht-rubio-mexiko.txt ↔ ")
    assert state(window, "left", "Drogenbekämpfungsbehörde DEA") == theme.ONLY_LEFT
    assert state(window, "right", "öffentliche Gesundheit") == theme.ONLY_RIGHT
    # Every sentence on screen has a state, and the linked ones are drawn in the band.
    assert len(window.panes["left"].states) == len(window.articles["left"].sentences)
    assert window.comparison.pairs
    window.band.repaint()
    assert window.band.drawn > 0


def test_status_bar_reports_coverage_and_unique_counts(window):
    c = window.comparison
    text = window.coverage_label.text()
    assert f"{c.coverage.left_in_right * 100:.0f} % of the left article is in the right one" in text
    assert f"only left: {len(c.unique_left)}" in text
    assert f"only right: {len(c.unique_right)}" in text


def highlighted(window):
    return window.panes["left"].current, window.panes["right"].current


def test_j_k_walk_through_items_in_reading_order(window, qtbot):
    order = items(window.comparison)
    pane = window.panes["left"]
    for expected in order[:4]:
        qtbot.keyClick(pane, Qt.Key.Key_J)
        assert highlighted(window) == (expected.left, expected.right)
    qtbot.keyClick(pane, Qt.Key.Key_K)
    assert highlighted(window) == (order[2].left, order[2].right)


def test_u_jumps_between_unique_sentences(window, qtbot):
    order = items(window.comparison)
    unique = [it for it in order if it.pair is None]
    pane = window.panes["left"]
    qtbot.keyClick(pane, Qt.Key.Key_U)
    assert highlighted(window) == (unique[0].left, unique[0].right)
    qtbot.keyClick(pane, Qt.Key.Key_U)
    assert highlighted(window) == (unique[1].left, unique[1].right)
    qtbot.keyClick(pane, Qt.Key.Key_U, Qt.KeyboardModifier.ShiftModifier)
    assert highlighted(window) == (unique[0].left, unique[0].right)
    text = (
        window.articles["left" if unique[0].left else "right"]
        .sentences[(unique[0].left or unique[0].right)[0]]
        .text
    )
    assert text in window.detail.toPlainText()


def test_clicking_a_sentence_selects_its_partner_and_shows_the_diff(window, qtbot):
    pair = max(window.comparison.pairs, key=lambda p: p.score)
    window.select_sentence("left", pair.left[0])
    assert highlighted(window) == (pair.left, pair.right)
    detail = window.detail.toPlainText()
    assert f"score {pair.score:.0f} / 100" in detail
    assert window.articles["right"].sentences[pair.right[0]].text.split()[0] in detail
    # The partner is scrolled level with the clicked sentence.
    ly = window.panes["left"].sentence_rect(pair.left[0]).top()
    ry = window.panes["right"].sentence_rect(pair.right[0]).top()
    bar = window.panes["right"].verticalScrollBar()
    assert abs(ly - ry) < 4 or bar.value() in (bar.minimum(), bar.maximum())


def test_mouse_click_on_text_selects_that_sentence(window, qtbot):
    pane = window.panes["left"]
    sid = find_sentence(pane.article, "Drogenbekämpfungsbehörde DEA")
    window.select_sentence("left", sid)  # brings it on screen
    window.move(1)
    assert pane.current != (sid,)
    rect = pane.sentence_rect(sid)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert pane.current == (sid,)
    assert "Only in the left article" in window.detail.toPlainText()


def test_slider_changes_the_number_of_pairs(window, qtbot):
    before = len(window.comparison.pairs)
    window.slider.setValue(20)
    loose = len(window.comparison.pairs)
    window.slider.setValue(95)
    strict = len(window.comparison.pairs)
    assert loose > before > strict or (loose >= before >= strict and loose > strict)
    paired = sum(1 for s, _ in window.panes["left"].states.values() if s == theme.PAIRED)
    assert paired == sum(len(p.left) for p in window.comparison.pairs)
    assert f"{strict} pairs" in window.slider_label.text()


def drop(widget, mime):
    # A real drop is always preceded by the drag entering the widget; Qt insists on it.
    enter = QDragEnterEvent(
        QPoint(20, 20),  # Qt's signature: QPoint here, QPointF for the drop
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, event)
    return event


def test_dropping_a_file_on_a_pane_replaces_that_side(window, qtbot, tmp_path):
    path = tmp_path / "dritter-bericht.txt"
    path.write_text("Ein ganz anderer Bericht. Er hat zwei Sätze über Äpfel.", encoding="utf-8")
    left_before = window.articles["left"]
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    assert drop(window.panes["right"].viewport(), mime).isAccepted()
    assert window.articles["right"].path == str(path)
    assert window.articles["left"] is left_before
    qtbot.waitUntil(lambda: window.comparison is not None)
    assert "Äpfel" in window.panes["right"].toPlainText()
    assert window.windowTitle().endswith("↔ dritter-bericht.txt")


def test_a_bad_file_is_reported_and_nothing_is_lost(window, tmp_path):
    before = window.articles["right"], window.comparison
    assert not window.load_side("right", tmp_path / "fehlt.txt")
    assert "fehlt.txt" in window.last_error and "no such file" in window.last_error
    assert (window.articles["right"], window.comparison) == before
    assert "fehlt.txt" in window.statusBar().currentMessage()


def test_pasted_clipboard_text_becomes_the_focused_article(window, qtbot):
    QGuiApplication.clipboard().setText("Gestern regnete es in Köln. Heute scheint die Sonne.")
    window.panes["right"].setFocus()
    qtbot.waitUntil(lambda: window.active_side == "right")
    qtbot.keyClick(
        window.panes["right"],
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert "Köln" in window.articles["right"].text
    qtbot.waitUntil(lambda: window.comparison is not None)
    assert "Heute scheint die Sonne." in window.panes["right"].toPlainText()
    assert "Pasted text" in window.windowTitle()


def test_markup_in_an_article_is_shown_literally(window, qtbot):
    text = "Ein Satz mit <b>x</b><img src=x> darin. Noch ein Satz zum Vergleich."
    window.set_text("left", text, "Markup")
    qtbot.waitUntil(lambda: window.comparison is not None)
    assert "<b>x</b><img src=x>" in window.panes["left"].toPlainText()
    sid = find_sentence(window.articles["left"], "<img")
    window.select_sentence("left", sid)
    assert "<b>x</b><img src=x>" in window.detail.toPlainText()


def test_recent_comparisons_are_remembered(make_window, tmp_path):
    first = make_window()
    assert len(first.recent()) == 1
    second = make_window(left=None, right=None)
    entries = [a.text() for a in second.recent_menu.actions()]
    assert entries == [
        "nachrichtenbericht-rubio-mexiko.txt ↔ pressemitteilung-sicherheitskooperation.txt"
    ]


def test_band_draws_only_the_connectors_on_screen(make_window, qtbot):
    window = make_window(left=None, right=None)
    # Each paragraph names its own district: sentences alike but for their numbers would all
    # report one fact, since a changed number does not make another fact (agreement.py).
    text = "\n\n".join(
        f"Absatz {n}: Die Behörde meldete am Tag {n} neue Zahlen zur Lage im Bezirk B{n}x."
        for n in range(300)
    )
    window.set_text("left", text, "Links")
    window.set_text("right", text, "Rechts")
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=60000)
    assert len(window.comparison.pairs) > 200
    window.band.repaint()
    assert 0 < window.band.drawn < 60


def test_opening_one_bad_file_keeps_the_other_side(window, tmp_path):
    before = window.articles["left"]
    good = tmp_path / "neu.txt"
    good.write_text("Ein neuer Text. Mit zwei Sätzen.", encoding="utf-8")
    assert not window.open_paths(tmp_path / "kaputt.txt", good)
    assert window.articles["left"] is before
    assert window.articles["right"].path == str(good)
    assert "kaputt.txt" in window.last_error


def test_the_twofold_command_opens_and_paints_the_seeds(tmp_path):
    shot = tmp_path / "shot.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "--screenshot", str(shot)],
        cwd=Path(__file__).resolve().parent.parent.parent,
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(shot))
    assert image.width() > 600 and image.height() > 400


def test_clicking_a_connector_selects_its_pair(window, qtbot):
    pair = window.comparison.pairs[0]
    window.select_sentence("left", pair.left[0])
    window.move(1)
    window.band.repaint()
    left = window.panes["left"].sentence_rect(pair.left[0])
    y = window.band.mapFromGlobal(window.panes["left"].viewport().mapToGlobal(left.center())).y()
    qtbot.mouseClick(window.band, Qt.MouseButton.LeftButton, pos=QPoint(2, y))
    assert highlighted(window) == (pair.left, pair.right)


def test_window_layout_is_restored_next_time(make_window):
    first = make_window(left=None, right=None)
    first.vertical.setSizes([500, 260])
    first.close()
    second = make_window(left=None, right=None)
    assert second.vertical.sizes()[1] == first.vertical.sizes()[1]


def test_the_app_icon_comes_in_several_sizes(qapp):
    from desktop.ui.main import icon

    sizes = {size.width() for size in icon().availableSizes()}
    assert {16, 32, 256} <= sizes


def test_changes_combine():
    from desktop.review.changes import Changes

    both = Changes(alignment=True) | Changes(selection=True)
    assert both == Changes(alignment=True, selection=True) and both
    assert not Changes()
