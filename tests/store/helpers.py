"""Shared test texts and a helper to run a second Python process against the database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

LEFT_TEXT = (
    "Der Minister traf am Montag in Mexiko-Stadt ein. "
    "Er sprach mit der Präsidentin über Sicherheit. "
    "Die Gespräche dauerten drei Stunden.\n\n"
    "Kritiker bemängelten fehlende Ergebnisse."
)
RIGHT_TEXT = (
    "Am Montag kam der Minister in Mexiko-Stadt an. "
    "Mit der Präsidentin besprach er die Sicherheitslage. "
    "Beide Seiten lobten die enge Zusammenarbeit."
)


def python_child(code: str, *args: str) -> subprocess.Popen:
    """Another Python process running `code` with the project importable, talking by lines."""
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
