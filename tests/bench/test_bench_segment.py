"""Benchmark: sentences per second of the splitter on about 1 MB of German news text."""

from __future__ import annotations

import time

import pytest

from desktop.engine.load import article_from_text
from desktop.engine.segment import split_spans
from desktop.paths import SEED_LEFT, SEED_RIGHT


@pytest.mark.bench
def test_bench_split_one_megabyte() -> None:
    seeds = "\n".join(p.read_text(encoding="utf-8") for p in (SEED_LEFT, SEED_RIGHT))
    text = (seeds + "\n") * (1_000_000 // len(seeds) + 1)
    started = time.perf_counter()
    spans = split_spans(text, "de")
    seconds = time.perf_counter() - started
    print(
        f"\nsegment: {len(text) / 1e6:.2f} MB, {len(spans)} sentences in {seconds:.3f} s "
        f"= {len(spans) / seconds:,.0f} sentences/s"
    )
    started = time.perf_counter()
    article = article_from_text(text, lang="auto")
    seconds = time.perf_counter() - started
    print(f"article_from_text (detect + split + paragraphs): {seconds:.3f} s")
    assert len(article.sentences) == len(spans)


@pytest.mark.bench
def test_bench_split_one_long_line() -> None:
    text = "Der Preis stieg am 3. Oktober um ca. 5 Mio. Euro, sagte Dr. Müller. " * 15_000
    started = time.perf_counter()
    spans = split_spans(text, "de")
    seconds = time.perf_counter() - started
    print(
        f"\nsegment, one {len(text) / 1e6:.2f} MB line: {len(spans)} sentences "
        f"in {seconds:.3f} s = {len(spans) / seconds:,.0f} sentences/s"
    )
    assert len(spans) == 15_000
