"""Articles read from saved pages, Word, PDF, Markdown and text files, and pasted from the clipboard."""

from __future__ import annotations

import hashlib
from pathlib import Path

import docx
import pytest

from desktop.engine.errors import InputError
from desktop.engine.sources import extract_html, extract_text, read_source
from tests.engine.sources.articles import PAGES
from tests.engine.sources.conftest import PAGES as PAGE_DIR
from tests.engine.sources.make_docs import write_blank_pdf, write_docx, write_pdf


@pytest.mark.parametrize("name", sorted(PAGES))
def test_saved_page_goes_through_the_same_extractor(name):
    article, furniture = PAGES[name]
    path = PAGE_DIR / name
    result = read_source(str(path))
    assert all(snippet in result.text for snippet in article)
    assert not [snippet for snippet in furniture if snippet in result.text]
    assert result.raw == path.read_bytes()
    assert result.final_url == ""
    assert result.location == str(path)
    assert result.sha256 == hashlib.sha256(result.text.encode("utf-8")).hexdigest()


def test_saved_page_in_windows_1252_keeps_its_umlauts():
    result = read_source(str(PAGE_DIR / "blog-de.html"))
    assert "Doñana" in result.text and "Übernutzung" in result.text
    assert result.title == "Wasserknappheit in Andalusien: Bauern gegen Erdbeerexporte"
    assert result.author == "Lea Köhler"


def test_pasted_browser_html_gives_clean_article_text():
    html = (PAGE_DIR / "nachricht-de.html").read_text(encoding="utf-8")
    result = extract_html(html, url="https://zeitung.example/oder")
    assert "Sickerstellen entdeckt" in result.text
    assert "Oderfreund" not in result.text and "Mehr zum Thema" not in result.text
    assert result.final_url == "https://zeitung.example/oder"


def test_pasted_selection_fragment():
    html = (
        '<meta charset="utf-8"><!--StartFragment--><div class="share"><a href="#">Teilen</a></div>'
        "<p>Die Brücke über die Neiße bleibt bis zum Frühjahr gesperrt.</p>"
        "<p>Der Verkehr wird über Zgorzelec umgeleitet.</p><!--EndFragment-->"
    )
    result = extract_html(html)
    assert result.text == (
        "Die Brücke über die Neiße bleibt bis zum Frühjahr gesperrt.\n\n"
        "Der Verkehr wird über Zgorzelec umgeleitet."
    )
    assert result.location == "pasted HTML"


def test_pasted_html_without_text_is_refused():
    with pytest.raises(InputError, match="no article text"):
        extract_html("<nav><a href='/'>Start</a></nav>")


def test_pasted_plain_text_is_kept():
    result = extract_text(
        "Erster Absatz über Köln.\r\n\r\n\r\nZweiter Absatz.\r\n \t\nDritter.\r\n"
    )
    assert result.text == "Erster Absatz über Köln.\n\nZweiter Absatz.\n\nDritter."
    assert result.content_type == "text/plain"
    with pytest.raises(InputError, match="is empty"):
        extract_text("  \n ")


def test_docx_paragraphs_in_order_with_title(tmp_path):
    path = write_docx(
        tmp_path / "bericht.docx",
        title="Brücke in Görlitz gesperrt",
        heading="Neiße-Brücke",
        paragraphs=[
            "Die Bürgermeisterin äußerte sich am Montag.",
            "Die Kosten liegen bei 4,2 Mio. €.",
        ],
    )
    result = read_source(str(path))
    assert result.title == "Brücke in Görlitz gesperrt"
    assert result.author == "Jörg Weißmüller"
    assert result.text == (
        "Neiße-Brücke\n\nDie Bürgermeisterin äußerte sich am Montag.\n\nDie Kosten liegen bei 4,2 Mio. €."
    )
    assert result.raw == path.read_bytes()
    assert result.content_type.endswith("wordprocessingml.document")


