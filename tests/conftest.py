"""Test-wide setup: Qt runs offscreen, shared paths to the seeds and the shared data."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session", autouse=True)
def private_cache(tmp_path_factory):
    """The lemma cache goes to a folder of this test run, never the user's cache."""
    os.environ["TWOFOLD_CACHE_DIR"] = str(tmp_path_factory.mktemp("cache"))


@pytest.fixture
def shared_dir() -> Path:
    """The shared data beside the checkout (gold alignments, segmentation cases)."""
    if not SHARED.is_dir():
        pytest.fail(f"shared data not found beside the checkout ({SHARED.name}/)")
    return SHARED
