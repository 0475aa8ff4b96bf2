"""Articles fetched from web addresses: clean text, provenance, and a clear message for every failure."""

from __future__ import annotations

import hashlib
import socket
from datetime import UTC, datetime

import pytest

from desktop import __version__
from desktop.engine.errors import InputError
from desktop.engine.load import article_from_extracted
from desktop.engine.sources import read_source
from desktop.engine.sources.web import read_url
from tests.engine.sources.articles import PAGES
from tests.engine.sources.conftest import PAGES as PAGE_DIR
from tests.engine.sources.conftest import PLAIN


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


@pytest.mark.parametrize("name", sorted(PAGES))
def test_page_gives_the_article_paragraphs_and_nothing_around_them(site, name):
    article, furniture = PAGES[name]
    result = read_source(site.url(f"/pages/{name}"))
    for snippet in article:
        assert snippet in result.text
    for snippet in furniture:
        assert snippet not in result.text
    # every paragraph that came out belongs to the article (nothing else slipped in)
    for block in paragraphs(result.text):
        assert any(snippet in block for snippet in article), block


def test_paragraphs_stay_separate(site):
    result = read_source(site.url("/pages/nachricht-de.html"))
    blocks = paragraphs(result.text)
    assert blocks[0] == "Hochwasser an der Oder: Pegel steigt weiter"
    assert blocks[1].startswith("Frankfurt (Oder). Der Wasserstand")
    assert blocks[-1].startswith("Die Deutsche Bahn stellte")
    assert not any("Sandsäcke" in b and "Słubice" in b for b in blocks)


def test_page_metadata_and_provenance(site):
    url = site.url("/pages/nachricht-de.html")
    result = read_source(url)
    assert result.title == "Hochwasser an der Oder: Pegel steigt weiter"
    assert result.author == "Jörg Weißmüller"
    assert result.date == "2025-09-14"
    assert result.site == "Märkische Rundschau am Abend"
    assert result.location == url
    assert result.final_url == url
    assert result.content_type.startswith("text/html")
    assert result.raw == (PAGE_DIR / "nachricht-de.html").read_bytes()
    assert result.sha256 == hashlib.sha256(result.text.encode("utf-8")).hexdigest()
    fetched = datetime.fromisoformat(result.fetched)
    assert fetched.utcoffset() == UTC.utcoffset(None)
    assert abs((datetime.now(UTC) - fetched).total_seconds()) < 60


def test_the_headline_is_the_title_and_the_first_sentence_compared(site):
    result = read_source(site.url("/pages/report-en.html"))
    headline = "Port strike halts container traffic in Rotterdam"
    assert result.title == headline
    assert paragraphs(result.text)[0] == headline  # once, and not glued to the lead
    assert result.text.count(headline) == 1
    assert result.author == "Siobhan O'Connell"
    article = article_from_extracted(result)
    assert article.sentences[0].text == headline
    assert article.sentences[1].text.startswith("Container handling")


def test_redirect_is_followed_and_the_final_address_kept(site):
    url = site.url("/moved")
    result = read_source(url)
    assert result.location == url
    assert result.final_url == site.url("/pages/nachricht-de.html")
    assert "Küstrin-Kietz" in result.text


def test_five_redirects_are_followed(site):
    result = read_url(site.url("/hop/5"))
    assert result.final_url.endswith("/pages/report-en.html")


def test_more_than_five_redirects_fail(site):
    url = site.url("/hop/6")
    with pytest.raises(InputError, match="redirected more than 5 times") as info:
        read_source(url)
    assert info.value.source == url


def test_redirect_to_another_scheme_is_refused(site):
    with pytest.raises(InputError, match="not http or https"):
        read_source(site.url("/to-ftp"))


@pytest.mark.parametrize(("path", "code"), [("/missing", "404"), ("/broken", "503")])
def test_error_status_names_the_address_and_the_code(site, path, code):
    url = site.url(path)
    with pytest.raises(InputError) as info:
        read_source(url)
    assert info.value.source == url
    assert code in info.value.problem
    assert "\n" not in str(info.value)


