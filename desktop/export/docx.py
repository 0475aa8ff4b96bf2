"""A Word document: summary, the two articles in a shaded table with review notes, provenance."""

from __future__ import annotations

from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_COLOR_INDEX
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from desktop.engine.diff import marked_spans
from desktop.engine.items import ONLY_LEFT, ONLY_RIGHT, PAIR
from desktop.engine.text import without_controls
from desktop.export.html import tint
from desktop.export.model import (
    ExportModel,
    Row,
    count_name,
    coverage_text,
    landscape,
    scope_text,
    sections,
)
from desktop.export.provenance import provenance_lines
from desktop.export.quotations import HEADING as QUOTATIONS
from desktop.export.quotations import intro
from desktop.vocabulary import REVIEWED, STATES, VERDICTS

# The two texts share the width between 1.5 cm margins: A4 portrait, or landscape for long rows.
WIDTHS = {False: (Cm(9.0), Cm(9.0)), True: (Cm(13.3), Cm(13.3))}
GREY = RGBColor(0x55, 0x55, 0x55)
FLAG = RGBColor(0x8A, 0x4B, 0x00)


def _clean(text: str) -> str:
    # XML 1.0 forbids most control characters (form feeds in pasted text, for instance);
    # Word would refuse the file, so they become spaces, as in every export.
    return without_controls(text)


def _shade(cell, colour: str) -> None:
    # python-docx has no cell shading API; w:shd must precede w:vAlign etc., so shade first.
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), colour.lstrip("#").upper())
    cell._tc.get_or_add_tcPr().append(shd)


def _run(paragraph, text: str, bold=False, italic=False, colour=None, size=None):
    run = paragraph.add_run(_clean(text))
    # Only set what differs from the style: every explicit False is another XML element.
    if bold:
        run.bold = True
    if italic:
        run.italic = True
    if colour is not None:
        run.font.color.rgb = colour
    if size is not None:
        run.font.size = Pt(size)
    return run


def _side(cell, row: Row, texts: tuple[str, ...], side: str, head: bool) -> None:
    p = cell.paragraphs[0]
    if head:  # the item's number and score lead its first text
        meta = [f"#{row.number}"]
        if row.score is not None:
            meta.append("linked by hand" if row.manual else f"score {row.score:.0f}")
        if row.reviewed:
            meta.append(REVIEWED)
        _run(p, " · ".join(meta) + "  ", colour=GREY, size=8)
    if not texts:
        return
    hue = STATES[row.kind].hue
    _shade(cell, tint(hue))
    marker = f"{row.glyph} [{row.marker}] " if row.marker else f"{row.glyph} "
    _run(p, marker, bold=True, colour=RGBColor.from_string(hue[1:]))
    text = " ".join(texts)
    if not row.word_diff:
        _run(p, text)
        return
    for piece, changed in marked_spans(text, row.word_diff, side):
        words = piece.lstrip()
        if not (changed and words):
            _run(p, piece)
            continue
        if words != piece:
            _run(p, piece[: len(piece) - len(words)])
        run = _run(p, words)  # what the other side says differently, as in the window
        run.font.underline = True
        run.font.highlight_color = WD_COLOR_INDEX.YELLOW


def _review(cell, row: Row) -> None:
    """The label, note and flags in the row under the texts."""
    p = cell.paragraphs[0]
    if row.label:
        _run(p, row.label_text + "  ", bold=True)
    if row.note:
        _run(p, row.note, italic=True)
    for flag in row.flags:
        _run(cell.add_paragraph(), f"⚠ {flag}", colour=FLAG)


def _bullet(doc, style_id: str):
    # `add_paragraph(style="List Bullet")` resolves the name by scanning every style on
    # each call; with the id looked up once, long summaries stay fast.
    p = doc.add_paragraph()
    p._p.style = style_id
    return p


def _summary(doc, model: ExportModel) -> None:
    s = model.summary
    bullet = doc.styles["List Bullet"].style_id
    doc.add_heading("Summary", level=1)
    doc.add_paragraph(coverage_text(s))
    doc.add_paragraph(scope_text(s, model.include_unreviewed))
    for key, n in s.label_counts.items():
        _bullet(doc, bullet).add_run(f"{count_name(key)}: {n}")
    for section in sections(s):
        doc.add_heading(f"{section.heading} ({len(section.rows)})", level=2)
        for r in section.rows:
            p = _bullet(doc, bullet)
            _run(p, f"#{r.number} ", colour=GREY)
            if r.label:
                _run(p, f"{r.label_text} ", bold=True)
            if section.side == "left":
                _run(p, r.left_text)
            elif section.side == "right":
                _run(p, r.right_text)
            else:
                _run(p, "Left: ", bold=True)
                _run(p, r.left_text or "—")
                _run(p, "  Right: ", bold=True)
                _run(p, r.right_text or "—")
            for flag in r.flags:
                _run(p, f"  ⚠ {flag}", colour=FLAG)
            if r.note:
                _run(p, f"  Note: {r.note}", italic=True)
            for line in r.closest_lines[:1]:
                _run(p, f"  {line}", colour=GREY)
        if section.hidden:
            doc.add_paragraph(
                f"{section.hidden} more set aside as boilerplate or irrelevant, not listed."
            )


