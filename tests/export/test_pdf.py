"""The PDF export: same content as the HTML one, A4 or Letter, fonts embedded, umlauts intact."""

import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from desktop import export
from desktop.export import FORMATS, ExportRequest
from desktop.export.model import make_provenance
from desktop.export.pdf import print_model, write_pdf
from tests.export.fixtures import (
    HOSTILE_NOTE,
    IMG,
    NOTE_CONTRA,
    NOTE_VERIFY,
    PRESIDENT,
    RUBIO,
    SCRIPT,
    hostile_annotations,
    hostile_comparison,
    seed_annotations,
    seed_comparison,
)

ROOT = Path(__file__).resolve().parent.parent.parent


def pdf_text(path) -> str:
    """All text of the PDF with line breaks and spaces removed (Qt wraps long words too)."""
    reader = PdfReader(str(path))
    return "".join("".join(page.extract_text() or "" for page in reader.pages).split())


def squash(text: str) -> str:
    return "".join(text.split())


def test_seed_pdf_has_articles_labels_notes_and_provenance(qapp, tmp_path):
    c = seed_comparison()
    path = tmp_path / "r.pdf"
    export.write(ExportRequest(c, seed_annotations(c)), path)
    text = pdf_text(path)
    for expected in (RUBIO, PRESIDENT, "Außenminister", "Präsidentin", NOTE_VERIFY, NOTE_CONTRA):
        assert squash(expected) in text
    assert squash("Needs verification") in text and "[P1]" in text
    prov = make_provenance(c)
    assert prov.left.sha256 in text and prov.right.sha256 in text


def test_pages_are_numbered(qapp, tmp_path):
    path = tmp_path / "r.pdf"
    export.write(ExportRequest(seed_comparison()), path)
    pages = PdfReader(str(path)).pages
    assert len(pages) > 1
    assert [p.extract_text().split()[-1] for p in pages] == [
        str(n) for n in range(1, len(pages) + 1)
    ]


def test_fonts_are_embedded(qapp, tmp_path):
    path = tmp_path / "r.pdf"
    export.write(ExportRequest(seed_comparison()), path)
    fonts = []
    for page in PdfReader(str(path)).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            for f in [font, *[d.get_object() for d in font.get("/DescendantFonts", [])]]:
                if "/FontDescriptor" in f:
                    fonts.append(f["/FontDescriptor"].get_object())
    assert fonts
    assert all({"/FontFile", "/FontFile2", "/FontFile3"} & set(d.keys()) for d in fonts)


@pytest.mark.parametrize(("size", "points"), [("A4", (595, 842)), ("Letter", (612, 792))])
def test_page_sizes(qapp, tmp_path, size, points):
    path = tmp_path / "r.pdf"
    write_pdf("<p>Grüße aus Köln</p>", path, page_size=size)
    box = PdfReader(str(path)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == points
    assert "GrüßeausKöln" in pdf_text(path)


def test_unknown_page_size_is_refused(qapp, tmp_path):
    with pytest.raises(ValueError, match="A4"):
        write_pdf("<p>x</p>", tmp_path / "r.pdf", page_size="A3")


def test_markup_in_articles_is_printed_as_text(qapp, tmp_path):
    c = hostile_comparison()
    path = tmp_path / "r.pdf"
    export.write(ExportRequest(c, hostile_annotations(c)), path)
    text = pdf_text(path)
    for expected in (SCRIPT, IMG, HOSTILE_NOTE):
        assert squash(expected) in text


def test_works_without_a_running_qt_application(tmp_path):
    # The command line exports PDFs with no window and no QApplication of its own.
    path = tmp_path / "r.pdf"
    code = (
        "import sys; from desktop.export.pdf import write_pdf; "
        "write_pdf('<p>Außenminister</p>', sys.argv[1])"
    )
    env = {"QT_QPA_PLATFORM": "offscreen", "PATH": "", "HOME": str(tmp_path)}
    subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, env=env, check=True)
    assert "Außenminister" in pdf_text(path)


@pytest.mark.parametrize("fmt", ["pdf", "html", "docx", "md", "csv", "json"])
def test_one_call_writes_every_format_from_the_suffix(qapp, tmp_path, fmt):
    c = seed_comparison()
    path = export.write(ExportRequest(c, seed_annotations(c)), tmp_path / f"r{FORMATS[fmt].suffix}")
    data = path.read_bytes()
    text = pdf_text(path) if fmt == "pdf" else ""
    if fmt == "docx":
        text = squash("\n".join(p.text for p in Document(str(path)).paragraphs))
    elif fmt != "pdf":
        text = squash(data.decode("utf-8-sig"))
    assert squash("Präsidentin") in text and squash(NOTE_VERIFY.split("<")[0]) in text


def test_unwritable_path_is_an_error_not_a_silent_failure(qapp, tmp_path):
    with pytest.raises(OSError):
        write_pdf("<p>x</p>", tmp_path / "no-such-folder" / "r.pdf")


def test_printing_to_a_chosen_printer(qapp, tmp_path):
    # The window's Print command hands over a printer set up by a print dialog.
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    c = seed_comparison()
    print_model(ExportRequest(c, seed_annotations(c)).model(), printer)
    assert squash(NOTE_VERIFY) in pdf_text(tmp_path / "printed.pdf")
