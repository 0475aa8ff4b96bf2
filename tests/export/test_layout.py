"""The paper formats give the article text the width: two text columns, the review under
the row, word differences marked inline, a turned page for long rows."""

from __future__ import annotations

from html import escape

from docx import Document
from docx.enum.section import WD_ORIENT
from pypdf import PdfReader

from desktop import export
from desktop.engine.compare import PreparedComparison
from desktop.engine.load import article_from_text
from desktop.engine.models import Link
from desktop.export import ExportRequest
from desktop.export.model import EXCERPT_CHARS, build, excerpt, landscape
from tests.export.fixtures import seed_annotations, seed_comparison


def _pair(left: str, right: str):
    """The two texts as one pair, linked by hand (every sentence of each side)."""
    a, b = article_from_text(left, lang="de"), article_from_text(right, lang="de")
    ids = (tuple(range(len(a.sentences))), tuple(range(len(b.sentences))))
    return PreparedComparison(a, b).at(100, manual=[Link(*ids, 100)])


def _differing():
    return _pair("Die Polizei meldete 20 Verletzte.", "Die Polizei meldete 25 Verletzte.")


def _long_pair():
    """One pair of 34 sentences a side, as a liveblog and an agency report give."""
    left = " ".join(f"Im Bezirk {n} meldete die Polizei {n * 3} Festnahmen." for n in range(34))
    right = " ".join(
        f"Im Bezirk {n} nahm die Polizei {n * 3 + 1} Menschen fest." for n in range(34)
    )
    a, b = article_from_text(left, lang="de"), article_from_text(right, lang="de")
    return PreparedComparison(a, b).at(100, manual=[Link(tuple(range(34)), tuple(range(34)), 100)])


def test_the_html_marks_the_words_that_differ_inside_each_pair():
    c = _differing()
    page = export.render(ExportRequest(c), "html")
    pair = next(p for p in c.pairs if any(op.tag != "equal" for op in p.word_diff))
    changed = next(op for op in pair.word_diff if op.tag == "replace")
    assert f'<span class="diff-left">{changed.left}' in page
    assert f'<span class="diff-right">{changed.right}' in page
    assert ">Review<" not in page  # no column of its own: the texts get the width


def test_the_word_document_underlines_the_differing_words(tmp_path):
    c = _differing()
    doc = Document(str(export.write(ExportRequest(c), tmp_path / "r.docx")))
    marked = [
        run.text
        for t in doc.tables
        for row in t.rows
        for cell in row.cells
        for p in cell.paragraphs
        for run in p.runs
        if run.font.underline
    ]
    changed = next(op for p in c.pairs for op in p.word_diff if op.tag == "replace")
    assert any(changed.left in text for text in marked)
    assert any(changed.right in text for text in marked)


def test_long_pairs_turn_the_page_and_short_ones_do_not(qapp, tmp_path):
    long = _long_pair()
    assert landscape(build(long)) and not landscape(build(seed_comparison()))
    pdf = PdfReader(export.write(ExportRequest(long, page_size="A4"), tmp_path / "l.pdf"))
    box = pdf.pages[0].mediabox
    assert box.width > box.height
    short = PdfReader(export.write(ExportRequest(seed_comparison()), tmp_path / "s.pdf"))
    assert short.pages[0].mediabox.width < short.pages[0].mediabox.height
    doc = Document(str(export.write(ExportRequest(long), tmp_path / "l.docx")))
    assert doc.sections[0].orientation == WD_ORIENT.LANDSCAPE
    assert doc.sections[0].page_width > doc.sections[0].page_height


# Measured on A4 in DejaVu Sans (Debian fonts-dejavu): the seed pair with its review 5
# pages (7 before one-sided sentences leaned over three quarters and the summary quoted
# excerpts), the 34-sentence pair 3 (4 before); one page of margin for other fonts.
SEED_PAGES, LONG_PAIR_PAGES = 5 + 1, 3 + 1


def test_the_pdf_is_compact(qapp, tmp_path):
    seed = seed_comparison()
    path = export.write(
        ExportRequest(seed, seed_annotations(seed), page_size="A4"), tmp_path / "s.pdf"
    )
    pages = len(PdfReader(path).pages)
    long = export.write(ExportRequest(_long_pair(), page_size="A4"), tmp_path / "l.pdf")
    long_pages = len(PdfReader(long).pages)
    print(f"seed pair: {pages} A4 pages; 34-sentence pair: {long_pages} A4 pages (landscape)")
    assert pages <= SEED_PAGES and long_pages <= LONG_PAIR_PAGES


def test_the_summary_quotes_an_excerpt_and_the_table_the_whole_sentence():
    seed = seed_comparison()
    page = export.render(ExportRequest(seed, seed_annotations(seed)), "html")
    longest = max((s.text for s in seed.left.sentences), key=len)
    assert len(longest) > EXCERPT_CHARS
    assert page.count(escape(longest)) == 1  # in the table only
    assert escape(excerpt(longest)) in page  # the summary's lists recognise it
