"""The lemmas of words already looked up, kept on disk beside the lemma dictionary: a process
whose words are all known never loads simplemma (about 0.1 s of every start) nor looks a word
up in the dictionary (15-60 µs each).

One file per language, `<dictionary file>.seen`, valid while its dictionary file is there: a
new Twofold or simplemma removes both (lemma_cache.remove_stale). It holds what lemmas.lemma
returned, so it never changes a result. At most limits.SEEN_WORDS words, the most recently
learnt kept; written in one step after a comparison that learnt words, read once a process.
"""

from __future__ import annotations

import contextlib
import marshal
import threading
from pathlib import Path

from desktop.engine import cache_files, limits

SUFFIX = ".seen"
_MAGIC = b"TWOFOLD-SEEN-1\x00"
_lock = threading.Lock()
_memos: dict[tuple[str, str], dict[str, str]] = {}  # (cache folder, language) -> word: lemma
_learnt: dict[tuple[str, str], int] = {}  # words learnt since the file was last written


def known(lang: str) -> dict[str, str]:
    """word -> lemma of `lang` as earlier processes (and this one) looked them up."""
    key = (cache_files.cache_root(), lang)
    memo = _memos.get(key)
    if memo is None:
        with _lock:
            memo = _memos.setdefault(key, _read(Path(key[0]), lang))
    return memo


def learn(lang: str, word: str, lemma: str) -> None:
    """Remembers a word looked up in the dictionary cache (written by `save`)."""
    key = (cache_files.cache_root(), lang)
    known(lang)[word] = lemma
    _learnt[key] = _learnt.get(key, 0) + 1


def save(lang: str) -> None:
    """Writes the memo of `lang` if words were learnt since it was read or written."""
    key = (cache_files.cache_root(), lang)
    if not _learnt.get(key):
        return
    memo = known(lang)
    with _lock:
        _learnt[key] = 0
        words = list(memo.items())[-limits.SEEN_WORDS :]  # the newest, in order
        content = _MAGIC + marshal.dumps(dict(words))
        with contextlib.suppress(OSError):  # a read-only cache folder: this process only
            cache_files.publish(path(lang), content, replace=True)


def path(lang: str) -> Path:
    """Where the memo of `lang` is written: beside the dictionary file, named after it."""
    from desktop.engine import lemma_cache  # simplemma: loaded already when words were learnt

    dictionary = lemma_cache.cache_path(lang)
    return dictionary.with_name(dictionary.name + SUFFIX)


def _read(folder: Path, lang: str) -> dict[str, str]:
    """The memo whose dictionary file is beside it ({} when there is none or it is damaged)."""
    try:
        memos = cache_files.word_lists(folder, lang, SUFFIX)
    except OSError:
        return {}
    found = [p for p in memos if p.with_name(p.name.removesuffix(SUFFIX)).is_file()]
    if len(found) != 1:  # none, or versions side by side until the next clean-up
        return {}
    try:
        content = found[0].read_bytes()
        memo = marshal.loads(content[len(_MAGIC) :]) if content.startswith(_MAGIC) else None
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return memo if type(memo) is dict else {}


def forget() -> None:
    """Drops what this process read and learnt (tests: as a new process would start)."""
    with _lock:
        _memos.clear()
        _learnt.clear()
