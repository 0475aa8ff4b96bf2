"""Work past its time limit is stopped, not left running on a thread nobody waits for: the
article extractor, the PDF reader and downloads each end soon after the user got the message."""

from __future__ import annotations

import contextlib
import threading
import time

import pytest

from desktop.engine import limits
from desktop.engine.deadline import Overtime, within
from desktop.engine.errors import InputError
from desktop.engine.sources import extract_html
from tests.engine.sources.make_docs import write_pdf

STOPPED_WITHIN = 2.0  # seconds from the message to the end of the work (a C call ends first)


def _running(name: str) -> bool:
    """Whether a thread of that name still runs (the download's and extractors' names)."""
    return any(t.name == name and t.is_alive() for t in threading.enumerate())


def _gone_after(name: str) -> float:
    """Seconds until no thread called `name` runs (fails past STOPPED_WITHIN)."""
    start = time.monotonic()
    while _running(name):
        assert time.monotonic() - start < STOPPED_WITHIN, f"{name} still running"
        time.sleep(0.01)
    return time.monotonic() - start


def _forever() -> None:
    count = 0
    while True:
        # a library's own handler of every Exception does not keep it going
        with contextlib.suppress(Exception):
            count += 1


def test_work_past_its_limit_is_stopped():
    start = time.monotonic()
    with pytest.raises(Overtime):
        within(0.2, _forever, name="probe")
    assert time.monotonic() - start < 1.0
    _gone_after("probe")


def test_work_within_its_limit_gives_its_result_or_its_error():
    assert within(5, lambda: 42) == 42
    with pytest.raises(ZeroDivisionError):
        within(5, lambda: 1 / 0)


def test_the_article_extractor_is_stopped_at_its_deadline(monkeypatch):
    monkeypatch.setattr(limits, "EXTRACT_SECONDS", 0.2)
    soup = "<html><body>" + "<div><a href='/x'>link</a><span>t</span></div>\n" * 5000
    with pytest.raises(InputError, match=r"could not be found within 0.2 s"):
        extract_html(soup + "</body></html>")
    _gone_after("twofold-extract")


def test_a_pdf_page_that_never_ends_is_stopped(monkeypatch, tmp_path):
    from pypdf import PageObject

    path = write_pdf(tmp_path / "a.pdf", [[["Die Stadt Köln lässt 1.200 Bäume untersuchen."]]])
    monkeypatch.setattr(limits, "EXTRACT_SECONDS", 0.3)
    monkeypatch.setattr(PageObject, "extract_text", lambda self, *a, **k: _forever())
    from desktop.engine.sources.pdf import read_pdf

    start = time.monotonic()
    with pytest.raises(InputError, match=r"took longer than 0.3 s to read \(0 of 1 pages\)"):
        read_pdf("a.pdf", path.read_bytes())
    assert time.monotonic() - start < 1.5  # inside a page: the check between pages never came
    _gone_after("twofold-pdf")
