"""Every command of the window, by group; importing the package registers them all."""

from desktop.ui.commands import (
    alignment,
    files,
    finding,
    help_menu,
    linking,
    navigation,
    quotes,
    review,
    view,
)
from desktop.ui.commands.registry import (
    LINK,
    MODES,
    NORMAL,
    REGISTRY,
    Command,
    Context,
    Services,
    group,
    run,
)

# Loaded explicitly, in menu order; adding a command is one function in one of these modules.
GROUPS = (files, navigation, finding, view, alignment, review, quotes, linking, help_menu)

__all__ = [
    "GROUPS",
    "LINK",
    "MODES",
    "NORMAL",
    "REGISTRY",
    "Command",
    "Context",
    "Services",
    "group",
    "run",
]
