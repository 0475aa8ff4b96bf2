"""Benchmark: quote detection precision/recall, speakers and verdicts on the hand-written pairs,
and the time the quote check adds to a 1 MB article."""

import statistics
import time
from collections import Counter

import pytest

from desktop import paths
from desktop.engine.compare import compare
from desktop.engine.load import article_from_text, load_article
from desktop.engine.quotes import compare_quotes, quotations
from tests.bench.quotes_heldout import HELDOUT
from tests.engine.quotes_cases import CASES


def _score(cases) -> dict:
    """Detection by exact quoted text (boundaries and joined parts must be right); speaker and
    verdict counted over the quotations found."""
    tally = Counter()
    for case in cases:
        left = article_from_text(case.left, lang=case.lang)
        right = article_from_text(case.right, lang=case.lang)
        checks = compare_quotes(left, right)
        for side, expected in (("left", case.left_quotes), ("right", case.right_quotes)):
            found = [c for c in checks if c.side == side]
            unmatched = list(found)
            for e in expected:
                hit = next((c for c in unmatched if c.quote.text == e.text), None)
                if hit is None:
                    tally["missed"] += 1
                    continue
                unmatched.remove(hit)
                tally["found"] += 1
                tally["speaker"] += hit.quote.speaker_name == e.speaker
                tally["verdict"] += hit.verdict == e.verdict
            tally["spurious"] += len(unmatched)
            tally["expected"] += len(expected)
    return tally


def _report(name: str, t: Counter) -> None:
    detected = t["found"] + t["spurious"]
    precision = t["found"] / detected if detected else 0.0
    recall = t["found"] / t["expected"] if t["expected"] else 0.0
    print(
        f"\n{name}: {t['expected']} quotations; detection P {precision:.3f} R {recall:.3f} "
        f"({t['spurious']} spurious, {t['missed']} missed); of those found, speaker right "
        f"{t['speaker']}/{t['found']}, verdict right {t['verdict']}/{t['found']}"
    )


@pytest.mark.bench
def test_bench_quote_detection_and_verdicts():
    suite, heldout = _score(CASES), _score(HELDOUT)
    _report("quote suite (tests/engine/quotes_cases.py, developed with the code)", suite)
    _report("held-out pairs (tests/bench/quotes_heldout.py, never tuned on)", heldout)
    verdicts = Counter(e.verdict for c in CASES for e in (*c.left_quotes, *c.right_quotes))
    print("  suite verdicts: " + ", ".join(f"{v} {n}" for v, n in sorted(verdicts.items())))
    assert suite["expected"] >= 30 and heldout["expected"] > 0


@pytest.mark.bench
def test_bench_quote_check_on_a_one_megabyte_article():
    text = paths.SEED_LEFT.read_text(encoding="utf-8")
    big = article_from_text((text + "\n") * (1_000_000 // len(text.encode()) + 1), lang="de")
    right = load_article(paths.SEED_RIGHT, "de")
    compare_quotes(load_article(paths.SEED_LEFT, "de"), right)  # loads the lemma dictionary
    start = time.perf_counter()
    compare(big, right)
    aligned = time.perf_counter() - start
    start = time.perf_counter()
    checks = compare_quotes(big, right)
    quoted = time.perf_counter() - start
    start = time.perf_counter()
    compare_quotes(right, big)
    reverse = time.perf_counter() - start
    print(
        f"\n1 MB article ({len(big.text) / 1e6:.2f} MB, {len(checks)} quotations) against the "
        f"press release: compare {aligned:.2f} s; quote check {quoted:.2f} s more "
        f"(target <= 1 s); with the sides swapped {reverse:.2f} s"
    )
    assert len(checks) == 4 * (len(big.text) // len(text))


@pytest.mark.bench
def test_bench_quote_finding_on_hostile_text():
    """Marks that never close, apostrophes and a quotation every 50 characters, in one paragraph
    without a full stop: four times the text takes about four times as long (linear)."""
    piece = '„Er sagt, ‚das ist’s\' – »nicht« "so" ‘gemeint '
    times = []
    for copies in (6_250, 25_000):
        article = article_from_text(piece * copies, lang="de")
        start = time.perf_counter()
        quotes = quotations(article)
        times.append(time.perf_counter() - start)
        print(
            f"\nhostile paragraph of {len(article.text) / 1e6:.2f} MB: {len(quotes)} quotations "
            f"in {times[-1]:.2f} s"
        )
    print(f"  4x the text: {times[1] / times[0]:.1f}x the time")
    assert times[1] > 0


@pytest.mark.bench
@pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints")
def test_bench_window_with_the_quotations_of_a_one_megabyte_article(qtbot, tmp_path):
    """The window on a 1 MB article: when the comparison and the quotations are on screen, and
    the longest the event loop stood still meanwhile (the check runs beside the alignment)."""
    from tests.bench.windows import StallClock, megabyte_window

    window, big = megabyte_window(qtbot, tmp_path)
    clock = StallClock()
    started = time.perf_counter()
    moments = {}

    def arrived() -> bool:
        now = time.perf_counter() - started
        if window.comparison is not None and not window.progress.isVisible():
            moments.setdefault("comparison", now)
        if window.ws.quotes is not None and window.quote_panel.tree.model().rowCount():
            moments.setdefault("quotes", now)
        return len(moments) == 2

    window.open_paths(big, paths.SEED_RIGHT)
    qtbot.waitUntil(arrived, timeout=120000)
    qtbot.wait(300)
    gaps = clock.stop()
    walk, plain, visited = [], [], []
    for _ in range(20):  # Q through the first quotations, each redrawing list and detail
        start = time.perf_counter()
        window.run_command("next-quote")
        walk.append(time.perf_counter() - start)
        visited.append(window.current)
    for index in visited:  # going to the same items without Q: what the item itself costs
        window.select_item(index + 1 if index + 1 < len(window.items) else index - 1)
        start = time.perf_counter()
        window.select_item(index)
        plain.append(time.perf_counter() - start)
    # What the answer costs the GUI thread: the list filled, the marks made, the detail redrawn
    # (on an item without quotations, as when the check ends before the alignment).
    from desktop.review import quotes

    plain_item = next(n for n, it in enumerate(window.items) if not window.ws.quotes.in_item(it))
    window.select_item(plain_item)
    left, right = window.articles["left"], window.articles["right"]
    start = time.perf_counter()
    window.perform(quotes.checked(window.ws, left, right, window.ws.quotes.checks))
    taking = time.perf_counter() - start
    print(
        f"\nwindow, 1 MB article ({len(window.ws.quotes)} quotations): comparison on screen "
        f"after {moments['comparison']:.2f} s, quotations after {moments['quotes']:.2f} s; "
        f"{StallClock.described(gaps)}; Q takes "
        f"{statistics.median(walk) * 1000:.0f} ms (median; at most {max(walk) * 1000:.0f}), "
        f"going to the same items otherwise {statistics.median(plain) * 1000:.0f} ms (at most "
        f"{max(plain) * 1000:.0f}; {len(set(visited))} items); taking the answer on the GUI "
        f"thread {taking * 1000:.0f} ms"
    )
    assert len(window.ws.quotes) > 100
    window.close()
