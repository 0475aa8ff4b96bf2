"""Test-wide setup: Qt runs offscreen, a private lemma cache, the optional shared data."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
# Gold alignments beside the checkout, as CI has them; a clone on its own has none.
# TWOFOLD_NO_SHARED=1 hides them, to prove the suite passes the way a user runs it.
SHARED = None if os.environ.get("TWOFOLD_NO_SHARED") == "1" else ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """The lemma cache goes to a folder of this test run, never the user's cache."""
    os.environ["TWOFOLD_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture
def bench_data() -> Path:
    """shared/bench-data (gold alignments, not shipped): quality figures skip without it."""
    folder = SHARED / "bench-data" if SHARED else None
    if folder is None or not folder.is_dir():
        why = "hidden by TWOFOLD_NO_SHARED=1" if SHARED is None else "not beside the checkout"
        pytest.skip(f"gold alignments (../shared/bench-data) {why}")
    return folder