def test_slow_server_times_out(site):
    url = site.url("/slow")
    with pytest.raises(InputError, match=r"took longer than 0\.5 s") as info:
        read_url(url, timeout=0.5)
    assert info.value.source == url


@pytest.mark.parametrize("path", ["/big-declared", "/big-streamed"])
def test_oversized_answer_is_refused(site, path):
    url = site.url(path)
    with pytest.raises(InputError, match=r"is too large \(the limit is 16384 bytes\)") as info:
        read_url(url, max_bytes=16 * 1024)
    assert info.value.source == url


def test_oversized_limit_leaves_normal_pages_alone(site):
    assert "Rotterdam" in read_url(site.url("/pages/report-en.html"), max_bytes=16 * 1024).text


@pytest.mark.parametrize(
    ("path", "kind"), [("/image", "image/png"), ("/download", "application/octet-stream")]
)
def test_something_that_is_not_a_page_is_refused(site, path, kind):
    with pytest.raises(InputError, match=f"is not a web page, text or PDF \\({kind}\\)"):
        read_source(site.url(path))


def test_page_without_article_text_is_reported(site):
    with pytest.raises(InputError, match="no article text"):
        read_source(site.url("/empty-page"))


def test_plain_text_is_taken_as_it_is(site):
    result = read_source(site.url("/plain"))
    assert result.text == PLAIN.strip()
    assert result.content_type.startswith("text/plain")


def test_plain_text_charset_from_the_header(site):
    assert read_source(site.url("/plain-latin1")).text == PLAIN.strip()


def test_umlauts_survive_a_latin1_page(site):
    text = read_source(site.url("/latin1")).text
    assert "Oberbürgermeister René Wilke" in text
    assert "„Wir sind besser vorbereitet" in text


def test_umlauts_survive_a_page_declaring_its_charset_only_in_meta(site):
    result = read_source(site.url("/blog-no-header-charset"))
    assert "Doñana" in result.text
    assert "sägt an dem Ast" in result.text
    assert result.site == "Südwind Nachrichten"


def test_identifies_itself_and_keeps_no_cookies(site):
    read_source(site.url("/cookie"))
    followed = site.requests[-1]
    assert followed["path"] == "/pages/report-en.html"
    assert followed["user-agent"].startswith(f"Twofold/{__version__}")
    assert "cookie" not in followed
    read_source(site.url("/pages/report-en.html"))
    assert "cookie" not in site.requests[-1]


@pytest.mark.parametrize(
    "address",
    [
        "ftp://127.0.0.1/article.html",
        "file:///etc/hostname",
        "javascript:alert(1)",
        "data:text/html,<p>Hallo</p>",
    ],
)
def test_other_schemes_are_refused(address):
    with pytest.raises(InputError, match="only http and https") as info:
        read_source(address)
    assert info.value.source == address


def test_refused_connection(site):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/article"
    with pytest.raises(InputError, match="refused") as info:
        read_source(url)
    assert info.value.source == url


def test_unknown_host_name(monkeypatch):
    def no_such_host(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)
    with pytest.raises(InputError, match="could not be found"):
        read_source("https://zeitung.example/artikel")


def test_pdf_press_release_from_an_address(site):
    url = site.url("/release.pdf")
    result = read_source(url)
    assert result.text == (
        "Gemeinsame Erklärung zur Grenzsicherheit\n\n"
        "Die Regierungen beider Länder vereinbarten am Mittwoch eine engere Zusammenarbeit."
    )
    assert result.title == "Pressemitteilung"
    assert result.final_url == url
    assert result.content_type == "application/pdf"


def test_scanned_pdf_from_an_address_needs_ocr(site):
    url = site.url("/scan.pdf")
    with pytest.raises(InputError, match="has no text layer; it needs OCR first") as info:
        read_source(url)
    assert info.value.source == url