def _quotations(doc, model: ExportModel) -> None:
    rows = model.quotations
    bullet = doc.styles["List Bullet"].style_id
    doc.add_heading(f"{QUOTATIONS} ({len(rows)})", level=1)
    doc.add_paragraph(intro(rows))
    for q in rows:
        p = _bullet(doc, bullet)
        _run(p, f"{q.label} ", colour=GREY)
        _run(p, q.speaker, bold=True)
        if q.item is not None:
            _run(p, f" (#{q.item})", colour=GREY)
        hue = VERDICTS[q.verdict].hue
        glyph, _, verdict = q.verdict_text.partition(" ")
        _run(p, f"  {glyph} ", bold=True, colour=RGBColor.from_string(hue[1:]))
        _run(p, verdict)
        p.add_run().add_break()  # the words on a line of their own, in the same bullet
        _run(p, f"“{q.text}”", italic=True)
        if q.other_text:
            p.add_run().add_break()
            _run(p, "Other article: ", bold=True)
            _run(p, q.other_text)
        if q.changes:
            p.add_run().add_break()
            _run(p, "Words that differ: ", bold=True)
            _run(p, " · ".join(q.changes))


def _legend(doc) -> None:
    table = doc.add_table(rows=1, cols=3)
    for cell, kind, text in zip(
        table.rows[0].cells,
        (PAIR, ONLY_LEFT, ONLY_RIGHT),
        (
            "paired: both report it ([P1] on both sides)",
            "only in the left source",
            "only in the right source",
        ),
        strict=True,
    ):
        _shade(cell, tint(STATES[kind].hue))
        p = cell.paragraphs[0]
        _run(
            p,
            STATES[kind].glyph + " ",
            bold=True,
            colour=RGBColor.from_string(STATES[kind].hue[1:]),
        )
        _run(p, text, size=9)


def _table(doc, model: ExportModel) -> None:
    doc.add_heading("Side by side", level=1)
    table = doc.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    # The header row repeats on every page, so a printed page still says which side is which.
    repeat = OxmlElement("w:tblHeader")
    repeat.set(qn("w:val"), "true")
    table.rows[0]._tr.get_or_add_trPr().append(repeat)
    header = table.rows[0].cells
    for cell, text in zip(
        header,
        (f"Left: {model.left_name}", f"Right: {model.right_name}"),
        strict=True,
    ):
        _run(cell.paragraphs[0], text, bold=True)
    for row in model.rows:
        cells = table.add_row().cells
        _side(cells[0], row, row.left_texts, "left", head=True)
        _side(cells[1], row, row.right_texts, "right", head=False)
        if row.label or row.note or row.flags:
            below = table.add_row().cells
            _review(below[0].merge(below[1]), row)
    widths = WIDTHS[landscape(model)]
    for r in table.rows:
        for cell, width in zip(r.cells, widths, strict=False):
            cell.width = width


def _provenance(doc, model: ExportModel) -> None:
    p = model.provenance
    doc.add_heading("Provenance", level=1)
    lines = provenance_lines(p)
    for name, value in lines:
        para = doc.add_paragraph()
        _run(para, f"{name}: ", bold=True)
        _run(para, value)


def write(model: ExportModel, path: str | Path, request: object = None) -> None:
    """Write the model as a .docx file at `path` (the request adds nothing Word needs)."""
    doc = Document()
    title = _clean(f"Twofold: {model.heading}")
    doc.core_properties.title = title
    doc.core_properties.author = "Twofold"
    section = doc.sections[0]
    section.left_margin = section.right_margin = Cm(1.5)
    if landscape(model):  # long rows: the two texts get the width of a turned page
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    doc.styles["Normal"].font.size = Pt(10)
    doc.add_heading(title, level=0)
    _legend(doc)
    _summary(doc, model)
    _quotations(doc, model)
    _table(doc, model)
    _provenance(doc, model)
    doc.save(str(path))
