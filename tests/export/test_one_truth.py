"""One annotated comparison: every format from the window, `twofold export` and `twofold
compare` list the same items, numbers, labels, notes and coverage; JSON follows the schema."""

from __future__ import annotations

import csv
import io
import json
import re

import jsonschema
import pytest
from docx import Document
from pypdf import PdfReader

from desktop import cli, export
from desktop.engine.compare import compare
from desktop.engine.load import load_article
from desktop.export.document import SCHEMA
from desktop.export.formats import FORMATS
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review import annotate
from desktop.review.session import open_database
from desktop.review.workspace import Workspace
from desktop.vocabulary import label_text

NOTES = {"1": "Beide nennen Montag", "4": "=1+1 beim Amt prüfen", "2": "Zahl weicht ab"}


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory, qapp):
    """The seeds reviewed in a workspace: three items labelled and noted, one reviewed (the
    Qt application first: PDFs are laid out by Qt)."""
    folder = tmp_path_factory.mktemp("one-truth")
    ws = Workspace()
    ws.use_store(*open_database(folder / "twofold.db"))
    ws.set_articles(load_article(SEED_LEFT), load_article(SEED_RIGHT))
    from desktop.engine.compare import PreparedComparison

    ws.aligned(PreparedComparison(ws.articles["left"], ws.articles["right"]))
    kinds = {"1": "pair", "4": "left", "2": "right"}
    for digit, note in NOTES.items():
        ws.select(next(n for n, i in enumerate(ws.items) if i.kind == kinds[digit]))
        annotate.toggle_label(ws, digit)
        annotate.set_note(ws, note)
    annotate.mark_reviewed(ws)
    ws.store.rename_comparison(ws.session.id, "Rubio in Mexiko: Bericht gegen Mitteilung")
    ws.comparison_renamed(ws.session.id)
    expected = {
        ws.index_of(key) + 1: (label_text(a.label), a.note)
        for key, a in ws.annotations.items()
        if a.label or a.note
    }
    yield ws, folder, expected
    ws.close()


def _window_request(ws):
    return export.ExportRequest(
        ws.comparison, dict(ws.annotations), facts=ws.export_facts(), title=ws.title
    )


def _text(path, fmt) -> str:
    if fmt == "pdf":
        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    if fmt == "docx":
        doc = Document(path)
        parts = [p.text for p in doc.paragraphs]
        for table in doc.tables:
            parts += [cell.text for row in table.rows for cell in row.cells]
        return "\n".join(parts)
    return path.read_text(encoding=FORMATS[fmt].encoding)


def _outputs(ws, folder) -> dict[str, str]:
    """Every format, once as the window writes it and once by `twofold export`."""
    out = {}
    for fmt, spec in FORMATS.items():
        window_file = folder / f"window{spec.suffix}"
        export.write(_window_request(ws), window_file, fmt)
        out[f"window {fmt}"] = _text(window_file, fmt)
        cli_file = folder / f"cli{spec.suffix}"
        args = ["export", "--db", str(folder / "twofold.db"), "--comparison", "1"]
        assert cli.run([*args, "--format", fmt, "-o", str(cli_file)]) == 0
        out[f"export {fmt}"] = _text(cli_file, fmt)
    return out


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_every_format_lists_the_same_items_labels_notes_and_coverage(reviewed):
    ws, folder, expected = reviewed
    cov = ws.comparison.coverage
    shares = [f"{cov.left_in_right:.0%}", f"{cov.right_in_left:.0%}"]
    for name, text in _outputs(ws, folder).items():
        flat = _flat(text.replace("\\", "") if name.endswith("md") else text)  # md escapes
        if name.endswith(("json", "csv")):
            continue  # checked as data below
        assert "Rubio in Mexiko: Bericht gegen Mitteilung" in flat, name
        for share in shares:
            assert share.replace("%", "") in flat, (name, share)
        for number, (label, note) in expected.items():
            # The "Labels and notes" list: the item's number, its label, its note.
            listed = re.search(rf"#{number}\b(.{{0,400}})", flat)
            assert listed, (name, number)
            assert label in listed.group(1) and _flat(note) in flat, (name, number, label, note)


def _items(doc: dict) -> dict[int, tuple[str, str, str]]:
    return {i["item"]: (i["key"], i["label_text"], i["note"]) for i in doc["items"]}


def test_json_and_csv_from_window_export_and_compare_agree(reviewed, capsys):
    ws, folder, expected = reviewed
    outputs = _outputs(ws, folder)
    window, exported = json.loads(outputs["window json"]), json.loads(outputs["export json"])
    assert _items(window) == _items(exported)
    assert window["coverage"] == exported["coverage"]
    labelled = {n: (lt, note) for n, (_, lt, note) in _items(window).items() if lt or note}
    assert labelled == expected
    rows = list(csv.DictReader(io.StringIO(outputs["export csv"].lstrip("\ufeff"))))
    assert {int(r["item"]): r["key"] for r in rows} == {
        n: k for n, (k, _, _) in _items(window).items()
    }
    assert any(r["note"] == "'=1+1 beim Amt prüfen" for r in rows)  # formula-safe
    assert cli.run(["compare", str(SEED_LEFT), str(SEED_RIGHT), "--format", "json"]) == 0
    compared = json.loads(capsys.readouterr().out)
    assert {n: k for n, (k, _, _) in _items(compared).items()} == {
        n: k for n, (k, _, _) in _items(window).items()
    }
    assert compared["coverage"] == window["coverage"]
    assert [p["item"] for p in compared["pairs"]] == [p["item"] for p in window["pairs"]]


def test_every_json_output_follows_the_schema(reviewed, capsys):
    ws, folder, _ = reviewed
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    outputs = _outputs(ws, folder)
    assert cli.run(["compare", str(SEED_LEFT), str(SEED_RIGHT), "--format", "json"]) == 0
    documents = [json.loads(outputs["window json"]), json.loads(outputs["export json"])]
    documents.append(json.loads(capsys.readouterr().out))
    assert (
        cli.run(
            [
                "export",
                "--db",
                str(folder / "twofold.db"),
                "--comparison",
                "1",
                "--format",
                "json",
                "--reviewed-only",
            ]
        )
        == 0
    )
    documents.append(json.loads(capsys.readouterr().out))
    for doc in documents:
        jsonschema.validate(doc, schema)
    # Scripts written for the compare output of before keep working: its keys are all there.
    for key in ("left", "right", "pairs", "unique_left", "unique_right", "coverage"):
        assert key in documents[2]
    sentence = documents[2]["left"]["sentences"][0]
    assert {"id", "text", "start", "end", "state", "unique_spans"} <= set(sentence)
    assert {"left", "right", "score", "differences", "evidence"} <= set(documents[2]["pairs"][0])


def test_the_same_text_saved_as_txt_and_as_log_is_one_article(tmp_path):
    from pathlib import Path

    from desktop.export.model import make_provenance
    from desktop.store.store import Store

    data = Path(SEED_LEFT).read_bytes()
    paths = [tmp_path / "bericht.txt", tmp_path / "bericht.log"]
    for path in paths:
        path.write_bytes(data)
    articles = [load_article(path) for path in paths]
    right = load_article(SEED_RIGHT)
    with Store.open(tmp_path / "t.db") as store:
        assert len({store.add_article(article) for article in articles}) == 1
    shas = {make_provenance(compare(article, right)).left.sha256 for article in articles}
    assert len(shas) == 1
