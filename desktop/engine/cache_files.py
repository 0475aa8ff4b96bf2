"""Files in the user's cache folder, each written in one step: a killed writer leaves nothing."""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from pathlib import Path


def cache_folder() -> Path:
    return Path(cache_root())


def cache_root() -> str:
    """The cache folder as a string: asked for every new word (lemma_memo), so it is cheap."""
    return os.environ.get("TWOFOLD_CACHE_DIR") or _user_cache()


@lru_cache(maxsize=1)
def _user_cache() -> str:
    import platformdirs  # only where TWOFOLD_CACHE_DIR does not say

    return platformdirs.user_cache_dir("Twofold", appauthor=False)


def word_lists(folder: Path, lang: str, suffix: str = "") -> list[Path]:
    """The files in `folder` named like a word list of `lang` (lemma_cache.cache_path: any
    format and simplemma version), plus `suffix` (OSError when the folder cannot be read)."""
    return list(folder.glob(f"lemmas-*-{lang}.bin{suffix}"))


def publish(path: Path, content: bytes, replace: bool = False) -> None:
    """Writes `content` as `path` in one step: readers and a killed writer never leave or see a
    half-written file. An existing `path` is kept (its content is the same: a cache of fixed
    data) unless `replace`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if _publish_unnamed(path, content, replace):
        return
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        try:
            _write_all(fd, content)
        finally:
            os.close(fd)
        os.replace(temp, path)
    finally:
        Path(temp).unlink(missing_ok=True)


def _publish_unnamed(path: Path, content: bytes, replace: bool) -> bool:
    """Linux: writes a file that has no name (so a killed process leaves nothing) and names it
    once complete. False where unnamed files are not available."""
    # A name cannot be given over an existing file: to replace, the complete file is named
    # beside it and renamed over it, so only a kill in the microseconds between leaves it.
    target = path.with_name(f".{path.name}.{os.urandom(4).hex()}.tmp") if replace else path
    try:
        fd = os.open(path.parent, os.O_TMPFILE | os.O_WRONLY, 0o644)
    except (AttributeError, OSError):
        return False
    try:
        _write_all(fd, content)
        # linkat(AT_SYMLINK_FOLLOW) through /proc names the open file; plain link() cannot.
        proc = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.link(str(fd), target, src_dir_fd=proc, follow_symlinks=True)
        finally:
            os.close(proc)
        if replace:
            os.replace(target, path)
    except FileExistsError:  # another process was first, with the same content
        pass
    except OSError:
        return False
    finally:
        os.close(fd)
        if replace:  # renamed over `path`, or a failed rename's leftover
            target.unlink(missing_ok=True)
    return True


def _write_all(fd: int, content: bytes) -> None:
    view = memoryview(content)
    while view:
        view = view[os.write(fd, view) :]
