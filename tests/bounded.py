"""Run Python code or the `twofold` command in a child process bounded in time and memory.

Hostile-input tests use it so that a hang fails the test after a few seconds instead of
stopping the suite, and so that runaway memory ends the child (MemoryError) before the machine
suffers. Only POSIX sets the memory limit (resource.setrlimit)."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SECONDS = 20.0  # the bound for any bad input to be answered
MEMORY = 1024 * 2**20  # and for the memory it may take (address space of the child)


@dataclass(frozen=True)
class Outcome:
    """What the child did: exit code, its output, and how long it took."""

    code: int
    stdout: str
    stderr: str
    seconds: float
    ended: float  # time.time() when the child had exited
    cpu: float = 0.0  # seconds of processor time the child used (user + system, all threads)


def _limit(memory: int):
    def apply() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))

    return apply if os.name == "posix" else None


def run_python(
    code: str,
    *args: str,
    seconds: float = SECONDS,
    memory: int = MEMORY,
    stdin: str | None = None,
    cwd: Path | None = None,
) -> Outcome:
    """Run `code` (sys.argv[1:] = args) in a fresh interpreter; fail the test past `seconds`."""
    return _run([sys.executable, "-c", code, *args], seconds, memory, stdin, cwd)


def run_twofold(
    *args: str,
    seconds: float = SECONDS,
    memory: int = MEMORY,
    stdin: str | None = None,
    cwd: Path | None = None,
) -> Outcome:
    """Run `python -m desktop ARGS` as a user would; fail the test past `seconds`."""
    return _run([sys.executable, "-m", "desktop", *args], seconds, memory, stdin, cwd)


def _run(command, seconds: float, memory: int, stdin: str | None, cwd) -> Outcome:
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen")
    before = _children_cpu()
    start = time.monotonic()
    try:
        done = subprocess.run(
            command,
            input=stdin,
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            timeout=seconds,
            env=env,
            cwd=cwd or ROOT,
            preexec_fn=_limit(memory),
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after {seconds:g} s: {command[1:]}")
    seconds = time.monotonic() - start
    return Outcome(
        done.returncode, done.stdout, done.stderr, seconds, time.time(), _children_cpu() - before
    )


def _children_cpu() -> float:
    if os.name != "posix":
        return 0.0
    import resource

    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def one_line(outcome: Outcome) -> str:
    """The single stderr line of a refused input (exit 2, no traceback), for assertions."""
    assert outcome.code == 2, (outcome.code, outcome.stderr[-2000:])
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1, outcome.stderr[-2000:]
    assert "Traceback" not in outcome.stderr
    return lines[0]
