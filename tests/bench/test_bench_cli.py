"""Benchmark: `twofold compare` on a 1 MB article against a normal one (time, peak memory)."""

import resource
import subprocess
import sys
import time

import pytest

from desktop.paths import SEED_LEFT, SEED_RIGHT


@pytest.mark.bench
def test_one_megabyte_article_against_a_normal_one(tmp_path):
    text = SEED_LEFT.read_text(encoding="utf-8")
    big = tmp_path / "big.txt"
    big.write_text((text + "\n") * (1_000_000 // len(text.encode()) + 1), encoding="utf-8")
    start = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "compare", str(big), str(SEED_RIGHT), "--format", "json"],
        capture_output=True,
        timeout=300,
    )
    seconds = time.perf_counter() - start
    assert result.returncode == 0, result.stderr.decode()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    size = big.stat().st_size / 1e6
    print(
        f"\ncompare {size:.2f} MB article with the press release: {seconds:.2f} s, "
        f"peak RSS {peak:.0f} MB, JSON {len(result.stdout) / 1e6:.1f} MB"
    )
