"""The shared export model: every sentence once, annotations attached, filters, provenance."""

import hashlib
from datetime import UTC, datetime

import pytest

from desktop import __version__, export
from desktop.export import ExportRequest
from desktop.export.model import build, make_provenance
from tests.export.fixtures import (
    DONATION,
    NOTE_CONTRA,
    PILLS,
    PRESIDENT,
    key_with,
    seed_annotations,
    seed_comparison,
)


def test_every_sentence_of_both_articles_appears_exactly_once():
    c = seed_comparison()
    model = build(c)
    left_ids = [i for r in model.rows for i in r.left_ids]
    right_ids = [j for r in model.rows for j in r.right_ids]
    assert sorted(left_ids) == [s.id for s in c.left.sentences]
    assert sorted(right_ids) == [s.id for s in c.right.sentences]
    texts = " ".join(r.left_text for r in model.rows)
    assert PRESIDENT in texts and "Außenminister" in texts


def test_pairs_are_numbered_in_reading_order():
    model = build(seed_comparison())
    numbers = [r.pair_number for r in model.rows if r.kind == "pair"]
    assert numbers == list(range(1, len(numbers) + 1))
    assert all(r.marker == "" for r in model.rows if r.kind != "pair")


def test_annotations_reach_their_rows_and_counts():
    c = seed_comparison()
    model = build(c, seed_annotations(c))
    row = next(r for r in model.rows if r.key == key_with(c, PILLS))
    assert (row.label, row.note, row.reviewed) == ("contradiction", NOTE_CONTRA, True)
    assert row.label_text == "Contradiction"
    counts = model.summary.label_counts
    assert counts["contradiction"] == 1 and counts["verify"] == 1 and counts["irrelevant"] == 1
    assert counts["unlabelled"] == len(model.rows) - 3
    assert [r.key for r in model.summary.contradictions] == [row.key]


def test_irrelevant_one_sided_sentences_leave_the_summary_lists_but_not_the_rows():
    c = seed_comparison()
    model = build(c, seed_annotations(c))
    key = key_with(c, DONATION)
    assert any(r.key == key for r in model.rows)
    one_sided = model.summary.only_left + model.summary.only_right
    assert all(r.key != key for r in one_sided)
    furniture = [r for r in model.rows if r.boilerplate]
    assert furniture and all(r.key not in {o.key for o in one_sided} for r in furniture)
    # The donation appeal is furniture too, so it is counted once, not twice.
    hidden = model.summary.only_left_irrelevant + model.summary.only_right_irrelevant
    assert hidden == len({r.key for r in furniture} | {key})


def test_include_unreviewed_false_keeps_only_reviewed_items():
    c = seed_comparison()
    model = build(c, seed_annotations(c), include_unreviewed=False)
    assert {r.key for r in model.rows} == {key_with(c, PRESIDENT), key_with(c, PILLS)}
    assert model.summary.exported_items == 2
    assert model.summary.total_items > 2


def test_provenance_fingerprints_the_compared_texts():
    c = seed_comparison()
    when = datetime(2025, 9, 3, 18, 14, tzinfo=UTC)
    p = make_provenance(c, exported=when, extra={"Comparison": "7"})
    assert p.left.sha256 == hashlib.sha256(c.left.text.encode("utf-8")).hexdigest()
    assert p.right.sha256 == hashlib.sha256(c.right.text.encode("utf-8")).hexdigest()
    assert p.left.name == "nachrichtenbericht-rubio-mexiko.txt"
    assert p.exported == "2025-09-03T18:14:00.000Z"
    assert p.version == __version__
    assert p.extra == (("Comparison", "7"),)


def test_format_is_taken_from_the_file_name(tmp_path):
    assert export.format_for_path("bericht.MD") == "md"
    assert export.format_for_path("x.htm") == "html"
    assert export.format_for_path("x.txt") is None
    out = export.write(ExportRequest(seed_comparison()), tmp_path / "r.json")
    assert out.read_text(encoding="utf-8").lstrip().startswith("{")


def test_unknown_formats_are_refused_and_binary_ones_not_rendered_as_text(tmp_path):
    request = ExportRequest(seed_comparison())
    with pytest.raises(ValueError, match="unknown export format"):
        export.write(request, tmp_path / "r.x", "rtf")
    with pytest.raises(ValueError, match="cannot tell"):
        export.write(request, tmp_path / "r.txt")
    with pytest.raises(ValueError, match="not a text format"):
        export.render(request, "docx")
    assert list(tmp_path.iterdir()) == []
