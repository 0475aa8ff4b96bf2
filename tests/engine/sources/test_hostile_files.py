"""Broken and hostile files: each is one line on stderr and exit 2 (or read), within 20 s and
1 GB, and no reader blocks on a FIFO or reads a device without end."""

from __future__ import annotations

import os
import re
import time

import pytest

from desktop.engine import limits
from desktop.engine.errors import InputError
from desktop.engine.sources import extract_html, read_source
from tests.bounded import one_line, run_python, run_twofold
from tests.engine.sources import hostile

posix = pytest.mark.skipif(os.name != "posix", reason="FIFOs and /dev/zero are POSIX")


@posix
def test_a_fifo_named_like_markdown_is_refused_at_once(tmp_path):
    fifo = tmp_path / "x.md"
    os.mkfifo(fifo)
    line = one_line(run_twofold("sentences", str(fifo)))
    assert line == f"twofold: {fifo}: is not a regular file"


@posix
def test_a_symlink_to_dev_zero_named_like_a_page_is_refused(tmp_path):
    link = tmp_path / "seite.html"
    link.symlink_to("/dev/zero")
    line = one_line(run_twofold("sentences", str(link)))
    assert line == f"twofold: {link}: is not a regular file"


def test_a_folder_named_like_a_word_file_is_refused(tmp_path):
    folder = tmp_path / "bericht.docx"
    folder.mkdir()
    assert one_line(run_twofold("sentences", str(folder))).endswith("is a folder, not a file")


def test_a_file_growing_past_the_limit_while_read_is_cut(tmp_path, monkeypatch):
    from desktop.engine.sources import files

    path = tmp_path / "wachsend.txt"
    path.write_text("Ein Satz über Köln. " * 100, encoding="utf-8")
    real_fstat = os.fstat

    def small_fstat(fd):  # the size as stat saw it before the file grew
        info = real_fstat(fd)
        return os.stat_result((*info[:6], 10, *info[7:]))

    monkeypatch.setattr(files.os, "fstat", small_fstat)
    monkeypatch.setattr(files, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match="is too large"):
        read_source(str(path))


def test_aes_encrypted_press_release_opens(tmp_path):
    result = read_source(str(hostile.encrypted_pdf(tmp_path, algorithm="AES-256")))
    assert "Straßenbäume" in result.text and "Grünflächenamt" in result.text


def test_aes_without_the_crypto_package_says_what_is_missing(tmp_path):
    locked = hostile.encrypted_pdf(tmp_path, algorithm="AES-128")
    code = (
        "import sys; sys.modules['cryptography'] = None; sys.modules['Crypto'] = None\n"
        "from desktop.app import main; sys.exit(main(['sentences', sys.argv[1]]))"
    )
    line = one_line(run_python(code, str(locked)))
    assert "is encrypted with AES" in line and "cryptography" in line


def test_password_protected_pdf(tmp_path):
    locked = hostile.encrypted_pdf(tmp_path, user_password="geheim")
    assert one_line(run_twofold("sentences", str(locked))).endswith("is password protected")


@pytest.mark.parametrize(
    "make", [hostile.docx_invalid_xml, hostile.docx_entity_amplification], ids=["xml", "laughs"]
)
def test_word_file_with_broken_or_amplified_xml(tmp_path, make):
    path = make(tmp_path)
    line = one_line(run_twofold("sentences", str(path)))
    assert line == f"twofold: {path}: is not a readable Word (.docx) file"


def test_word_zip_bomb_is_refused_before_unpacking(tmp_path):
    bomb = hostile.docx_zip_bomb(tmp_path)
    assert bomb.stat().st_size < 2 * 2**20
    outcome = run_twofold("sentences", str(bomb), memory=512 * 2**20)
    line = one_line(outcome)
    assert re.search(r"unpacks to 51\d MB, .*the limit is 64 MB", line), line
    assert outcome.seconds < 10


def test_half_a_million_empty_paragraphs_take_seconds(tmp_path):
    path = hostile.docx_empty_paragraphs(tmp_path)
    assert path.stat().st_size < 100_000
    outcome = run_twofold("sentences", str(path))
    assert outcome.code == 0, outcome.stderr
    assert outcome.stdout == "Am Ende steht doch ein Satz über Köln.\n"


def test_word_file_with_more_paragraphs_than_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "DOCX_PARAGRAPHS", 1000)
    with pytest.raises(InputError, match="has more than 1,000 paragraphs"):
        read_source(str(hostile.docx_empty_paragraphs(tmp_path, count=5000)))


def test_word_title_from_the_title_style_without_properties(tmp_path):
    path = hostile.docx_with_body(
        tmp_path,
        "titel.docx",
        (
            f'<w:document xmlns:w="{hostile.W}"><w:body>'
            + "<w:p/>" * 1000
            + '<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Bäume in Köln</w:t>'
            "</w:r></w:p><w:p><w:r><w:t>Die Stadt prüft</w:t><w:tab/><w:t>1.200 Bäume.</w:t>"
            "</w:r></w:p></w:body></w:document>"
        ).encode(),
        title="",
    )
    result = read_source(str(path))
    assert result.title == "Bäume in Köln"
    assert result.text == "Bäume in Köln\n\nDie Stadt prüft\t1.200 Bäume."


def test_a_45_mb_page_is_refused_in_seconds(tmp_path):
    page = tmp_path / "riesig.html"
    sentence = "<p>Die Stadt Köln lässt viele Straßenbäume untersuchen.</p>\n"
    page.write_text("<html><body>" + sentence * (45 * 2**20 // len(sentence)) + "</body></html>")
    line = one_line(run_twofold("sentences", str(page)))
    assert "is too large a page to find the article in (45 MB" in line


def test_text_after_a_hundred_thousand_nested_divs_is_kept():
    start = time.monotonic()
    result = extract_html(hostile.nested_divs(100_000))
    assert "Straßenbäume" in result.text and "Grünflächenamt" in result.text
    assert time.monotonic() - start < 10


def test_a_page_the_extractor_cannot_finish_in_time(monkeypatch):
    monkeypatch.setattr(limits, "EXTRACT_SECONDS", 0.2)
    soup = "<html><body>" + "<div><a href='/x'>link</a><span>t</span></div>\n" * 5000
    start = time.monotonic()
    with pytest.raises(InputError, match=r"could not be found within 0.2 s"):
        extract_html(soup + "</body></html>")
    assert time.monotonic() - start < 2


def test_a_page_with_too_many_elements(monkeypatch):
    monkeypatch.setattr(limits, "MARKUP_TAGS", 100)
    with pytest.raises(InputError, match=r"too many elements .*\(202; the limit is 100\)"):
        extract_html("<html><body>" + "<div>x</div>" * 200 + "</body></html>")
