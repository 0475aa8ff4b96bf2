"""The time stamp Twofold records when it reads an article: ISO 8601 in UTC, to the second."""

from datetime import UTC, datetime


def now_utc() -> str:
    """The current time as an ISO 8601 timestamp in UTC, to the second."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()
