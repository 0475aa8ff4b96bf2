"""Where the window keeps its settings: one INI file in the user's configuration folder."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def default_settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Twofold", "Twofold")
