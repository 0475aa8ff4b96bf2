"""Closed windows are freed at once, and Python's automatic collection is safe with workers.

Both run in their own process (tests/ui/lifetimes_probe.py): a crash there is a failure here,
and no other test's objects are counted."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("lifetimes_probe.py")
ROOT = PROBE.parents[2]


def probe(*args: str, timeout: int) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, str(PROBE), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert result.stdout.rstrip().endswith("ok"), result.stdout
    return result.stdout


def test_a_closed_window_leaves_no_reference_cycles():
    # Reviewing, linking by hand and every dialog used; then nothing for the collector to do.
    out = probe("cycles", timeout=120)
    found = [int(n) for n in re.findall(r"round \d+: (\d+) objects", out)]
    assert len(found) == 3 and found == [0, 0, 0], out


@pytest.mark.slow
def test_windows_closed_while_aligning_with_automatic_collection_on():
    out = probe("stress", "40", timeout=600)
    print(out)
    workers = int(re.search(r"(\d+) on worker threads", out).group(1))
    assert workers > 0, "the stress test must make the collector run inside a worker"
