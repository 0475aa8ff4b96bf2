"""Conversions between database rows and records: timestamps, sentence-id lists, hashes."""

from __future__ import annotations

import getpass
import hashlib
from collections.abc import Iterable
from datetime import UTC, datetime

from desktop.store.records import Annotation


def now() -> str:
    """UTC time as ISO 8601 with milliseconds, e.g. 2026-11-23T09:40:01.123Z (sorts as text)."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


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


ANNOTATION_COLUMNS = "item_key, label, note, reviewed, created, updated, author"


def annotation_from_row(row: tuple) -> Annotation:
    key, label, note, reviewed, created, updated, author = row
    return Annotation(key, label, note, bool(reviewed), created, updated, author)


def is_blank(annotation: Annotation) -> bool:
    """No label, no note, not reviewed: nothing worth a row."""
    return annotation.label is None and not annotation.note and not annotation.reviewed
