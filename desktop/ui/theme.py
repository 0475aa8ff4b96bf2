"""Colours for sentence states from the vocabulary's hues: tints, markers and text that keep
WCAG AA contrast (4.5:1) on light and dark palettes alike."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from desktop.engine.items import ONLY_LEFT, ONLY_RIGHT
from desktop.engine.items import PAIR as PAIRED  # states are the review item kinds
from desktop.vocabulary import BOILERPLATE, CHANGED, CURRENT_HUE, DISAGREE, STATES

__all__ = ["BOILERPLATE", "DISAGREE", "ONLY_LEFT", "ONLY_RIGHT", "PAIRED"]

# Read from desktop/vocabulary.py, where every state's hue and glyph is defined.
# The "changed since your review" mark is drawn like a state, beside a sentence's own.
HUES = {key: state.hue for key, state in (*STATES.items(), (CHANGED.key, CHANGED))}
GLYPHS = {key: state.glyph for key, state in (*STATES.items(), (CHANGED.key, CHANGED))}
CURRENT = CURRENT_HUE
UNIQUE = (ONLY_LEFT, ONLY_RIGHT)
AA = 4.5  # WCAG AA for body text

# Opacity (0-255) of a tint over the page, (light palette, dark palette). Shared text stays
# near the plain page, graded by closeness; what only one side says, and the differing words
# of a pair that disagrees, are marked strongly; the current item is a highlighter stroke.
PALE = {"light": (6, 70), "dark": (8, 80)}  # a pair from score 0 to score 100
STRONG = {"light": 120, "dark": 150}
CURRENT_ALPHA = {"light": 215, "dark": 235}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark, so tints need more opacity to show."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def _mode(palette: QPalette | None) -> str:
    return "dark" if is_dark(palette) else "light"


# -- contrast (WCAG 2.x) ----------------------------------------------------------------------
def luminance(colour: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(colour.red())
        + 0.7152 * channel(colour.green())
        + 0.0722 * channel(colour.blue())
    )


def contrast(a: QColor, b: QColor) -> float:
    """The WCAG contrast ratio of two opaque colours, 1 to 21."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def over(colour: QColor, base: QColor) -> QColor:
    """A translucent colour as it shows on an opaque one."""
    a = colour.alphaF()
    return QColor(
        round(colour.red() * a + base.red() * (1 - a)),
        round(colour.green() * a + base.green() * (1 - a)),
        round(colour.blue() * a + base.blue() * (1 - a)),
    )


def page(palette: QPalette | None = None) -> QColor:
    """The background article text is drawn on."""
    return (palette or QApplication.palette()).color(QPalette.ColorRole.Base)


def text_on(background: QColor, palette: QPalette | None = None) -> QColor:
    """The palette's text colour if it is readable on `background`, else black or white
    (one of the two always reaches 4.5:1)."""
    palette = palette or QApplication.palette()
    shown = over(background, page(palette)) if background.alpha() < 255 else background
    text = palette.color(QPalette.ColorRole.Text)
    if contrast(text, shown) >= AA:
        return text
    black, white = QColor("#000000"), QColor("#ffffff")
    return black if contrast(black, shown) >= contrast(white, shown) else white


def readable(colour: QColor, background: QColor) -> QColor:
    """`colour` darkened (on light) or lightened (on dark) until it reads on `background`."""
    towards = QColor("#000000") if luminance(background) > 0.18 else QColor("#ffffff")
    for step in range(21):
        mixed = QColor(colour)
        mixed.setAlphaF(1 - step / 20)
        candidate = over(mixed, towards)
        if contrast(candidate, background) >= AA:
            return candidate
    return towards


# -- what the panes, band, gutter, legend and detail panel draw -------------------------------
def tint(state: str, strength: float = 1.0, palette: QPalette | None = None) -> QColor:
    """A sentence's background: pale and graded by closeness (`strength` 0-1, a pair's score)
    for shared text, strong for what only one article says."""
    colour = QColor(HUES[state])
    mode = _mode(palette)
    if state in UNIQUE:
        colour.setAlpha(STRONG[mode])
        return colour
    low, high = PALE[mode]
    s = max(0.0, min(1.0, strength))
    # Cubed, so that 60 and 100 look as different as they are (linear, they look alike).
    colour.setAlpha(int(low + (high - low) * s**3))
    return colour


def strong_tint(state: str, palette: QPalette | None = None) -> QColor:
    """The words that matter inside a sentence: its unique part, or what a pair states
    differently."""
    colour = QColor(HUES[state])
    colour.setAlpha(STRONG[_mode(palette)])
    return colour


def current_tint(palette: QPalette | None = None) -> QColor:
    """The current item's background: a highlighter stroke over whatever state it has."""
    colour = QColor(CURRENT)
    colour.setAlpha(CURRENT_ALPHA[_mode(palette)])
    return colour


def marker_colour(state: str, palette: QPalette | None = None) -> QColor:
    """The state's hue for glyphs, lines and headings, adjusted to read on the page."""
    return readable(QColor(HUES[state]), page(palette))


def frame_colour(palette: QPalette | None = None) -> QColor:
    """The frame and bar of the current item: the text colour, so it shows on any tint."""
    return (palette or QApplication.palette()).color(QPalette.ColorRole.Text)


def muted_text(palette: QPalette | None = None, background: QColor | None = None) -> QColor:
    """Boilerplate's greyed text: as close to its background (the page by default) as 4.5:1
    contrast allows."""
    palette = palette or QApplication.palette()
    base = background or page(palette)
    text = text_on(base, palette)
    for step in range(10, -1, -1):  # from half way to the background back to the plain text
        mixed = QColor(base)
        mixed.setAlphaF(step / 20)
        candidate = over(mixed, text)
        if contrast(candidate, base) >= AA + 0.2:
            return candidate
    return text
