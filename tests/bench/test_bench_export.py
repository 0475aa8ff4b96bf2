"""How long each export format takes for the seed comparison (printed, target under 1 s)."""

import time

import pytest

from desktop import export
from desktop.engine.compare import compare
from desktop.engine.items import items
from desktop.engine.load import article_from_text
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.store.records import Annotation
from tests.export.fixtures import seed_comparison


@pytest.mark.bench
@pytest.mark.parametrize("fmt", list(export.FORMATS))
def test_bench_export_seed(qapp, tmp_path, fmt):
    c = seed_comparison()
    ann = {
        i.key: Annotation(i.key, label="verify", note="Prüfen: Außenministerium", reviewed=True)
        for i in items(c)[::3]
    }
    path = tmp_path / f"seed{export.FORMATS[fmt].suffix}"
    runs = []
    for _ in range(3):
        start = time.perf_counter()
        export.write(export.ExportRequest(c, ann), path, fmt)
        runs.append((time.perf_counter() - start) * 1000)
    print(
        f"\nexport {fmt:5s} seed ({len(items(c))} items): first {runs[0]:.0f} ms, "
        f"best {min(runs):.0f} ms, {path.stat().st_size / 1024:.0f} KiB"
    )


@pytest.mark.bench
def test_bench_export_long_articles(qapp, tmp_path):
    # Ten seed articles end to end: about the length of a long feature on each side.
    left = article_from_text("\n\n".join([SEED_LEFT.read_text("utf-8")] * 10), "long-left.txt")
    right = article_from_text("\n\n".join([SEED_RIGHT.read_text("utf-8")] * 10), "long-right.txt")
    c = compare(left, right)
    ann = {i.key: Annotation(i.key, label="framing", note="Gewichtung prüfen") for i in items(c)}
    for fmt in export.FORMATS.values():
        path = tmp_path / f"long{fmt.suffix}"
        start = time.perf_counter()
        export.write(export.ExportRequest(c, ann), path, fmt.name)
        ms = (time.perf_counter() - start) * 1000
        print(
            f"\nexport {fmt.name:5s} long ({len(items(c))} items): {ms:.0f} ms, "
            f"{path.stat().st_size / 1024:.0f} KiB"
        )
