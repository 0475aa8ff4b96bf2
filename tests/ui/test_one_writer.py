"""One writer per widget: the detail panel and the status line show the current state only, a
message that matters stays readable, read-only is plain to see and ends when it can."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop.vocabulary import LABELS
from tests.ui.test_review import CTRL, first_with_left, note_editor, opener, press
from tests.ui.test_session import dismiss_message

Key = Qt.Key


def labels_in(text: str) -> list[str]:
    return [label.text for label in LABELS if label.text in text]


def test_the_detail_panel_shows_exactly_one_label_after_a_change_and_a_note(
    make_window, tmp_path, qtbot
):
    window = opener(make_window, tmp_path / "r.db", qtbot)()
    window.select_item(first_with_left(window))
    for key, label in ((Key.Key_2, LABELS[1]), (Key.Key_3, LABELS[2]), (Key.Key_4, LABELS[3])):
        press(qtbot, window, key)
        assert labels_in(window.detail.toPlainText()) == [label.text]
    press(qtbot, window, Key.Key_N)
    editor = note_editor(window, qtbot)
    qtbot.keyClicks(editor.text, "Pressestelle anrufen")
    qtbot.keyClick(editor.text, Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: not editor.isVisible())
    text = window.detail.toPlainText()
    assert labels_in(text) == [LABELS[3].text] and text.count("Pressestelle anrufen") == 1


def test_a_message_has_its_own_place_beside_the_summary(window, qtbot):
    window.resize(1000, 650)
    qtbot.wait(20)
    bar = window.statusBar()
    long = "Exported to /home/reporter/Recherche/2025/" + "sehr-lange-ordnernamen/" * 8 + "x.pdf"
    bar.showMessage(long, 15000)
    qtbot.wait(20)
    line, summary = bar.line.geometry(), window.coverage_label.geometry()
    assert line.width() > 100 and not line.intersects(summary)
    assert bar.currentMessage() == long and bar.line.is_elided()
    assert window.coverage_label.text().startswith("item ") or window.coverage_label.text()


def test_a_message_that_matters_outlasts_a_passing_one(window, qtbot):
    bar = window.statusBar()
    bar.showMessage("Exported to /tmp/a.pdf", 15000)
    bar.showMessage("Label: Contradiction", 50)
    assert bar.currentMessage() == "Label: Contradiction"
    qtbot.waitUntil(lambda: bar.currentMessage() == "Exported to /tmp/a.pdf", timeout=2000)
    assert "Label: Contradiction" in bar.line.toolTip()


def test_an_error_box_opens_above_its_window(window, qtbot):
    window.report_error("Cannot open fehlt.txt: no such file")
    box = next(b for b in window.findChildren(QMessageBox) if b.isVisible())
    assert box.windowHandle().transientParent() is window.windowHandle()
    qtbot.waitUntil(box.isActiveWindow, timeout=2000)  # on top and taking the keys
    box.close()


def test_read_only_shows_in_the_title_and_ends_once_the_database_is_free(
    make_window, tmp_path, qtbot
):
    path = tmp_path / "r.db"
    make = opener(make_window, path, qtbot)
    first = make()
    second = make()
    dismiss_message(qtbot, second, "read-only")
    assert second.windowTitle().endswith(" — read-only")
    assert not first.windowTitle().endswith("read-only")
    assert "Twofold" not in second.windowTitle()  # Qt adds the application's name once
    button = second.unlock.button
    second.unlock.poll()
    assert not button.isVisible()  # the first window still writes
    first.close()
    qtbot.waitUntil(button.isVisible, timeout=6000)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert not second.ws.session.read_only
    assert not second.windowTitle().endswith("read-only")
    assert not button.isVisible()
    assert "read-only" not in second.statusBar().currentMessage()
    second.activateWindow()
    qtbot.waitUntil(second.isActiveWindow)
    press(qtbot, second, Key.Key_J)
    press(qtbot, second, Key.Key_1)
    assert second.statusBar().currentMessage().startswith("Label:")