def test_docx_title_from_title_style_and_tables_read_in_place(tmp_path):
    document = docx.Document()
    document.core_properties.title = ""
    document.add_heading("Straßenbahn fährt wieder", level=0)
    document.add_paragraph("Ab Dienstag fährt die Linie 4 wieder über den Altmarkt.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Haltestelle"
    table.cell(0, 1).text = "Abfahrt"
    document.add_paragraph("Die Umleitung endet.")
    document.save(str(tmp_path / "tram.docx"))
    result = read_source(str(tmp_path / "tram.docx"))
    assert result.title == "Straßenbahn fährt wieder"
    assert result.text == (
        "Straßenbahn fährt wieder\n\nAb Dienstag fährt die Linie 4 wieder über den Altmarkt."
        "\n\nHaltestelle – Abfahrt\n\nDie Umleitung endet."
    )


def test_broken_docx_is_reported(tmp_path):
    path = tmp_path / "kaputt.docx"
    path.write_bytes(b"not a zip file")
    with pytest.raises(InputError, match=r"not a readable Word \(\.docx\) file"):
        read_source(str(path))


def test_pdf_lines_are_joined_into_paragraphs(tmp_path):
    pages = [
        [
            ["Brücke in Görlitz gesperrt"],
            [
                "Die Bürgermeisterin von Görlitz erklärte am Montag, die Brücke über die",
                "Neiße werde bis zum Frühjahr gesperrt bleiben. Grund seien Schä-",
                "den an den Pfeilern, die bei der Prüfung durch das Landesamt im",
                "August entdeckt worden waren.",
            ],
            [
                "Der Verkehr wird über Zgorzelec umgeleitet, und die Lage wird von den",
                "Behörden beider Städte laufend geprüft; die Polizei ist mit mehreren",
            ],
            ["1"],
        ],
        [["Streifen vor Ort und regelt den Verkehr an der Altstadtbrücke."]],
    ]
    path = write_pdf(tmp_path / "meldung.pdf", pages, title="Pressemitteilung Görlitz")
    result = read_source(str(path))
    assert result.title == "Pressemitteilung Görlitz"
    assert result.content_type == "application/pdf"
    assert result.text.split("\n\n") == [
        "Brücke in Görlitz gesperrt",
        "Die Bürgermeisterin von Görlitz erklärte am Montag, die Brücke über die Neiße werde bis "
        "zum Frühjahr gesperrt bleiben. Grund seien Schäden an den Pfeilern, die bei der Prüfung "
        "durch das Landesamt im August entdeckt worden waren.",
        "Der Verkehr wird über Zgorzelec umgeleitet, und die Lage wird von den Behörden beider "
        "Städte laufend geprüft; die Polizei ist mit mehreren Streifen vor Ort und regelt den "
        "Verkehr an der Altstadtbrücke.",
    ]


def test_pdf_without_text_layer_needs_ocr(tmp_path):
    path = write_blank_pdf(tmp_path / "scan.pdf")
    with pytest.raises(InputError) as info:
        read_source(str(path))
    assert info.value.source == str(path)
    assert info.value.problem == "has no text layer; it needs OCR first"


def test_broken_pdf_is_reported(tmp_path):
    path = tmp_path / "kaputt.pdf"
    path.write_bytes(b"%PDF-1.4\nnonsense")
    with pytest.raises(InputError, match="not a readable PDF"):
        read_source(str(path))


def test_markdown_markup_is_taken_off(tmp_path):
    path = tmp_path / "notiz.md"
    path.write_text(
        "# Hochwasser an der Oder\n\nDer Pegel liegt bei **5,82 Metern**, meldet das "
        "[Landesamt](https://lfu.example/pegel).\n\n- Deiche: *durchweicht*\n- Schulen: geschlossen\n\n"
        "> „Wir sind vorbereitet“, sagte Günther_Schäfer.\n",
        encoding="utf-8",
    )
    result = read_source(str(path))
    assert result.title == "Hochwasser an der Oder"
    assert result.text.split("\n\n") == [
        "Hochwasser an der Oder",
        "Der Pegel liegt bei 5,82 Metern, meldet das Landesamt.",
        "Deiche: durchweicht\nSchulen: geschlossen",
        "„Wir sind vorbereitet“, sagte Günther_Schäfer.",
    ]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "utf-16"])
def test_text_files_keep_umlauts_in_any_encoding(tmp_path, encoding):
    path = tmp_path / "artikel.txt"
    path.write_bytes("Größere Straßen in Köln.\nÜberflutete Keller.\n".encode(encoding))
    result = read_source(str(path))
    # As saved (the byte order mark aside): a file compared again is the same article.
    assert result.text == "Größere Straßen in Köln.\nÜberflutete Keller.\n"
    assert result.raw == path.read_bytes()


def test_missing_file_folder_and_old_word(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "fehlt.pdf"))
    with pytest.raises(InputError, match="is a folder"):
        read_source(str(tmp_path))
    old = tmp_path / "alt.doc"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputError, match=r"save it as \.docx"):
        read_source(str(old))


def test_web_address_without_scheme_gets_a_hint():
    with pytest.raises(InputError, match="write web addresses with https://"):
        read_source("www.zeitung.example/artikel/123")


def test_same_text_gives_same_checksum(tmp_path):
    first = read_source(str(_write(tmp_path / "a.txt", "Ein Satz.\n")))
    second = read_source(str(_write(tmp_path / "b.txt", "Ein Satz.\n")))
    assert first.sha256 == second.sha256 == hashlib.sha256(b"Ein Satz.\n").hexdigest()
    assert extract_text("Ein Satz.").sha256 == extract_text("Ein Satz.\n\n").sha256
    assert first.sha256 != extract_text("Ein anderer Satz.").sha256


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path
