"""`twofold quotes LEFT RIGHT`: the quotations of both articles, their speakers and verdicts."""

import json

import pytest

from desktop.app import main
from desktop.paths import SEED_LEFT, SEED_RIGHT


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_lists_every_quotation_with_offsets_speaker_and_verdict(capsys):
    code, out, _ = run(capsys, "quotes", str(SEED_LEFT), str(SEED_RIGHT), "--format", "json")
    assert code == 0
    quotes = json.loads(out)["quotes"]
    assert [(q["side"], q["speaker"], q["verdict"]) for q in quotes] == [
        ("left", "Sheinbaum", "absent"),
        ("left", "US-Außenministerium", "absent"),
        ("left", "Sheinbaum", "absent"),
        ("left", "gemeinsamen Erklärung", "paraphrased"),
    ]
    left = SEED_LEFT.read_text(encoding="utf-8")
    right = SEED_RIGHT.read_text(encoding="utf-8")
    for q in quotes:
        assert left[q["start"] : q["end"]] == q["text"]
    declaration = quotes[3]
    match = declaration["match"]
    assert match["side"] == "right"
    assert right[match["start"] : match["end"]].startswith("Ziel der verstärkten Kooperation")
    assert ["replace", "Verbrechen", "Kriminalität"] in declaration["differences"]
    assert all(q["match"] is None and q["differences"] == [] for q in quotes[:3])


def test_text_names_speakers_verdicts_and_the_differing_words(capsys):
    code, out, _ = run(capsys, "quotes", str(SEED_LEFT), str(SEED_RIGHT))
    assert code == 0
    assert "4 quotations" in out and "0 quotations" in out
    assert "L4 gemeinsamen Erklärung:" in out
    assert "paraphrased" in out and out.count("absent") == 3
    assert "Verbrechen  →  Kriminalität" in out


def test_both_directions_and_the_language_option(tmp_path, capsys):
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text('"We will not back down," said Jones on Monday.\n', encoding="utf-8")
    right.write_text('Smith told reporters: "We will not back down."\n', encoding="utf-8")
    code, out, _ = run(capsys, "quotes", str(left), str(right), "--format", "json", "--lang", "en")
    assert code == 0
    quotes = json.loads(out)["quotes"]
    assert [(q["side"], q["speaker"], q["verdict"]) for q in quotes] == [
        ("left", "Jones", "attributed differently"),
        ("right", "Smith", "attributed differently"),
    ]


@pytest.mark.parametrize("bad", ["nope.txt", "folder"])
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, bad):
    (tmp_path / "folder").mkdir()
    code, out, err = run(capsys, "quotes", str(tmp_path / bad), str(SEED_RIGHT))
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and bad in err
