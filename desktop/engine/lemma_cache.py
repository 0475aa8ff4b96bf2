"""simplemma's dictionaries kept on disk, read in place, so lemmatising never decodes a whole
dictionary (about 1 s for German); the first use writes the file, once.

The file is simplemma's own front-coded stream with the restart index its StreamMap builds in
one pass, so no later process makes that pass. Chosen by measurement on German (1.1 million
forms): written in 0.9 s at first use, 8.5 MB, opened in 3 ms, 15-30 µs a look-up (0.16 s for
the 5,400 look-ups of 2,000 x 2,000 sentences). Also measured: sorted plain-text blocks (1.2 s
to write, 30 MB, 3 µs a look-up), a SQLite table (2.7 s, 39 MB, 13 µs), a hash-bucket file
(1.7 s, 31 MB, 1.5 µs), a trie (marisa-trie: 1.6 s, 7 MB, one more dependency); keeping only
the words seen still decodes the whole dictionary for every new word.
"""

from __future__ import annotations

import contextlib
import mmap
import os
import struct
import threading
import time
from array import array
from functools import lru_cache
from pathlib import Path

import simplemma
from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries import dictionary_factory

from desktop.engine import cache_files, lemma_prebuild
from desktop.engine.cache_files import cache_folder

try:  # simplemma 2's reader of its front-coded dictionaries; without it, no cache
    from simplemma.strategies.dictionaries.stream_dictionary_factory import StreamMap
except ImportError:  # pragma: no cover - an older simplemma
    StreamMap = None

FORMAT = 3  # bump when the layout changes: files of every other version are removed on start
_MAGIC = b"TWOFOLD-LEMMAS\x00"
# magic, keys stored reversed, records, first record, blocks, where the stream starts; then the
# sizes of the three parts and of the stream, each block's start, the ends of its resume keys
# and values, the parts (first words, resume keys, resume values), padding, the stream.
_HEADER = struct.Struct("<15sBIIIQ")
_TEMP_AGE = 600  # a named temporary file older than this belongs to no running build
_lock = threading.Lock()
# Held while a lemmatiser is looked up or made: the alignment and the quote check start at once,
# and lru_cache alone would let both build one (the loser's objects left in reference cycles).
_asking = threading.Lock()
_loaded: set[str] = set()  # languages whose table this process has open
_strategies: dict[str, DefaultStrategy] = {}  # the look-ups behind each lemmatizer


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


