"""Alignment quality on the human gold data: link P/R/F1 (DEplain-web) and accuracy (MSRP)."""

import pytest

from desktop.engine.align import DEFAULT_THRESHOLD
from tests.bench import gold

SWEEP = (20, 30, 40, 50, 60, 70, 80)


@pytest.mark.bench
def test_bench_alignment_quality(bench_data):
    deplain = gold.load(bench_data / "deplain_web_dev.jsonl")
    msrp = gold.load(bench_data / "msrp_train.jsonl")
    de_aligners, en_aligners = gold.aligners(deplain), gold.aligners(msrp)
    # Halves of the documents show whether a figure holds beyond the documents it was tuned on.
    even = [d for k, d in enumerate(deplain) if k % 2 == 0]
    odd = [d for k, d in enumerate(deplain) if k % 2 == 1]
    even_al = [a for k, a in enumerate(de_aligners) if k % 2 == 0]
    odd_al = [a for k, a in enumerate(de_aligners) if k % 2 == 1]

    de = gold.score(deplain, de_aligners, DEFAULT_THRESHOLD)
    en = gold.score(msrp, en_aligners, DEFAULT_THRESHOLD)
    print(f"\nDefault threshold {DEFAULT_THRESHOLD:g}")
    print(
        f"  deplain-web (de, {len(deplain)} docs): P={de.precision:.3f} R={de.recall:.3f} F1={de.f1:.3f}"
    )
    for name, docs, al in (("even", even, even_al), ("odd", odd, odd_al)):
        half = gold.score(docs, al, DEFAULT_THRESHOLD)
        print(f"    {name} docs: P={half.precision:.3f} R={half.recall:.3f} F1={half.f1:.3f}")
    print(f"  msrp (en, {len(msrp)} pairs): accuracy={en.accuracy:.3f} F1={en.f1:.3f}")
    print("  threshold | deplain P    R    F1  | msrp acc  F1")
    for threshold in SWEEP:
        d = gold.score(deplain, de_aligners, threshold)
        e = gold.score(msrp, en_aligners, threshold)
        print(
            f"  {threshold:9g} | {d.precision:.3f} {d.recall:.3f} {d.f1:.3f} "
            f"| {e.accuracy:.3f} {e.f1:.3f}"
        )
    assert 0 <= de.f1 <= 1 and 0 <= en.accuracy <= 1
