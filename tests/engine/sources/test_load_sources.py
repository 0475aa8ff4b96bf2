"""load_article reads every kind of source and keeps its provenance; the CLI takes addresses."""

import hashlib
import json

from desktop.app import main
from desktop.engine.load import load_article
from tests.engine.sources.conftest import PAGES


def test_saved_page_becomes_an_article_with_provenance():
    article = load_article(PAGES / "nachricht-de.html")
    assert article.language == "de"
    assert article.title and article.title in article.name
    prov = article.provenance
    assert prov.location.endswith("nachricht-de.html")
    assert prov.sha256 == hashlib.sha256(article.text.encode("utf-8")).hexdigest()
    assert prov.raw == (PAGES / "nachricht-de.html").read_bytes()
    assert "Jetzt unterstützen" not in article.text


def test_text_file_keeps_its_bytes_and_fingerprint(tmp_path):
    path = tmp_path / "a.txt"
    path.write_bytes("Größe zählt. Quelle: dpa".encode("cp1252"))
    article = load_article(path)
    assert article.provenance.raw == path.read_bytes()
    assert article.provenance.sha256 == hashlib.sha256(article.text.encode()).hexdigest()


def test_cli_compares_a_web_address_with_a_file(site, capsys):
    url = site.url("/moved")
    code = main(["compare", url, str(PAGES / "nachricht-de.html"), "--format", "json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    # The address redirects to the same page as the saved file: the two articles are one text.
    assert data["left"]["path"] == url
    assert data["unique_left"] == [] and data["unique_right"] == []
    assert data["coverage"]["left_in_right"] == 1.0


def test_cli_names_a_missing_page(site, capsys):
    url = site.url("/missing-page")
    code = main(["sentences", url])
    _, err = capsys.readouterr()
    assert code == 2 and url in err and "404" in err


def test_where_a_web_article_came_from_goes_into_the_export(site, capsys, tmp_path):
    url = site.url("/moved")
    out = tmp_path / "vergleich.html"
    code = main(["compare", url, str(PAGES / "report-en.html"), "--format", "html", "-o", str(out)])
    assert code == 0, capsys.readouterr().err
    page = out.read_text(encoding="utf-8")
    final = site.url("/pages/nachricht-de.html")
    assert url in page and final in page  # as given, and after the redirect
    assert "Left author" in page and "Left read" in page
    md = tmp_path / "vergleich.md"
    assert (
        main(["compare", url, str(PAGES / "report-en.html"), "--format", "md", "-o", str(md)]) == 0
    )
    assert "Sources: left" in md.read_text(encoding="utf-8")


def test_fingerprint_is_of_the_compared_text_even_with_windows_line_endings(tmp_path):
    path = tmp_path / "crlf.txt"
    path.write_bytes(b"Erste Zeile.\r\nZweite Zeile.\r\n")
    article = load_article(path)
    assert "\r" not in article.text
    assert article.provenance.sha256 == hashlib.sha256(article.text.encode("utf-8")).hexdigest()
