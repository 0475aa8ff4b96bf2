"""`twofold align`: every bad line is one line on stderr naming it, the good ones are answered,
and the exit code says that something was wrong."""

from __future__ import annotations

import json

from desktop.app import main
from desktop.engine import limits

GOOD = {"id": "gut", "a": ["Der Hund bellt laut.", "Es regnet."], "b": ["Heute regnet es."]}
LINES = [
    json.dumps(GOOD).encode(),
    json.dumps({"id": 2, "a": [1, 2], "b": ["x"]}).encode(),
    json.dumps({"id": 3, "a": None, "b": ["x"]}).encode(),
    json.dumps({"id": 4, "a": [["verschachtelt"]], "b": ["x"]}).encode(),
    json.dumps({"id": 5, "a": "ein Satz", "b": ["x"]}).encode(),
    json.dumps({"id": 6, "a": ["x"], "b": ["y"], "lang": 5}).encode(),
    b'{"id": 7, "a": ["M\xfcnchen"], "b": ["x"]}',
    b"kein JSON",
    b"[1, 2]",
    json.dumps({"id": 10, "a": ["x"]}).encode(),
    b"",
    json.dumps({**GOOD, "id": "auch gut", "lang": "de"}).encode(),
]
PROBLEMS = [
    'line 2 has "a" as a list holding a number, not a list of strings',
    'line 3 has "a" as null, not a list of strings',
    'line 4 has "a" as a list holding a list, not a list of strings',
    'line 5 has "a" as a string, not a list of strings',
    'line 6 has "lang" 5; it must be "de", "en" or "auto"',
    "line 7 is not UTF-8 text",
    "line 8 is not JSON",
    'line 9 is not an {"id", "a", "b"} JSON object but a list holding a number',
    'line 10 has no "b" (a list of sentences)',
]


def test_each_bad_line_is_named_and_the_good_ones_are_answered(tmp_path, capsys):
    source = tmp_path / "paare.jsonl"
    source.write_bytes(b"\n".join(LINES) + b"\n")
    assert main(["align", "--jsonl", str(source)]) == 2
    out, err = capsys.readouterr()
    answers = [json.loads(line) for line in out.splitlines()]
    assert [a["id"] for a in answers] == ["gut", "auch gut"]
    assert [1, 0] in answers[0]["pairs"]
    assert err.splitlines() == [f"twofold: {source}: {problem}" for problem in PROBLEMS]


def test_a_sentence_longer_than_the_limit_is_scored_on_its_beginning(tmp_path, capsys):
    long = "Der Hund bellt laut. " + "und weiter " * 400
    source = tmp_path / "lang.jsonl"
    source.write_text(json.dumps({"id": 1, "a": [long, "Es regnet."], "b": ["Der Hund bellt."]}))
    assert main(["align", "--jsonl", str(source)]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["cut"] == {"a": [0], "b": []}
    assert len(long) > limits.SENTENCE_CHARS


def test_a_line_with_more_pairs_than_memory_holds_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(limits, "SCORED_PAIRS", 100)
    source = tmp_path / "viele.jsonl"
    source.write_text(json.dumps({"id": 1, "a": ["x"] * 20, "b": ["y"] * 20}) + "\n")
    assert main(["align", "--jsonl", str(source)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"twofold: {source}: line 1: have 20 and 20 sentences")
