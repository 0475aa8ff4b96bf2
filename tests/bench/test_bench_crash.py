"""The crash test, 30 times: the app killed (-9) at random moments keeps every action it
reported done (prints how many actions and kills mid-action were checked)."""

from __future__ import annotations

import time

import pytest

from tests.test_crash_safety import killed_at_a_random_moment

RUNS = 30


@pytest.mark.bench
def test_bench_crash(tmp_path):
    started = time.perf_counter()
    actions = mid_action = 0
    for seed in range(RUNS):
        count, in_flight = killed_at_a_random_moment(seed, tmp_path / f"run{seed}.db")
        actions += count
        mid_action += in_flight
    print(
        f"\ncrash test: {RUNS} runs killed with SIGKILL, {actions} actions reported done, "
        f"all in the database; {mid_action} kills came before the action in flight was "
        f"reported (saved whole or not at all); {time.perf_counter() - started:.0f} s"
    )
