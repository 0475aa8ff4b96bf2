"""The word lists a first start needs, written by a second process while the window starts, so
the start takes the longer of the two instead of both (about a second of the very first one).

The window calls `start` with the languages of the articles it is about to open; whoever needs a word list
first (lemma_cache) waits for that process rather than writing the same file beside it. Its
file is published in one step like any other, so a process killed on the way leaves nothing.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterable

from desktop.engine import cache_files

PREPARE = "--prepare-word-lists"  # hidden: `twofold --prepare-word-lists de` (desktop/app.py)
WAIT_SECONDS = 60.0  # writing German takes about a second; past this the caller writes it
_lock = threading.Lock()
_child: subprocess.Popen | None = None


def missing(lang: str) -> bool:
    """Whether the cache folder holds no word list of `lang` of any version (a quick look,
    without loading simplemma; a list of another version is replaced where it is read)."""
    try:
        return not cache_files.word_lists(cache_files.cache_folder(), lang)
    except OSError:
        return False


def start(langs: Iterable[str]) -> None:
    """Starts writing the missing word lists of `langs` in a child process (none if none)."""
    global _child
    wanted = [lang for lang in langs if missing(lang)]
    if not wanted:
        return
    if getattr(sys, "frozen", False):  # the packaged app is its own interpreter
        command = [sys.executable, PREPARE, *wanted]
    else:
        command = [sys.executable, "-m", "desktop", PREPARE, *wanted]
    with _lock:
        if _child is not None:
            return
        try:
            _child = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
        except OSError:  # no second process here: the first comparison writes them itself
            _child = None


def busy() -> bool:
    """Whether a child started by `start` may still be writing."""
    return _child is not None and _child.poll() is None


def wait() -> None:
    """Waits for the child `start` began, if any, so that its files can be read."""
    child = _child
    if child is None:
        return
    try:
        child.wait(WAIT_SECONDS)
    except subprocess.TimeoutExpired:  # stuck: the caller writes the list itself
        child.kill()
