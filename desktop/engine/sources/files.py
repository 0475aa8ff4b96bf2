"""Reading an article file: the one reader, with one size limit and one message per failure."""

from __future__ import annotations

from pathlib import Path

from desktop.engine.errors import InputError
from desktop.engine.sources.address import looks_like_address

MAX_BYTES = 50 * 1024 * 1024


def amount(n: int) -> str:
    """A size as a reader says it: "21 MB", "16384 bytes"."""
    return f"{n / 2**20:.0f} MB" if n >= 2**20 else f"{n} bytes"


def too_large(limit: int, size: int | None = None) -> str:
    """The message for a file or download over the limit (with its size when known)."""
    return (
        f"is too large ({amount(size)}; the limit is {amount(limit)})"
        if size
        else (f"is too large (the limit is {amount(limit)})")
    )


def read_file(location: str) -> bytes:
    """The bytes of an article file; InputError naming the file for every way it can fail."""
    path = Path(location)
    try:
        if not path.exists():
            if looks_like_address(location):
                raise InputError(location, "no such file (write web addresses with https://)")
            raise InputError(location, "no such file")
        if path.is_dir():
            raise InputError(location, "is a folder, not a file")
        if not path.is_file():
            raise InputError(location, "is not a regular file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(location, too_large(MAX_BYTES, size))
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(location, f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise InputError(location, "is empty")
    return data
