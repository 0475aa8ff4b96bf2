"""A light and a dark palette as users' systems give them, for tests that check how text reads."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

Role = QPalette.ColorRole

LIGHT = {
    Role.Window: "#efefef",
    Role.WindowText: "#000000",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#f7f7f7",
    Role.Text: "#000000",
    Role.Button: "#efefef",
    Role.ButtonText: "#000000",
    Role.PlaceholderText: "#808080",
}
# Close to Fusion's and Windows' dark modes; Breeze Dark's base is #232629, its text #fcfcfc.
DARK = {
    Role.Window: "#2b2b2b",
    Role.WindowText: "#e6e6e6",
    Role.Base: "#1e1e1e",
    Role.AlternateBase: "#2a2a2a",
    Role.Text: "#e6e6e6",
    Role.Button: "#353535",
    Role.ButtonText: "#e6e6e6",
    Role.PlaceholderText: "#8a8a8a",
}


def palette(colours: dict) -> QPalette:
    result = QPalette()
    for role, colour in colours.items():
        result.setColor(role, QColor(colour))
    return result


PALETTES = {"light": LIGHT, "dark": DARK}
