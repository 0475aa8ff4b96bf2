"""Colours and markers for sentence states: Okabe–Ito hues, readable on light and dark themes."""

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


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark, so tints need more opacity to show."""
    palette = palette or QApplication.palette()
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def tint(state: str, strength: float = 1.0, palette: QPalette | None = None) -> QColor:
    """The background tint for a sentence; `strength` 0–1 (a pair's score) scales its opacity."""
    colour = QColor(HUES[state])
    low, high = (70, 150) if is_dark(palette) else (30, 95)
    colour.setAlpha(int(low + (high - low) * max(0.0, min(1.0, strength))))
    return colour


def selected_tint(state: str, palette: QPalette | None = None) -> QColor:
    colour = QColor(HUES[state])
    colour.setAlpha(190 if is_dark(palette) else 140)
    return colour


def marker_colour(state: str, palette: QPalette | None = None) -> QColor:
    """The hue, lightened on dark themes so glyphs and lines keep their contrast."""
    colour = QColor(HUES[state])
    return colour.lighter(135) if is_dark(palette) else colour
