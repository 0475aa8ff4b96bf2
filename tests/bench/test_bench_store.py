"""How long opening the review database and recording annotation actions take (prints figures)."""

from __future__ import annotations

import time

import pytest

from desktop.engine.load import article_from_text
from desktop.store.store import Store
from desktop.vocabulary import LABEL as LABELS

ACTIONS = 1000


@pytest.mark.bench
def test_bench_store(tmp_path):
    path = tmp_path / "bench.db"
    started = time.perf_counter()
    store = Store.open(path)
    create_ms = (time.perf_counter() - started) * 1000
    text = " ".join(f"Satz Nummer {n} berichtet etwas anderes." for n in range(400))
    left = store.add_article(article_from_text(text, lang="de"))
    right = store.add_article(article_from_text(text + " Ende.", lang="de"))
    cid = store.open_comparison(left, right, 55.0).id
    keys = [f"pair:{n}:{n}" for n in range(400)]
    store.save_alignment(cid, [], keys)

    labels = list(LABELS)
    timings = []
    undo = []
    for n in range(ACTIONS):
        key = keys[n % len(keys)]
        t = time.perf_counter()
        match n % 3:
            case 0:
                undo.append(store.set_label(cid, key, labels[n % len(labels)]))
            case 1:
                undo.append(store.set_note(cid, key, f"Notiz {n}"))
            case _:
                undo.append(store.set_reviewed(cid, key, n % 2 == 0))
        timings.append(time.perf_counter() - t)
    t = time.perf_counter()
    store.list_comparisons("notiz 99")
    search_ms = (time.perf_counter() - t) * 1000
    t = time.perf_counter()
    store.annotations(cid)
    load_ms = (time.perf_counter() - t) * 1000
    store.close()

    reopen = []
    for _ in range(20):
        t = time.perf_counter()
        Store.open(path).close()
        reopen.append(time.perf_counter() - t)

    timings.sort()
    reopen.sort()
    total = sum(timings)
    print(
        f"\nstore: create {create_ms:.1f} ms; reopen median {reopen[10] * 1000:.1f} ms;"
        f" {ACTIONS} annotation actions {total * 1000:.0f} ms"
        f" (median {timings[ACTIONS // 2] * 1000:.2f} ms, p99 {timings[int(ACTIONS * 0.99)] * 1000:.2f} ms,"
        f" max {timings[-1] * 1000:.2f} ms); search {search_ms:.1f} ms; load annotations {load_ms:.1f} ms"
    )
    assert len(undo) == ACTIONS


@pytest.mark.bench
def test_bench_store_reopen_with_many_comparisons(tmp_path):
    path = tmp_path / "big.db"
    with Store.open(path) as store:
        for n in range(100):
            text = " ".join(f"Artikel {n} Satz {k} berichtet etwas." for k in range(300))
            left = store.add_article(article_from_text(text, lang="de"))
            right = store.add_article(article_from_text(text + " Ende.", lang="de"))
            cid = store.open_comparison(left, right, 55.0).id
            store.save_alignment(cid, [], [f"pair:{k}:{k}" for k in range(300)])
            for k in range(0, 300, 3):
                store.set_reviewed(cid, f"pair:{k}:{k}", True)
    size_mb = path.stat().st_size / 1e6
    reopen = []
    for _ in range(10):
        t = time.perf_counter()
        with Store.open(path) as store:
            reopen.append(time.perf_counter() - t)
    t = time.perf_counter()
    with Store.open(path) as store:
        listed = store.list_comparisons()
    list_ms = (time.perf_counter() - t) * 1000
    reopen.sort()
    print(
        f"\nstore with {len(listed)} comparisons ({size_mb:.1f} MB): reopen median"
        f" {reopen[5] * 1000:.1f} ms; open + list {list_ms:.1f} ms"
    )
    assert listed[0].reviewed == 100
