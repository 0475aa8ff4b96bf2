"""The Qt user interface: the only package that imports PySide6."""

from desktop.ui.compat import protect_singletons

protect_singletons()
