"""simplemma's dictionaries kept on disk as SQLite, so lemmatising a few hundred words (one
article pair at start-up) does not first decode a whole dictionary (about 1 s for German).

The cache is written once, in the background, from the dictionary simplemma has loaded
anyway; lemmas are the same either way (simplemma's own strategies run on both).
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import platformdirs
import simplemma
from simplemma import Lemmatizer
from simplemma.strategies import DefaultStrategy
from simplemma.strategies.dictionaries.dictionary_factory import (
    DEFAULT_DICTIONARY_FACTORY,
    DecodedStrMapping,
)

# Above this many distinct words, one in-memory dictionary beats that many disk look-ups.
DISK_WORDS_LIMIT = 5000
_building: set[str] = set()
_lock = threading.Lock()


def cache_path(lang: str) -> Path:
    root = os.environ.get("TWOFOLD_CACHE_DIR") or platformdirs.user_cache_dir(
        "Twofold", appauthor=False
    )
    return Path(root) / f"lemmas-simplemma-{simplemma.__version__}-{lang}.sqlite"


class _Table(DecodedStrMapping):
    """A read-only word -> lemma mapping answered by SQLite, one look-up at a time."""

    def __init__(self, connection: sqlite3.Connection):
        self._connection = connection
        self._guard = threading.Lock()  # one connection, used from the GUI and worker threads

    def _lookup(self, key: str) -> str | None:
        with self._guard:
            row = self._connection.execute(
                "SELECT lemma FROM lemmas WHERE word = ?", (key.encode(),)
            ).fetchone()
        return row[0].decode() if row else None

    def __iter__(self) -> Iterator[str]:
        with self._guard:
            words = [w for (w,) in self._connection.execute("SELECT word FROM lemmas")]
        return (w.decode() for w in words)

    def __len__(self) -> int:
        with self._guard:
            return self._connection.execute("SELECT count(*) FROM lemmas").fetchone()[0]


class _DiskFactory:
    def __init__(self, lang: str, table: _Table):
        self.lang, self.table = lang, table

    def get_dictionary(self, lang: str) -> _Table:
        if lang != self.lang:
            raise ValueError(f"no cached dictionary for {lang}")
        return self.table


@lru_cache(maxsize=8)
def disk_lemmatizer(lang: str) -> Lemmatizer | None:
    """A lemmatiser reading the cached dictionary, or None while there is no usable cache."""
    path = cache_path(lang)
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        connection.execute("SELECT word, lemma FROM lemmas LIMIT 1").fetchall()
    except sqlite3.Error:
        return None
    factory = _DiskFactory(lang, _Table(connection))
    return Lemmatizer(lemmatization_strategy=DefaultStrategy(dictionary_factory=factory))


def build(lang: str) -> Path | None:
    """Write the cache for `lang` from simplemma's in-memory dictionary (loads it if needed)."""
    raw = getattr(DEFAULT_DICTIONARY_FACTORY.get_dictionary(lang), "_dict", None)
    if not isinstance(raw, dict):  # another simplemma layout: keep using it directly
        return None
    path = cache_path(lang)
    path.parent.mkdir(parents=True, exist_ok=True)
    for stale in path.parent.glob(f"{path.name}.*.partial"):  # left by a process that ended
        if time.time() - stale.stat().st_mtime > 600:
            stale.unlink(missing_ok=True)
    partial = path.with_name(f"{path.name}.{os.getpid()}.{threading.get_ident()}.partial")
    try:
        with sqlite3.connect(partial) as db:
            db.execute("CREATE TABLE lemmas (word BLOB PRIMARY KEY, lemma BLOB) WITHOUT ROWID")
            db.executemany("INSERT INTO lemmas VALUES (?, ?)", raw.items())
        db.close()
        os.replace(partial, path)  # readers never see a half-written cache
    finally:
        partial.unlink(missing_ok=True)
    return path


def build_in_background(lang: str) -> threading.Thread | None:
    """Start writing the cache for `lang` once per process, unless it exists."""
    with _lock:
        if lang in _building or cache_path(lang).is_file():
            return None
        _building.add(lang)

    def run() -> None:
        # A cache is an optimisation: without one, simplemma's own loading is used.
        with contextlib.suppress(OSError, sqlite3.Error, ValueError):
            build(lang)

    thread = threading.Thread(target=run, name=f"lemma-cache-{lang}", daemon=True)
    thread.start()
    return thread
