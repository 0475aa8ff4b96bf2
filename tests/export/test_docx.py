"""The Word export: shaded two-column table with notes, summary, provenance, literal text."""

from docx import Document
from docx.oxml.ns import qn

from desktop import export
from desktop.engine.compare import compare
from desktop.engine.load import article_from_text
from desktop.export import ExportRequest
from desktop.export.html import tint
from desktop.export.model import build, make_provenance
from desktop.vocabulary import STATES
from tests.export.fixtures import (
    HOSTILE_NOTE,
    IMG,
    NOTE_CONTRA,
    NOTE_VERIFY,
    PILLS,
    PRESIDENT,
    SCRIPT,
    hostile_annotations,
    hostile_comparison,
    seed_annotations,
    seed_comparison,
)


def fill(cell) -> str | None:
    shd = cell._tc.tcPr.find(qn("w:shd")) if cell._tc.tcPr is not None else None
    return None if shd is None else shd.get(qn("w:fill"))


def comparison_table(doc):
    return next(t for t in doc.tables if t.rows[0].cells[0].text.startswith("Left: "))


def write_seed(tmp_path, **kwargs):
    c = seed_comparison()
    path = export.write(
        ExportRequest(c, seed_annotations(c), **kwargs), tmp_path / "r.docx", "docx"
    )
    return c, Document(str(path))


def test_rows_are_shaded_by_state_with_the_notes_below_them(tmp_path):
    c, doc = write_seed(tmp_path)
    table = comparison_table(doc)
    model = build(c, seed_annotations(c))
    reviewed = [row for row in model.rows if row.label or row.note or row.flags]
    assert len(table.rows) == 1 + len(model.rows) + len(reviewed)
    rows = iter(table.rows[1:])
    for row in model.rows:
        left, right = next(rows).cells
        expected = tint(STATES[row.kind].hue).lstrip("#").upper()
        for cell, texts in ((left, row.left_texts), (right, row.right_texts)):
            assert fill(cell) == (expected if texts else None)
            assert all(t in cell.text for t in texts)
        assert left.text.startswith(f"#{row.number}")
        if row in reviewed:
            below = next(rows).cells[0]
            assert row.note in below.text and row.label_text in below.text
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeats on each page
    texts = [tr.cells[0].text + tr.cells[1].text for tr in table.rows]
    president = next(n for n, t in enumerate(texts) if PRESIDENT in t)
    assert NOTE_VERIFY in texts[president + 1]
    pills = next(n for n, t in enumerate(texts) if PILLS in t)
    assert NOTE_CONTRA in texts[pills + 1]


def test_summary_provenance_and_umlauts(tmp_path):
    c, doc = write_seed(tmp_path)
    body = "\n".join(p.text for p in doc.paragraphs)
    assert f"{c.coverage.left_in_right:.0%} of the left article" in body
    assert "Contradiction: 1" in body and "What only the left source says" in body
    prov = make_provenance(c)
    assert prov.left.sha256 in body and prov.right.sha256 in body
    assert "Außenminister" in body and "Präsidentin" in body


def test_only_reviewed_items(tmp_path):
    _, doc = write_seed(tmp_path, include_unreviewed=False)
    assert len(comparison_table(doc).rows) == 1 + 2 * 2  # each with its review row


def test_markup_is_literal_text(tmp_path):
    c = hostile_comparison()
    path = export.write(ExportRequest(c, hostile_annotations(c)), tmp_path / "r.docx")
    table = comparison_table(Document(str(path)))
    text = "\n".join(cell.text for tr in table.rows for cell in tr.cells)
    assert SCRIPT in text and IMG in text and HOSTILE_NOTE in text


def test_control_characters_in_pasted_text_do_not_break_the_document(tmp_path):
    left = article_from_text("Erster Satz\x0c mit Seitenumbruch. Zweiter\x01 Satz.", title="A\x0bB")
    c = compare(left, seed_comparison().right)
    path = export.write(ExportRequest(c), tmp_path / "r.docx")
    text = "\n".join(
        cell.text for t in Document(str(path)).tables for tr in t.rows for cell in tr.cells
    )
    # The form feed may end a sentence or become a space; either way the text survives.
    assert "Erster Satz" in text and "mit Seitenumbruch." in text
    assert "\x0c" not in text and "\x01" not in text
