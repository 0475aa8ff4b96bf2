"""The first comparison in a language says on a terminal that it writes the word list."""

import os
import subprocess
import sys

from desktop.paths import ROOT, SEED_LEFT, SEED_RIGHT

NOTE = "twofold: preparing the German word list (first time only)…"


def _compare(cache, stderr_to_terminal: bool) -> str:
    """What `twofold compare` of the sample pair writes on stderr (a pseudo-terminal or a pipe)."""
    env = {**os.environ, "TWOFOLD_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "desktop", "compare", str(SEED_LEFT), str(SEED_RIGHT)]
    if not stderr_to_terminal:
        done = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stderr
        return done.stderr
    parent, child = os.openpty()
    try:
        done = subprocess.run(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=child)
        os.close(child)
        assert done.returncode == 0
        said = b""
        while True:
            try:
                chunk = os.read(parent, 4096)
            except OSError:  # the terminal's other end is closed: all was read
                break
            if not chunk:
                break
            said += chunk
        return said.decode("utf-8")
    finally:
        os.close(parent)


def test_a_terminal_is_told_once_and_a_script_never(tmp_path):
    assert NOTE in _compare(tmp_path / "a", stderr_to_terminal=True)
    assert _compare(tmp_path / "a", stderr_to_terminal=True) == ""  # written: nothing to say
    assert _compare(tmp_path / "b", stderr_to_terminal=False) == ""  # a pipe gets no note
    assert (tmp_path / "b").is_dir()
