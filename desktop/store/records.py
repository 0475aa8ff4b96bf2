"""Plain records the store hands to exports and the window."""

from __future__ import annotations

from dataclasses import dataclass

# Review labels: the digit key, the stored name, and what the journalist means by it.
LABELS: dict[str, str] = {
    "corroborated": "Corroborated (both say it)",
    "contradiction": "Contradiction",
    "framing": "Framing or emphasis differs",
    "verify": "Needs verification",
    "irrelevant": "Irrelevant or boilerplate",
}
LABEL_KEYS: dict[str, str] = dict(zip("12345", LABELS, strict=True))


@dataclass(frozen=True, slots=True)
class Annotation:
    """What a journalist decided about one item (see desktop.engine.items.Item.key)."""

    item_key: str
    label: str | None = None
    note: str = ""
    reviewed: bool = False
    created: str = ""
    updated: str = ""
    author: str = ""
