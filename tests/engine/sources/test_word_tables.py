"""Tables in Word files are article text: a fact box's rows are read in order and compared."""

from __future__ import annotations

import docx
import pytest

from desktop.engine import limits
from desktop.engine.compare import compare
from desktop.engine.errors import InputError
from desktop.engine.load import article_from_text, load_article
from desktop.engine.sources import read_source
from tests.engine.sources import hostile


def _fact_box_docx(path):
    document = docx.Document()
    document.add_paragraph("Hochwasser in Passau", style="Title")
    document.add_paragraph("Die Donau steigt weiter, die Altstadt wird geräumt.")
    table = document.add_table(rows=3, cols=2)
    for row, (name, value) in zip(
        table.rows, [("Pegel Passau", "12,20 m"), ("Evakuierte", "20.000"), ("", "")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = name, value
    box = document.add_table(rows=1, cols=1)
    box.cell(0, 0).text = "Hinweis der Redaktion."
    box.cell(0, 0).add_paragraph("Der Text wird laufend aktualisiert.")
    document.add_paragraph("Die Schulen bleiben am Montag geschlossen.")
    document.save(str(path))
    return path


def test_a_fact_box_is_read_row_by_row_in_document_order(tmp_path):
    result = read_source(str(_fact_box_docx(tmp_path / "passau.docx")))
    assert result.text.split("\n\n") == [
        "Hochwasser in Passau",
        "Die Donau steigt weiter, die Altstadt wird geräumt.",
        "Pegel Passau – 12,20 m",
        "Evakuierte – 20.000",
        "Hinweis der Redaktion.",  # a one-cell box keeps its paragraphs
        "Der Text wird laufend aktualisiert.",
        "Die Schulen bleiben am Montag geschlossen.",
    ]


def test_a_number_in_a_table_row_is_compared_with_the_other_article(tmp_path):
    left = load_article(_fact_box_docx(tmp_path / "passau.docx"))
    right = article_from_text(
        "Hochwasser in Passau\n\nPegel Passau – 12,50 m\n\nEvakuierte – 20.000\n", lang="de"
    )
    comparison = compare(left, right)
    pegel = [p for p in comparison.pairs if left.sentences[p.left[0]].text.startswith("Pegel")]
    assert pegel, comparison.pairs
    assert any("12,20" in ",".join(d.left) for d in pegel[0].discrepancies)


def test_rows_inside_content_controls_are_read(tmp_path):
    w = hostile.W
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    body = (
        f'<w:document xmlns:w="{w}"><w:body><w:tbl><w:sdt><w:sdtContent><w:tr>'
        + cell.format("Helfer")
        + "<w:sdt><w:sdtContent>"
        + cell.format("3.000")
        + "</w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl>"
        "<w:p><w:r><w:t>Ende.</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    path = hostile.docx_with_body(tmp_path, "sdt.docx", body)
    assert read_source(str(path)).text == "Helfer – 3.000\n\nEnde."


def test_a_table_of_many_empty_cells_counts_against_the_paragraph_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "DOCX_PARAGRAPHS", 1000)
    w = hostile.W
    body = (
        f'<w:document xmlns:w="{w}"><w:body><w:tbl>'
        + "<w:tr><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr>" * 2000
        + "</w:tbl></w:body></w:document>"
    ).encode()
    path = hostile.docx_with_body(tmp_path, "leer.docx", body)
    with pytest.raises(InputError, match="has more than 1,000 paragraphs"):
        read_source(str(path))
