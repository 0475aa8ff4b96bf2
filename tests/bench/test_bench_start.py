"""Whole `twofold` processes from an empty lemma cache: the first and second sample comparison,
and one `twofold align` of 2,000 x 2,000 sentences, each against a baseline in the same run."""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time

import pytest

from desktop.engine import lemma_cache, lemma_memo
from desktop.engine.lemmas import TOKEN
from desktop.paths import ROOT, SEED_LEFT, SEED_RIGHT
from tests.bench.processes import user_env
from tests.bench.test_bench_speed import _sentences

_CDIST = """
import json, sys, time
import numpy
from rapidfuzz import fuzz, process
left, right = json.load(sys.stdin)
start = time.perf_counter()
process.cdist(left, right, scorer=fuzz.ratio, workers=-1, dtype=numpy.uint8)
print(time.perf_counter() - start)
"""
_LEMMAS = """
import json, sys, time
start = time.perf_counter()
from desktop.engine.lemmas import lemmas_of
left, right = json.load(sys.stdin)
lemmas_of(left + right, "de")
print(time.perf_counter() - start)
"""


def _seconds(command: list[str], env: dict, stdin: str | None = None) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(
        command, cwd=ROOT, env=env, input=stdin, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    return time.perf_counter() - started, done.stdout


@pytest.mark.bench
def test_sample_comparison_first_and_second_process(tmp_path):
    env = user_env(TWOFOLD_CACHE_DIR=str(tmp_path))
    compare = [sys.executable, "-m", "desktop", "compare", str(SEED_LEFT), str(SEED_RIGHT)]
    first, _ = _seconds(compare, env)
    left_behind = sorted(p.name for p in tmp_path.iterdir())
    # the dictionary, and the memo of the words it was asked for
    assert left_behind == [lemma_cache.cache_path("de").name, lemma_memo.path("de").name]
    size = (tmp_path / left_behind[0]).stat().st_size / 1e6
    second = statistics.median(_seconds(compare, env)[0] for _ in range(3))
    imports = statistics.median(
        _seconds([sys.executable, "-c", "import numpy, rapidfuzz"], env)[0] for _ in range(3)
    )
    print(
        f"\ntwofold compare of the sample pair, empty cache folder: first {first:.2f} s (leaves "
        f"only {left_behind[0]}, {size:.1f} MB, and its memo); second {second:.2f} s = {second / imports:.1f}x "
        f'python -c "import numpy, rapidfuzz" ({imports:.2f} s) (target <= 3x)'
    )


@pytest.mark.bench
def test_align_process_on_2000_by_2000_sentences(tmp_path, bench_data):
    env = user_env(TWOFOLD_CACHE_DIR=str(tmp_path))
    left, right = _sentences(bench_data, 2000, "a", 1), _sentences(bench_data, 2000, "b", 2)
    pair = json.dumps([left, right])
    jsonl = tmp_path / "pair.jsonl"
    jsonl.write_text(json.dumps({"id": 1, "a": left, "b": right, "lang": "de"}) + "\n")
    words = len({w for s in left + right for w in TOKEN.findall(s)})
    lemmas_first, _ = _seconds([sys.executable, "-c", _LEMMAS], env, pair)  # writes the cache
    lemmas = float(_seconds([sys.executable, "-c", _LEMMAS], env, pair)[1])
    align = [sys.executable, "-m", "desktop", "align", "--jsonl", str(jsonl)]
    whole, _ = _seconds(align, env)  # the aligner's own words (normalised) are new to the memo
    again, _ = _seconds(align, env)  # every word in the memo
    raw = statistics.median(
        float(_seconds([sys.executable, "-c", _CDIST], env, pair)[1]) for _ in range(3)
    )
    print(
        f"\none twofold align process, 2000 x 2000 sentences (~{words:,} distinct words): "
        f"{whole:.2f} s = {whole / raw:.1f}x one raw cdist(fuzz.ratio, workers=-1, uint8) "
        f"({raw:.2f} s) (target <= 6x); the same process again (every word in the memo) "
        f"{again:.2f} s = {again / raw:.1f}x; lemmas of all sentences from the cache "
        f"{lemmas:.2f} s (import included; {lemmas_first:.2f} s for the whole process that wrote "
        "the cache)"
    )
