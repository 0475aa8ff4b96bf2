"""The one timestamp format Twofold writes: ISO 8601 in UTC with milliseconds and a Z
(2026-11-23T09:40:01.123Z), so stamps sort as text in the store and read the same everywhere."""

from __future__ import annotations

from datetime import UTC, datetime


def stamp(when: datetime) -> str:
    """`when` in the one format (a naive time is taken as local time)."""
    return when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def now_utc() -> str:
    """The current time in the one format."""
    return stamp(datetime.now(UTC))


def minutes(text: str) -> str:
    """A stamp as people read it, to the minute: "2026-11-23 09:40 UTC" ("" for none)."""
    return f"{text[:16].replace('T', ' ')} UTC" if text else ""
