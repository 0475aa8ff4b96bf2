"""Hypothesis over every reader (text, Markdown, page, Word, PDF) and the JSONL reader of
`twofold align`: whatever the bytes, the answer is an article or one InputError, never another
exception, within a deadline per example and a fixed number of examples."""

from __future__ import annotations

import io
import json
import os
import tempfile
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.app import main
from desktop.engine.errors import InputError
from desktop.engine.sources import read_source
from tests.engine.sources import hostile
from tests.engine.sources.make_docs import write_docx, write_pdf

# Derandomized: the same examples on every run and machine, so the suite stays deterministic;
# TWOFOLD_FUZZ_EXAMPLES=2000 explores further, with fresh examples each time.
DEEPER = int(os.environ.get("TWOFOLD_FUZZ_EXAMPLES", "0"))
BOUNDED = settings(
    max_examples=DEEPER or 40,
    deadline=5000,  # ms per example
    derandomize=not DEEPER,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TEXT = st.text(
    st.characters(codec="utf-8", exclude_categories=["Cs"]) | st.sampled_from("*_[]()<>#!`\n "),
    max_size=400,
)


def _base(suffix: str) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        if suffix == ".docx":
            return write_docx(Path(folder) / "a.docx", "Titel", hostile.ARTICLE).read_bytes()
        return write_pdf(Path(folder) / "a.pdf", [[hostile.ARTICLE]], title="T").read_bytes()


BASES = {suffix: _base(suffix) for suffix in (".docx", ".pdf")}


def _read(data: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"probe{suffix}"
        path.write_bytes(data)
        try:
            result = read_source(str(path))
        except InputError as exc:
            assert "\n" not in str(exc) and exc.source == str(path)
        else:
            assert result.text.strip()


@pytest.mark.parametrize("suffix", [".txt", ".md", ".html"])
@BOUNDED
@given(data=st.binary(max_size=2000) | TEXT.map(lambda t: t.encode("utf-8")))
def test_text_markdown_and_pages_never_crash(suffix, data):
    _read(data, suffix)


@pytest.mark.parametrize("suffix", [".docx", ".pdf"])
@BOUNDED
@given(
    edits=st.lists(st.tuples(st.integers(0, 2**31), st.integers(0, 255)), max_size=8),
    cut=st.integers(0, 2**31),
)
def test_damaged_word_and_pdf_files_never_crash(suffix, edits, cut):
    data = bytearray(BASES[suffix])
    for position, value in edits:  # bytes changed here and there, then maybe cut short
        data[position % len(data)] = value
    _read(bytes(data[: max(1, cut % (len(data) + 200))]), suffix)


LINE = st.one_of(
    st.binary(max_size=200),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | TEXT,
        lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
        max_leaves=12,
    ).map(lambda value: json.dumps(value).encode()),
    st.fixed_dictionaries(
        {"id": st.integers(), "a": st.lists(TEXT, max_size=3), "b": st.lists(TEXT, max_size=3)},
        optional={"lang": st.sampled_from(["de", "en", "auto", "fr", 5, None])},
    ).map(lambda doc: json.dumps(doc).encode()),
)


@BOUNDED
@given(lines=st.lists(LINE, min_size=1, max_size=4))
def test_any_jsonl_gets_an_answer_or_one_line_per_bad_line(lines):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "in.jsonl"
        path.write_bytes(b"\n".join(line.replace(b"\n", b" ") for line in lines))
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            code = main(["align", "--jsonl", str(path)])
    answered, refused = out.getvalue().splitlines(), err.getvalue().splitlines()
    assert code == (2 if refused else 0)
    assert all(line.startswith(f"twofold: {path}: line ") for line in refused)
    assert all("pairs" in json.loads(line) for line in answered)
    assert len(answered) + len(refused) <= len(lines)
