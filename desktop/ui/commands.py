"""The command registry: every command registered once by name with its help text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True)
class Command:
    """A named operation on the window; `help` is what the palette and overlay show."""

    name: str
    help: str
    func: Callable[[Any], Any]


REGISTRY: dict[str, Command] = {}


def register(name: str, help: str) -> Callable[[Callable], Callable]:
    """Decorator: `@register("next-item", "Go to the next item")` adds the function by name."""

    def decorate(func: Callable) -> Callable:
        if name in REGISTRY:
            raise ValueError(f"command {name!r} is registered twice")
        REGISTRY[name] = Command(name, help, func)
        return func

    return decorate


def run(name: str, target: Any) -> Any:
    """Run a command by name; looked up at call time so tests and plugins can wrap it."""
    return REGISTRY[name].func(target)
