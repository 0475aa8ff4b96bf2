"""Benchmark: two 2 MB one-sentence articles (no full stop), loaded and aligned: time,
processor time, peak memory, and how often a cancellable job reports progress."""

import json
import subprocess
import sys

import pytest

from desktop import paths
from tests.bench.processes import user_env

_RUN = """
import json, resource, sys, time
from desktop.engine.compare import PreparedComparison
from desktop.engine.load import article_from_text
from tests.long_text import one_sentence

commas = sys.argv[1] == "clauses"
start = time.perf_counter()
left = article_from_text(one_sentence(1, commas=commas), lang="auto")
right = article_from_text(one_sentence(2, commas=commas), lang="auto")
loaded = time.perf_counter()
reports = []
prepared = PreparedComparison(left, right, lambda d, t: reports.append(time.perf_counter()))
prepared.at()
end = time.perf_counter()
gaps = [b - a for a, b in zip([loaded, *reports], [*reports, end])]
usage = resource.getrusage(resource.RUSAGE_SELF)
print(json.dumps({
    "pieces": [len(left.sentences), len(right.sentences)], "load": loaded - start,
    "align": end - loaded, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss,
    "first": reports[0] - loaded, "gap": max(gaps), "reports": len(reports),
}))
"""


@pytest.mark.bench
@pytest.mark.parametrize("kind", ["words", "clauses"])
def test_bench_two_2_mb_one_sentence_articles(kind):
    done = subprocess.run(
        [sys.executable, "-c", _RUN, kind],
        capture_output=True,
        text=True,
        check=True,
        cwd=paths.ROOT,
        env=user_env(),
        timeout=600,
    )
    f = json.loads(done.stdout)
    print(
        f"\ntwo 2 MB one-sentence articles ({kind}; {f['pieces'][0]:,} x {f['pieces'][1]:,} "
        f"pieces): loading {f['load']:.1f} s, aligning {f['align']:.1f} s (target well under 20 s), "
        f"{f['cpu']:.1f} s processor time, peak RSS {f['rss'] / 1024:.0f} MB (target < 1 GB)"
    )
    print(
        f"  progress: {f['reports']} reports, the first after {f['first']:.1f} s, "
        f"at most {f['gap']:.1f} s apart"
    )
    assert f["reports"] > 0
