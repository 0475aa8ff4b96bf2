"""The smaller things a reader trips over: keys that do one thing, texts that say what is."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review import annotate
from desktop.review.links import similarity
from desktop.review.session import open_database
from desktop.ui.library import OPEN_NOW, Library
from desktop.ui.views import title_text
from desktop.vocabulary import BOILERPLATE_COUNTED, STATES
from tests.ui.test_review import CTRL, first_with_left, note_editor, opener, press

Key = Qt.Key


@pytest.fixture
def saving(make_window, tmp_path, qtbot):
    return opener(make_window, tmp_path / "r.db", qtbot)()


def test_the_key_that_closes_the_shortcut_overlay_does_nothing_else(window, qtbot):
    window.select_item(0)
    press(qtbot, window, Key.Key_Question)
    assert window.overlay.isVisible()
    qtbot.keyClick(window.overlay, Key.Key_J)
    assert not window.overlay.isVisible()
    assert window.current == 0
    press(qtbot, window, Key.Key_J)  # and afterwards J works again
    assert window.current == 1


def test_g_after_the_last_item_says_it_goes_back_to_the_start(saving, qtbot):
    last = len(saving.items) - 1
    saving.select_item(last)
    press(qtbot, saving, Key.Key_Space)
    assert "Last item reviewed" in saving.statusBar().currentMessage()
    press(qtbot, saving, Key.Key_G)
    assert saving.current == 0
    message = saving.statusBar().currentMessage()
    assert "Last item reviewed" not in message and "back to item 1" in message


def test_b_changes_what_the_legend_says_about_boilerplate(window, qtbot):
    label = window.legend.labels["boilerplate"]
    assert label.text() == STATES["boilerplate"].legend
    press(qtbot, window, Key.Key_B)
    assert label.text() == BOILERPLATE_COUNTED
    press(qtbot, window, Key.Key_B)
    assert label.text() == STATES["boilerplate"].legend


def test_esc_asks_before_a_long_note_is_thrown_away(saving, qtbot, monkeypatch):
    asked = []
    monkeypatch.setattr(
        "desktop.ui.note_editor.NoteEditor.ask_discard", lambda self: asked.append(1) or False
    )
    saving.select_item(first_with_left(saving))
    press(qtbot, saving, Key.Key_N)
    editor = note_editor(saving, qtbot)
    qtbot.keyClicks(editor.text, "Die Zahl der Evakuierten bei der Stadt Passau nachfragen")
    qtbot.keyClick(editor.text, Key.Key_Escape)
    assert asked and editor.isVisible()  # kept: the reader said no
    monkeypatch.setattr("desktop.ui.note_editor.NoteEditor.ask_discard", lambda self: True)
    qtbot.keyClick(editor.text, Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert saving.current_annotations() == {}
    # A few words go without asking.
    asked.clear()
    saving.activateWindow()
    qtbot.waitUntil(saving.isActiveWindow)
    press(qtbot, saving, Key.Key_N)
    editor = note_editor(saving, qtbot)
    qtbot.keyClicks(editor.text, "nachsehen")
    qtbot.keyClick(editor.text, Key.Key_Escape)
    qtbot.waitUntil(lambda: not editor.isVisible())
    assert not asked


def test_the_palette_says_what_commands_do_and_does_not_scroll_sideways(window, qtbot):
    press(qtbot, window, Key.Key_K, CTRL)
    palette = window.palette_dialog
    first = palette.list.item(0)
    name = first.data(Qt.ItemDataRole.UserRole)
    assert first.text().startswith(window.actions_by_name[name].text().split(" (")[0][:10])
    assert not first.text().startswith(name)
    assert palette.list.horizontalScrollBar().maximum() == 0
    qtbot.keyClicks(palette.filter, "next-unique")  # the internal name still finds it
    assert palette.visible_names()[0] == "next-unique"


def test_the_title_names_what_is_there_once(make_window, qtbot):
    window = make_window(left=None, right=None)
    assert window.windowTitle() == ""  # Qt shows the application's name
    window.load_side("right", SEED_RIGHT)
    assert window.windowTitle() == "pressemitteilung-sicherheitskooperation.txt"
    window.load_side("left", SEED_LEFT)
    assert window.windowTitle() == (
        "nachrichtenbericht-rubio-mexiko.txt ↔ pressemitteilung-sicherheitskooperation.txt"
    )


def test_a_local_file_read_in_the_background_is_reading_not_fetching(window):
    class Pending:
        def __init__(self, address):
            self.address = address

        def address_pending(self, side):
            return self.address

    window.ws.articles["left"] = None
    assert "reading /tmp/lang.txt" in title_text(window.ws, Pending("/tmp/lang.txt"), "left")
    assert "fetching https://example.org/a" in title_text(
        window.ws, Pending("https://example.org/a"), "left"
    )


def test_a_hand_made_link_shows_the_similarity_the_aligner_computed(saving, qtbot):
    lonely = next(n for n, item in enumerate(saving.items) if item.kind == "left")
    saving.select_item(lonely)
    left = saving.current_item.left
    press(qtbot, saving, Key.Key_L)
    draft = saving.ws.link
    scores = saving.ws.prepared.aligner.scores
    # Linking starts at the likeliest partner, not at the first sentence.
    assert draft.candidate == int(scores[list(left), :].max(axis=0).argmax())
    qtbot.keyClick(saving.link_mode, Key.Key_Return)
    pair = saving.current_item.pair
    assert pair.manual and pair.score == 100
    computed = similarity(saving.ws, pair.left, pair.right)
    text = saving.detail.toPlainText()
    assert f"linked by hand (computed similarity {computed:.0f})" in text
    assert "score 100" not in text


def test_linking_can_start_from_the_right_pane(saving, qtbot):
    lonely = next(n for n, item in enumerate(saving.items) if item.kind == "right")
    saving.select_item(lonely)
    right = saving.current_item.right
    saving.switch_pane()
    assert saving.active_side == "right"
    press(qtbot, saving, Key.Key_L)
    draft = saving.ws.link
    assert draft.side == "right" and draft.right == right
    scores = saving.ws.prepared.aligner.scores
    assert draft.candidate == int(scores[:, list(right)].max(axis=1).argmax())
    press(qtbot, saving, Key.Key_J)
    picked = saving.ws.link.left
    qtbot.keyClick(saving.link_mode, Key.Key_Return)
    pair = saving.current_item.pair
    assert pair.manual and pair.right == right and pair.left == picked


def test_the_library_marks_the_open_comparison_and_searches_article_text(
    make_window, tmp_path, qtbot
):
    window = make_window(left=None, right=None)
    window.use_store(*open_database(tmp_path / "reviews.db"))
    window.open_paths(SEED_LEFT, SEED_RIGHT)
    qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
    window.select_item(0)
    window.perform(annotate.set_note(window.ws, "anrufen"))
    press(qtbot, window, Key.Key_L, CTRL)
    library = window.findChild(Library)
    qtbot.waitExposed(library)
    assert library.table.rowCount() == 1
    assert OPEN_NOW in library.table.item(0, 2).text()
    assert library.table.item(0, 0).font().bold()
    library.search.setText("drogenbekämpfungsbehörde")  # a word of the left article only
    assert library.table.rowCount() == 1
    library.search.setText("Zwetschgendatschi")
    assert library.table.rowCount() == 0
    assert "Nothing saved matches “Zwetschgendatschi”" in library.empty.text()
