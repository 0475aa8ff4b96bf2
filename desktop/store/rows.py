"""Conversions between database rows and records: sentence-id lists, annotations, the author."""

from __future__ import annotations

import getpass
import json
from collections.abc import Iterable

from desktop.store.records import Annotation


def ids_text(ids: Iterable[int]) -> str:
    """Sentence ids as stored: sorted, comma-separated ("3,4"), as in item keys."""
    return ",".join(str(i) for i in sorted({int(i) for i in ids}))


def ids_tuple(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part != "")


def parse_item_key(key: str) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
    """("pair", (3, 4), (7,)) for "pair:3,4:7" (see desktop.engine.items.item_key)."""
    kind, left, right = key.split(":")
    return kind, ids_tuple(left), ids_tuple(right)


def current_user() -> str:
    """The OS user name recorded as an annotation's author, or "" if the OS will not say."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises different errors on different platforms
        return ""


ANNOTATION_COLUMNS = "item_key, label, note, reviewed, created, updated, author, also_labels"


def also_text(also: Iterable[str]) -> str:
    """Further labels as stored: a JSON list, "" for none."""
    also = list(also)
    return json.dumps(also, ensure_ascii=False) if also else ""


def annotation_from_row(row: tuple) -> Annotation:
    key, label, note, reviewed, created, updated, author, also = row
    try:
        more = tuple(str(name) for name in json.loads(also)) if also else ()
    except (ValueError, TypeError):
        more = (str(also),)  # written by another tool: shown as it is
    return Annotation(key, label, note, bool(reviewed), created, updated, author, more)


def is_blank(annotation: Annotation) -> bool:
    """No label, no note, not reviewed: nothing worth a row."""
    return not annotation.labels and not annotation.note and not annotation.reviewed
