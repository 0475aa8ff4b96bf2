"""A review done with the keyboard reaches the exported file: labels, notes, provenance."""

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.test_export_dialog import export, open_dialog
from tests.ui.test_review import note_editor, opener, press

NOTE = "Zahl prüfen – Pressestelle anrufen"


def test_labels_and_notes_typed_in_the_window_are_in_the_export(make_window, qtbot, tmp_path):
    window = opener(make_window, tmp_path / "reviews.db", qtbot)()
    press(qtbot, window, Qt.Key.Key_J)
    key = window.current_item.key
    press(qtbot, window, Qt.Key.Key_2)  # contradiction
    press(qtbot, window, Qt.Key.Key_N)
    editor = note_editor(window, qtbot).text
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    qtbot.keyClicks(editor, "Zahl ")  # QTest types ASCII only; the rest arrives as if pasted
    editor.insertPlainText(NOTE.removeprefix("Zahl "))
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.current_annotations().get(key) is not None)
    qtbot.waitUntil(lambda: window.current_annotations()[key].note == NOTE)

    dialog = open_dialog(window, qtbot)
    export(dialog, qtbot, "json", tmp_path / "review.json")
    data = json.loads((tmp_path / "review.json").read_text(encoding="utf-8"))
    [row] = [r for r in data["items"] if r["key"] == key]
    assert row["label"] == "contradiction" and row["note"] == NOTE
    assert data["provenance"]["extra"]["Comparison"].startswith(str(window.ws.session.id))
