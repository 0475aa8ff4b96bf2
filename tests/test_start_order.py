"""The window's start loads the Qt-free layers before Qt (PySide6 reads the source of every
module imported after it, about a tenth of a second of each start)."""

import os
import subprocess
import sys

from desktop.paths import ROOT


def test_review_store_and_engine_load_before_pyside(tmp_path):
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path),
        "TWOFOLD_CACHE_DIR": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "desktop", "--first-paint"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    loaded = [line.rsplit("|", 1)[-1].strip() for line in done.stderr.splitlines() if "|" in line]
    first_qt = next(n for n, name in enumerate(loaded) if name.startswith("PySide6"))
    before = set(loaded[:first_qt])
    for name in ("desktop.review.session", "desktop.store.store", "desktop.engine.models"):
        assert name in before, name
