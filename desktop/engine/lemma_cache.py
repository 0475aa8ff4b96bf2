"""simplemma's dictionaries kept on disk as sorted, indexed blocks read in place, so lemmatising
never decodes a whole dictionary (about 1 s for German); the first use writes the file, once.

Chosen by measurement on German (1.1 million forms; figures in the README): this layout is
written in about 0.4 s from simplemma's shipped stream, opens in under 1 ms and answers a
look-up in about 3 µs. A SQLite table took 2.7 s to write and 13 µs a look-up, a hash-bucket
file 1.7 s to write; a trie (marisa-trie) needs another dependency; keeping only the words seen
still decodes the whole dictionary for every new word.
"""

from __future__ import annotations

import bisect
import contextlib
import mmap
import os
import struct
import tempfile
import threading
import time
from array import array
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise
from pathlib import Path

import platformdirs
import simplemma
from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries import dictionary_factory, frontcode

FORMAT = 2  # bump when the layout changes: files of every other version are removed on start
BLOCK = 64  # records per indexed block: a look-up bisects the index, then searches one block
_MAGIC = b"TWOFOLD-LEMMAS\x00"
_HEADER = struct.Struct("<15sBII")  # magic, keys stored reversed, blocks, index bytes
_TEMP_AGE = 600  # a named temporary file older than this belongs to no running build
_lock = threading.Lock()
_loaded: set[str] = set()  # languages whose table this process has open


def cache_folder() -> Path:
    root = os.environ.get("TWOFOLD_CACHE_DIR") or platformdirs.user_cache_dir(
        "Twofold", appauthor=False
    )
    return Path(root)


def _prefix() -> str:
    return f"lemmas-{FORMAT}-simplemma-{simplemma.__version__}-"


def cache_path(lang: str) -> Path:
    return cache_folder() / f"{_prefix()}{lang}.bin"


def ready(lang: str) -> bool:
    """Whether lemmatising `lang` starts at once (else its first use writes the file)."""
    shipped = getattr(dictionary_factory, "SUPPORTED_LANGUAGES", ())
    return lang in _loaded or lang not in shipped or cache_path(lang).is_file()


def remove_stale(folder: Path) -> None:
    """Removes caches of other Twofold or simplemma versions and leftovers of killed writers."""
    if not folder.is_dir():
        return
    for path in folder.glob("lemmas-*"):
        if not path.name.startswith(_prefix()):
            path.unlink(missing_ok=True)
    for path in folder.glob(".lemmas-*.tmp"):
        with contextlib.suppress(OSError):
            if time.time() - path.stat().st_mtime > _TEMP_AGE:
                path.unlink()


class _Table(dictionary_factory.DecodedStrMapping):
    """A read-only word -> lemma mapping over the file's bytes (mapped, or in memory)."""

    def __init__(self, data: bytes | mmap.mmap):
        if len(data) < _HEADER.size:
            raise ValueError("lemma cache too short")
        magic, reverse, blocks, index = _HEADER.unpack_from(data, 0)
        start = _HEADER.size + 4 * (blocks + 1)
        self._offsets = array("I", data[_HEADER.size : start])
        if magic != _MAGIC or len(self._offsets) != blocks + 1 or self._offsets[-1] != len(data):
            raise ValueError("lemma cache damaged")
        self._data, self._reverse = data, bool(reverse)
        self._firsts = data[start : start + index].split(b"\n")

    def _lookup(self, key: str) -> str | None:
        word = key.encode()
        if self._reverse:  # simplemma stores some languages' words back to front
            word = word[::-1]
        block = bisect.bisect_right(self._firsts, word) - 1
        if block < 0:
            return None
        records = self._data[self._offsets[block] : self._offsets[block + 1]]
        at = records.find(b"\n" + word + b"\t")
        if at < 0:
            return None
        start = at + len(word) + 2
        end = records.find(b"\n", start)
        value = records[start : end if end >= 0 else len(records)]
        return (value[::-1] if self._reverse else value).decode()

    def __iter__(self) -> Iterator[str]:
        for records in (self._data[a:b] for a, b in pairwise(self._offsets)):
            for line in records.split(b"\n")[1:]:
                word = line.partition(b"\t")[0]
                yield (word[::-1] if self._reverse else word).decode()

    def __len__(self) -> int:
        return sum(1 for _ in self)


def layout(lang: str) -> bytes:
    """The cache file's bytes for `lang`, from the dictionary simplemma ships (ValueError for a
    language it has none for)."""
    stream = dictionary_factory._read_decompressed(lang)
    reverse, _count, position = frontcode._read_header(stream)
    records = [
        b"\n" + key + b"\t" + value for _, key, value in frontcode._iter_records(stream, position)
    ]
    records.sort()  # already sorted as shipped: a single pass that makes sure of it
    blocks = [b"".join(records[i : i + BLOCK]) for i in range(0, len(records), BLOCK)]
    index = b"\n".join(
        records[i][1 : records[i].index(b"\t")] for i in range(0, len(records), BLOCK)
    )
    offsets = array("I", [0] * (len(blocks) + 1))
    offset = _HEADER.size + 4 * len(offsets) + len(index)
    for n, block in enumerate(blocks):
        offsets[n] = offset
        offset += len(block)
    offsets[-1] = offset
    header = _HEADER.pack(_MAGIC, reverse, len(blocks), len(index))
    return b"".join([header, offsets.tobytes(), index, *blocks])


def publish(path: Path, content: bytes) -> None:
    """Writes `content` as `path` in one step: readers and a killed writer never leave or see a
    half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if _publish_unnamed(path, content):
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


def _publish_unnamed(path: Path, content: bytes) -> bool:
    """Linux: writes a file that has no name (so a killed process leaves nothing) and names it
    once complete. False where unnamed files are not available."""
    try:
        fd = os.open(path.parent, os.O_TMPFILE | os.O_WRONLY, 0o644)
    except (AttributeError, OSError):
        return False
    try:
        _write_all(fd, content)
        # linkat(AT_SYMLINK_FOLLOW) through /proc names the open file; plain link() cannot.
        proc = os.open("/proc/self/fd", os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.link(str(fd), path, src_dir_fd=proc, follow_symlinks=True)
        finally:
            os.close(proc)
    except FileExistsError:  # another process was first, with the same content
        pass
    except OSError:
        return False
    finally:
        os.close(fd)
    return True


def _write_all(fd: int, content: bytes) -> None:
    view = memoryview(content)
    while view:
        view = view[os.write(fd, view) :]


def _open(path: Path) -> _Table | None:
    try:
        with path.open("rb") as handle:
            return _Table(mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ))
    except (OSError, ValueError):
        return None


@lru_cache(maxsize=8)
def lemmatizer(lang: str) -> Lemmatizer | None:
    """simplemma's lemmatiser reading `lang` from the cache file, written here on first use;
    None when simplemma has no dictionary for `lang` or stores it in another way."""
    with _lock:
        path = cache_path(lang)
        remove_stale(path.parent)
        table = _open(path)
        if table is None:
            try:
                content = layout(lang)
            except (AttributeError, ValueError, TypeError):  # unknown language or layout
                return None
            path.unlink(missing_ok=True)  # a damaged file
            with contextlib.suppress(OSError):  # read-only folder: use it from memory
                publish(path, content)
            table = _open(path) or _Table(content)
        _loaded.add(lang)

    class Factory:
        def get_dictionary(self, wanted: str) -> _Table:
            if wanted != lang:
                raise ValueError(f"no cached dictionary for {wanted}")
            return table

    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=Factory()))
