"""Every export has a Quotations section: each quotation, its speaker, verdict, differing words."""

from __future__ import annotations

import csv
import io
import json

import jsonschema
import pytest

from desktop import cli, export
from desktop.engine.compare import compare
from desktop.engine.load import article_from_text
from desktop.engine.quotes import VERDICTS, compare_quotes, quotes_json
from desktop.export import ExportRequest
from desktop.export.document import SCHEMA
from desktop.export.formats import FORMATS
from desktop.paths import SEED_LEFT, SEED_RIGHT
from tests.export.fixtures import seed_comparison
from tests.export.test_one_truth import _text

SPEAKERS = ("Sheinbaum", "US-Außenministerium", "gemeinsamen Erklärung")
DIFFERING = ("Verbrechen → Kriminalität", "des Abkommens → der verstärkten Kooperation")


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def outputs(tmp_path_factory, qapp) -> dict[str, str]:
    """The seed comparison in every format, as its text (the Qt application lays out PDFs)."""
    folder = tmp_path_factory.mktemp("quotations")
    out = {}
    for fmt, spec in FORMATS.items():
        path = export.write(ExportRequest(seed_comparison()), folder / f"r{spec.suffix}", fmt)
        out[fmt] = _text(path, fmt)
    return out


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "md"])
def test_each_document_format_has_the_quotations_with_speaker_verdict_and_differences(outputs, fmt):
    text = _flat(outputs[fmt].replace("\\", "") if fmt == "md" else outputs[fmt])
    if fmt == "html":  # the visible text, not the style sheet
        text = text[text.index("<body>") :]
    section = text[text.index("Quotations (4)" if fmt != "md" else "### Quotations") :]
    assert "4 quotations; 1 found in the other article" in section
    for speaker in SPEAKERS:
        assert speaker in section, (fmt, speaker)
    assert section.count("absent") >= 3 and "paraphrased" in section
    assert "Words that differ" in section
    for change in DIFFERING:
        assert change in section, (fmt, change)
    assert "Ziel der verstärkten Kooperation ist es" in section  # what the other article has


def test_the_csv_gives_each_item_its_quotations(outputs):
    rows = list(csv.DictReader(io.StringIO(outputs["csv"])))
    quoted = [r["quotations"] for r in rows if r["quotations"]]
    assert [cell.split(":")[0] for cell in quoted] == [
        "L1 Sheinbaum",
        "L2 US-Außenministerium",
        "L3 Sheinbaum",
        "L4 gemeinsamen Erklärung",
    ]
    assert quoted[3].startswith("L4 gemeinsamen Erklärung: paraphrased (")
    assert all(change in quoted[3] for change in DIFFERING)
    declaration = next(r for r in rows if r["quotations"].startswith("L4"))
    assert "Ziel des Abkommens" in declaration["left_text"]


def test_the_json_quotes_are_twofold_quotes_and_each_item_points_at_its_own(outputs, capsys):
    doc = json.loads(outputs["json"])
    c = seed_comparison()
    assert doc["quotes"] == quotes_json(compare_quotes(c.left, c.right))["quotes"]
    assert cli.run(["quotes", str(SEED_LEFT), str(SEED_RIGHT), "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["quotes"] == doc["quotes"]
    pointed = []
    for item in doc["items"]:
        for place in item["quotes"]:
            quote = doc["quotes"][place]
            sentences = doc[quote["side"]]["sentences"]
            ids = item["left_ids"] if quote["side"] == "left" else item["right_ids"]
            assert any(sentences[i]["start"] <= quote["start"] < sentences[i]["end"] for i in ids)
            pointed.append(place)
    assert sorted(pointed) == list(range(len(doc["quotes"]))) == [0, 1, 2, 3]


def test_the_schema_describes_the_quotes_of_every_json_output(outputs, capsys, tmp_path):
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    quote = schema["$defs"]["quote"]
    assert quote["properties"]["verdict"]["enum"] == list(VERDICTS)
    assert set(quote["required"]) == {
        "side", "start", "end", "text", "speaker", "verdict", "match", "differences"
    }  # fmt: skip
    jsonschema.validate(json.loads(outputs["json"]), schema)
    # `twofold quotes --format json`: {"quotes": [...]} of the same entries.
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text('"We will not back down," said Jones on Monday.\n', encoding="utf-8")
    right.write_text('Smith told reporters: "We will not back down."\n', encoding="utf-8")
    assert cli.run(["quotes", str(left), str(right), "--format", "json", "--lang", "en"]) == 0
    answer = json.loads(capsys.readouterr().out)
    only_quotes = {**schema, "required": ["quotes"], "properties": {"quotes": schema["properties"]["quotes"]}}  # fmt: skip
    jsonschema.validate(answer, only_quotes)
    assert [q["verdict"] for q in answer["quotes"]] == ["attributed differently"] * 2
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"quotes": [{**answer["quotes"][0], "verdict": "same"}]}, only_quotes)


def test_quotations_given_by_the_window_are_used_not_checked_again(monkeypatch):
    from desktop.export import quotations

    def refuse(*_args):
        raise AssertionError("the quotations were checked again")

    c = seed_comparison()
    checks = compare_quotes(c.left, c.right)
    monkeypatch.setattr(quotations, "compare_quotes", refuse)
    html = export.render(ExportRequest(c, quotes=checks), "html")
    assert "Quotations (4)" in html and "gemeinsamen Erklärung" in html
    markdown = export.render(ExportRequest(c, quotes=()), "md")
    assert "Neither article has a quotation." in markdown


def test_a_quotation_given_to_someone_else_names_both_speakers_and_markup_stays_text():
    left = article_from_text(
        '"We will <b>not</b> back down [now](https://evil.example)," said Jones on Monday.\n',
        lang="en",
    )
    right = article_from_text(
        'Smith told reporters: "We will <b>not</b> back down [now](https://evil.example)."\n',
        lang="en",
    )
    request = ExportRequest(compare(left, right))
    markdown = export.render(request, "md")
    shown = markdown.replace("\\", "")  # as a Markdown viewer shows it
    assert "attributed differently" in shown and "(there: Smith)" in shown
    assert "[now](https" not in markdown  # escaped: no link
    html = export.render(request, "html")
    body = html[html.index("<body>") :]
    assert "<b>not</b>" not in body and "&lt;b&gt;not&lt;/b&gt;" in body
    assert "(there: Jones)" in html
