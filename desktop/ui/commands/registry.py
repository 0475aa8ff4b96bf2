"""The command registry: every command registered once by name, with its help, group and mode."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from desktop.review.changes import Changes
from desktop.review.workspace import Workspace

NORMAL, LINK = "normal", "link"
# Each mode has its own key table (desktop/ui/bindings.py); only its commands are live in it.
MODES: dict[str, str] = {NORMAL: "Comparing and reviewing", LINK: "Linking by hand"}


class Services(Protocol):
    """What a command may ask of the window besides the workspace (nothing else of it)."""

    @property
    def active_side(self) -> str: ...

    def perform(self, changes: Changes) -> Changes:
        """Show what an operation changed and tell the user what it did."""

    def show(self, dialog: str) -> None:
        """Open one of the window's dialogs by name (desktop/ui/dialogs.py)."""

    def switch_pane(self) -> None: ...

    def zoom(self, by: int) -> None:
        """Text one step larger (1), smaller (-1), or at the system's size (0)."""

    def paste_into(self, side: str) -> bool: ...

    def close(self) -> bool: ...


@dataclass(frozen=True, slots=True)
class Context:
    """What a command runs with, made for each call: the working state and the services."""

    ws: Workspace
    ui: Services

    def perform(self, changes: Changes) -> Changes:
        return self.ui.perform(changes)


@dataclass(frozen=True, slots=True)
class Command:
    """A named operation; `help` is what the palette and overlay show, `brief` the few words
    a mode's prompt shows beside its key (the help when empty)."""

    name: str
    help: str
    func: Callable[[Context], object]
    group: str
    mode: str = NORMAL
    brief: str = ""


REGISTRY: dict[str, Command] = {}


def group(title: str, mode: str = NORMAL) -> Callable[..., Callable[[Callable], Callable]]:
    """A register decorator for one module's commands: `command = group("Go")`, then
    `@command("next-item", "Go to the next item")` above each function."""
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; expected one of {', '.join(MODES)}")

    def register(name: str, help: str, brief: str = "") -> Callable[[Callable], Callable]:
        def decorate(func: Callable) -> Callable:
            if name in REGISTRY:
                raise ValueError(f"command {name!r} is registered twice")
            REGISTRY[name] = Command(name, help, func, title, mode, brief)
            return func

        return decorate

    return register


def run(name: str, context: Context) -> object:
    """Run a command by name; looked up at call time so tests can wrap it."""
    return REGISTRY[name].func(context)
