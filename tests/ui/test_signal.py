"""Signal over colour: shared text stays plain, what one side says and what differs stands out,
every state reads at 4.5:1 in light and dark palettes and is told apart without colour."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QRect, Qt
from PySide6.QtGui import QColor, QPalette, QRegion
from PySide6.QtWidgets import QApplication

from desktop.ui import theme
from desktop.ui.detail import mark_style
from desktop.ui.looks import DIFFERS_LINE, SPAN_LINE, UNDERLINES, Looks
from desktop.vocabulary import STATES
from tests.ui.palettes import PALETTES, palette
from tests.ui.test_disagreement_view import open_pair
from tests.ui.test_review import first_with_left, opener, press

AA = 4.5


def ratio(fmt) -> float:
    background = fmt.background().color()
    assert background.alpha() == 255, "a look is drawn opaque, so its contrast is what shows"
    return theme.contrast(fmt.foreground().color(), background)


@pytest.mark.parametrize("mode", PALETTES)
def test_every_look_reads_at_aa_contrast(qapp, mode):
    colours = palette(PALETTES[mode])
    looks = Looks()
    formats = looks.all_formats(colours)
    assert len(formats) >= 4 * len(STATES) * 2 + 4
    low = {name: round(ratio(fmt), 2) for name, fmt in formats if ratio(fmt) < AA}
    assert not low, f"below {AA}:1 in the {mode} palette: {low}"
    page = colours.color(QPalette.ColorRole.Base)
    for state in STATES:  # glyphs in the gutter, headings in the detail panel
        assert theme.contrast(theme.marker_colour(state, colours), page) >= AA, state
    for side in ("left", "right"):  # the detail panel's marked words
        style = dict(part.split(":") for part in mark_style(side, colours).split("; "))
        shown = QColor(style["background-color"])
        assert theme.contrast(QColor(style["color"]), shown) >= AA, side


@pytest.mark.parametrize("mode", PALETTES)
def test_shared_text_stays_plain_and_closeness_shows(qapp, mode):
    colours = palette(PALETTES[mode])
    looks, page = Looks(), colours.color(QPalette.ColorRole.Base)
    text = colours.color(QPalette.ColorRole.Text)
    pair = {s: looks.sentence(theme.PAIRED, s, False, colours) for s in (0.6, 1.0)}
    assert all(fmt.foreground().color() == text for fmt in pair.values())
    # Pale: a pair's tint is close to the page; a unique sentence's is much stronger.
    pale = theme.contrast(pair[1.0].background().color(), page)
    strong = theme.contrast(
        looks.sentence(theme.ONLY_LEFT, 1.0, False, colours).background().color(), page
    )
    assert pale < 1.6 < strong
    # 60 and 100 look different: at least 30 levels apart in some channel.
    a, b = pair[0.6].background().color(), pair[1.0].background().color()
    assert max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) >= 30


def test_every_state_is_told_apart_without_colour():
    seen = {(UNDERLINES[key], state.glyph) for key, state in STATES.items()}
    assert len(seen) == len(STATES)
    assert UNDERLINES[theme.PAIRED] != SPAN_LINE and DIFFERS_LINE not in UNDERLINES.values()


@pytest.fixture
def dark_app(qapp):
    before = QApplication.palette()
    yield lambda: QApplication.setPalette(palette(PALETTES["dark"]))
    QApplication.setPalette(before)


def test_the_window_draws_every_sentence_readably_in_a_dark_palette(make_window, qtbot, dark_app):
    window = open_pair(make_window, qtbot)
    window.select_item(
        next(n for n, it in enumerate(window.items) if it.pair and it.pair.discrepancies)
    )
    dark_app()
    qtbot.waitUntil(lambda: theme.is_dark(window.panes["left"].palette()))
    for side in ("left", "right"):
        selections = window.panes[side].extraSelections()
        assert selections
        low = [s.cursor.selectedText() for s in selections if ratio(s.format) < AA]
        assert not low, low


def test_the_words_a_disagreeing_pair_states_differently_are_marked_in_the_panes(
    make_window, qtbot
):
    window = open_pair(make_window, qtbot)
    for side in ("left", "right"):
        pane = window.panes[side]
        marked = {
            sel.cursor.selectedText()
            for sel in pane.extraSelections()
            if sel.format.underlineStyle() == DIFFERS_LINE
        }
        for pair in window.comparison.disagreeing:
            for flag in pair.discrepancies:
                for value in flag.left if side == "left" else flag.right:
                    assert any(value in words for words in marked), (value, marked)
    # Agreeing pairs carry no such marks.
    agreeing = [p for p in window.comparison.pairs if not p.discrepancies]
    assert agreeing and not any(
        i in window.panes["left"].differing for p in agreeing for i in p.left
    )


def test_the_band_marks_each_disagreeing_pair_on_screen(make_window, qtbot):
    window = open_pair(make_window, qtbot)
    window.band.repaint()
    on_screen = window.band.visible_pairs()
    assert window.band.flagged == sum(1 for p in on_screen if p.discrepancies) > 0


class Painted(QObject):
    """Remembers the regions a widget repaints."""

    def __init__(self, widget):
        super().__init__(widget)
        self.regions = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            self.regions.append(event.region())
        return False


def frame_box(pane, ids) -> QRect:
    box = QRect()
    for sid in ids:
        for rect in pane.line_rects(sid):
            box = box.united(rect.adjusted(-4, -3, 4, 3).toAlignedRect())
    return box


@pytest.mark.parametrize("how", ["J", "U", "link"])
def test_no_frame_is_left_on_the_item_that_was_current(make_window, tmp_path, qtbot, how):
    window = opener(make_window, tmp_path / "r.db", qtbot)()
    window.select_item(first_with_left(window))
    qtbot.wait(50)
    before = {side: pane.current for side, pane in window.panes.items()}
    boxes = {side: frame_box(pane, before[side]) for side, pane in window.panes.items()}
    painted = {side: Painted(pane.viewport()) for side, pane in window.panes.items()}
    press(qtbot, window, {"J": Qt.Key.Key_J, "U": Qt.Key.Key_U, "link": Qt.Key.Key_L}[how])
    if how == "link":
        assert window.link_mode.active
        press(qtbot, window, Qt.Key.Key_J)
        press(qtbot, window, Qt.Key.Key_Escape)
        assert not window.link_mode.active
        press(qtbot, window, Qt.Key.Key_J)
    moved = [side for side, pane in window.panes.items() if pane.current != before[side]]
    assert moved
    for side in moved:
        qtbot.waitUntil(lambda s=side: bool(painted[s].regions))
        repainted = QRegion()
        for region in painted[side].regions:
            repainted = repainted.united(region)
        left_over = QRegion(boxes[side]).subtracted(repainted)
        assert left_over.isEmpty(), f"the old frame in the {side} pane stays"
