"""Reading an article file: the one reader, with one size limit and one message per failure."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from desktop.engine import limits
from desktop.engine.errors import InputError
from desktop.engine.limits import amount
from desktop.engine.sources.address import looks_like_address
from desktop.wording import phrase

MAX_BYTES = limits.FILE_BYTES
# Opening a FIFO for reading would wait for a writer; without blocking it opens at once and
# fstat then tells it is no regular file. (Windows has no FIFOs and no O_NONBLOCK.)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def too_large(limit: int, size: int | None = None) -> str:
    """The message for a file or download over the limit (with its size when known)."""
    if size:
        return phrase(
            "is too large ({size}; the limit is {limit})", size=amount(size), limit=amount(limit)
        )
    return phrase("is too large (the limit is {limit})", limit=amount(limit))


def read_file(location: str, limit: int | None = None) -> bytes:
    """The bytes of an article file; InputError naming the file for every way it can fail.

    Only a regular file is read (not a FIFO, a device such as /dev/zero behind a symlink, or a
    folder), and never more than the limit, even when the file grows while it is read."""
    limit = MAX_BYTES if limit is None else limit
    path = Path(location)
    try:
        if not path.exists():
            if looks_like_address(location):
                raise InputError(
                    location, phrase("no such file (write web addresses with https://)")
                )
            raise InputError(location, phrase("no such file"))
        if path.is_dir():
            raise InputError(location, phrase("is a folder, not a file"))
        if not path.is_file():
            raise InputError(location, phrase("is not a regular file"))
        data = _read_regular(location, limit)
    except OSError as exc:
        raise InputError(
            location, phrase("cannot be read ({detail})", detail=exc.strerror or str(exc))
        ) from exc
    if not data.strip():
        raise InputError(location, phrase("is empty"))
    return data


def _read_regular(location: str, limit: int) -> bytes:
    # The checks above name the common mistakes; these, on the opened file itself, hold even
    # if the path was swapped for a FIFO or a device in between.
    fd = os.open(location, _OPEN_FLAGS)
    with os.fdopen(fd, "rb", buffering=0) as handle:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise InputError(location, phrase("is not a regular file"))
        if info.st_size > limit:
            raise InputError(location, too_large(limit, info.st_size))
        chunks, size = [], 0
        while chunk := handle.read(min(1 << 20, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise InputError(location, too_large(limit))
    return b"".join(chunks)