def dump(stream: StreamMap) -> bytes:
    """The cache file's bytes: the reader's restart index, then its stream (aligned for mmap)."""
    keys = [key for _, key, _ in stream._blocks]  # where each block resumes decoding
    values = [value for _, _, value in stream._blocks]
    arrays = [array("I", (start for start, _, _ in stream._blocks)), _ends(keys), _ends(values)]
    parts = [b"\n".join(stream._firsts), b"".join(keys), b"".join(values)]  # no word has a \n
    sizes = array("I", [len(part) for part in parts] + [len(stream._data)])
    end = _HEADER.size + 16 + sum(len(a) * 4 for a in arrays) + sum(sizes[:3])
    offset = -(-end // mmap.ALLOCATIONGRANULARITY) * mmap.ALLOCATIONGRANULARITY
    header = _HEADER.pack(_MAGIC, stream._rev, stream._count, stream._pos, len(keys), offset)
    head = [header, sizes.tobytes(), *(a.tobytes() for a in arrays), *parts, bytes(offset - end)]
    return b"".join([*head, stream._data])


def _ends(items: list[bytes]) -> array:
    ends, total = array("I", [0]), 0
    for item in items:
        total += len(item)
        ends.append(total)
    return ends


class _Seeds:
    """StreamMap's per-block (start, previous key, previous value), sliced from the file only
    for the block a look-up needs: made all at once they cost more than the rest of opening."""

    def __init__(self, starts: array, key_ends: array, keys: bytes, value_ends: array, values):
        self.starts, self.key_ends, self.keys = starts, key_ends, keys
        self.value_ends, self.values = value_ends, values

    def __getitem__(self, n: int) -> tuple[int, bytes, bytes]:
        keys, values = self.key_ends, self.value_ends
        return (
            self.starts[n],
            self.keys[keys[n] : keys[n + 1]],
            self.values[values[n] : values[n + 1]],
        )

    def __len__(self) -> int:
        return len(self.starts)


def load(index: bytes, data: bytes | mmap.mmap) -> StreamMap:
    """The reader over a file `dump` wrote: its index part and its stream (ValueError when they
    are not such a file)."""
    if len(index) < _HEADER.size + 16:
        raise ValueError("lemma cache too short")
    magic, reverse, count, first, blocks, offset = _HEADER.unpack_from(index, 0)
    sizes = array("I", index[_HEADER.size : _HEADER.size + 16])
    if magic != _MAGIC or len(index) != offset or len(data) != sizes[3]:
        raise ValueError("lemma cache damaged")
    position = _HEADER.size + 16
    arrays = []
    for length in (blocks, blocks + 1, blocks + 1):  # starts, key ends, value ends
        arrays.append(array("I", index[position : position + 4 * length]))
        position += 4 * length
    parts = []
    for size in sizes[:3]:
        parts.append(index[position : position + size])
        position += size
    firsts = parts[0].split(b"\n")
    if len(firsts) != blocks or arrays[1][-1] != sizes[1] or arrays[2][-1] != sizes[2]:
        raise ValueError("lemma cache damaged")
    stream = StreamMap.__new__(StreamMap)  # its state, without the pass that builds it
    stream._data, stream._rev, stream._count, stream._pos = data, bool(reverse), count, first
    stream._firsts = firsts
    stream._blocks = _Seeds(arrays[0], arrays[1], parts[1], arrays[2], parts[2])
    return stream


def _open(path: Path) -> StreamMap | None:
    """The cache file's reader, its stream mapped rather than read; None if it is unusable."""
    try:
        with path.open("rb") as handle:
            offset = _HEADER.unpack(handle.read(_HEADER.size))[-1]
            handle.seek(0)
            index = handle.read(offset)
            length = os.fstat(handle.fileno()).st_size - offset
            if offset % mmap.ALLOCATIONGRANULARITY or length <= 0:
                data = handle.read()
            else:
                data = mmap.mmap(handle.fileno(), length, offset=offset, access=mmap.ACCESS_READ)
        table = load(index, data)
        table.get("Haus")  # a simplemma whose reader keeps other state fails here, not later
        return table
    except (OSError, ValueError, struct.error, AttributeError, TypeError):
        return None


def lemmatizer(lang: str) -> Lemmatizer | None:
    """simplemma's lemmatiser reading `lang` from the cache file, written here on first use;
    None when simplemma has no dictionary for `lang` or stores it in another way. One per
    language, also when several threads ask at once."""
    with _asking:
        return _lemmatizer(lang)


@lru_cache(maxsize=8)
def _lemmatizer(lang: str) -> Lemmatizer | None:
    with _lock:
        path = cache_path(lang)
        remove_stale(path.parent)
        table = _open(path)
        if table is None and lemma_prebuild.busy():
            lemma_prebuild.wait()  # a second process is writing it (the window's first start)
            table = _open(path)
        if table is None:
            try:
                table = StreamMap(lang)  # one pass over the shipped dictionary
                content = dump(table)
            except (AttributeError, ValueError, TypeError):  # unknown language or layout
                return None
            path.unlink(missing_ok=True)  # a damaged file
            with contextlib.suppress(OSError):  # read-only folder: used from memory only
                cache_files.publish(path, content)
        _loaded.add(lang)

    class Factory:
        def get_dictionary(self, wanted: str) -> StreamMap:
            if wanted != lang:
                raise ValueError(f"no cached dictionary for {wanted}")
            return table

    _strategies[lang] = DefaultStrategy(dictionary_factory=Factory())
    return Lemmatizer(lemmatization_strategy=_strategies[lang])


lemmatizer.cache_clear = _lemmatizer.cache_clear  # type: ignore[attr-defined]  # for tests


def strategy(lang: str) -> DefaultStrategy | None:
    """The look-up strategy of `lemmatizer(lang)`: what language detection asks whether a word
    is known, so that it never decodes a whole dictionary either."""
    return _strategies.get(lang) if lemmatizer(lang) is not None else None
