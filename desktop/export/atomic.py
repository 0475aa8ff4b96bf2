"""Output files written whole or not at all, and never over a file the user still needs.

Everything goes to a temporary file beside the target (same folder, so same disk) and is
renamed over the target only once complete and flushed to disk: a full disk or a crash leaves
the previous file as it was. Devices and pipes (/dev/stdout) get the complete file copied in."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import stat
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from desktop.engine.errors import InputError
from desktop.store.files import COMPANIONS, database_files


def protected_files(
    left: str | Path | None, right: str | Path | None, database: str | Path | None = None
) -> list[tuple[str, str | Path | None]]:
    """The files no output may replace, as (what it is, path): the two articles compared and
    the review database with its write-ahead log and shared-memory file. The CLI and the
    Export dialog both ask this."""
    files = [("the left article", left), ("the right article", right)]
    if database:
        main, *companions = database_files(database)
        files.append(("the review database", main))
        for suffix, companion in zip(COMPANIONS, companions, strict=True):
            files.append((f"part of the review database (its {suffix} file)", companion))
    return files


def refuse_overwrite(
    target: str | Path, protected: Iterable[tuple[str, str | Path | None]]
) -> None:
    """InputError when `target` is one of the `protected` (what it is, path) files: an input
    article or the review database must never be replaced by an export."""
    for role, path in protected:
        if path and _same_file(target, path):
            raise InputError(str(target), f"is {role}; write the output to another file")


def _same_file(a: str | Path, b: str | Path) -> bool:
    try:
        return os.path.samefile(a, b)  # hard links and other spellings of one path too
    except (OSError, ValueError):
        pass  # one of them does not exist (yet): the same only if both name one place
    try:
        return os.path.realpath(a) == os.path.realpath(b)  # a -wal SQLite has not made yet
    except (OSError, ValueError):
        return False


@contextlib.contextmanager
def replacing(path: str | Path) -> Iterator[Path]:
    """A path to write the new file to; renamed over `path` when the block ends without an
    error, removed when it raises. The permissions of a file replaced are kept."""
    target = Path(os.path.realpath(path))  # through a symlink: the link stays a link
    device = target.exists() and not target.is_file()  # /dev/stdout, a pipe: copied into
    folder = Path(tempfile.gettempdir()) if device else target.parent
    temp = folder / f".{target.name}.{secrets.token_hex(4)}.part"
    try:
        yield temp
        if device:
            with open(temp, "rb") as source, open(target, "wb") as out:
                shutil.copyfileobj(source, out)
            return
        _flush_to_disk(temp)
        if target.exists():
            os.chmod(temp, stat.S_IMODE(target.stat().st_mode))
        os.replace(temp, target)
    finally:
        with contextlib.suppress(FileNotFoundError):
            temp.unlink()


def write_bytes(path: str | Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all (OSError when it cannot be written)."""
    with replacing(path) as temp, open(temp, "wb") as out:
        out.write(data)


def _flush_to_disk(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())
