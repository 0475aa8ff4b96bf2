"""Two 2 MB one-sentence articles (no full stop in megabytes) are compared within the issue's
bounds: 20 s and 1 GB, with progress reported all along so a cancelled job stops at once.

The time bound is on processor time: it is what the work costs, however loaded the machine
running the suite is (the wall-clock timeout only catches a hang)."""

from __future__ import annotations

import pytest

from desktop.engine import limits
from desktop.engine.compare import PreparedComparison
from desktop.engine.load import article_from_text
from desktop.engine.progress import STEPS
from desktop.terminal import CUT_NOTE
from tests.bounded import SECONDS, run_twofold
from tests.long_text import one_sentence


@pytest.mark.parametrize("commas", [False, True], ids=["words", "clauses"])
def test_two_2_mb_one_sentence_files_compare_within_the_bounds(tmp_path, commas):
    # without commas: each 1,000-character piece is one clause; with them: a dozen clauses each
    # (the clause pairs alone took 7 GB and two minutes before they were bounded)
    paths = []
    for seed, name in ((1, "links.txt"), (2, "rechts.txt")):
        paths.append(tmp_path / name)
        paths[-1].write_text(one_sentence(seed, commas=commas), encoding="utf-8")
    outcome = run_twofold("compare", *map(str, paths), seconds=120)
    assert outcome.code == 0, outcome.stderr[-2000:]
    assert CUT_NOTE in outcome.stdout
    assert outcome.cpu < SECONDS, f"{outcome.cpu:.1f} s of processor time"


class Stop(Exception):
    pass


def test_a_huge_comparison_reports_progress_in_every_stage():
    left = article_from_text(one_sentence(1, 2**18), lang="de")
    right = article_from_text(one_sentence(2, 2**18), lang="de")
    reports: list[tuple[int, int]] = []
    PreparedComparison(left, right, progress=lambda done, total: reports.append((done, total)))
    done = [d for d, _ in reports]
    assert {t for _, t in reports} == {STEPS} and done == sorted(done) and done[-1] == STEPS
    # words, weights, rare words and numbers each report before the first block of scores
    assert len([d for d in done if d < STEPS * 0.7]) >= 4 and len(reports) >= 6


def test_a_callback_that_raises_stops_the_comparison_at_that_report():
    left = article_from_text(one_sentence(1, 2**18), lang="de")
    right = article_from_text(one_sentence(2, 2**18), lang="de")
    calls = []

    def cancel_at_second(done: int, total: int) -> None:
        calls.append(done)
        if len(calls) == 2:
            raise Stop

    with pytest.raises(Stop):
        PreparedComparison(left, right, progress=cancel_at_second)
    assert len(calls) == 2


def test_the_caps_are_the_largest_that_fit():
    assert limits.cap_for([10, 20], [30], 10**6) is None  # everything fits
    cap = limits.cap_for([1000] * 10, [1000] * 10, 10**6)
    assert cap == 100  # (10 x 100) x (10 x 100) = 10**6
    cap = limits.cap_for([5, 1000], [1000], 100_000)
    assert (5 + cap) * cap <= 100_000 < (5 + cap + 1) * (cap + 1)
