"""Loading articles: encodings, line endings, offsets, paragraphs, clear errors for bad files."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from desktop.engine.errors import InputError
from desktop.engine.load import article_from_text, load_article
from desktop.engine.sources import files
from desktop.engine.sources.decoding import decode
from desktop.engine.text import normalize_for_matching
from desktop.paths import SEED_LEFT, SEED_RIGHT

GERMAN = (
    "Größe über Straße: Die Bürger in Köln ärgern sich.\n"
    "Der Bürgermeister sagte am 3. März: „Wir prüfen das.“ Öl und Maß kosten 5 €.\n"
)
ENGLISH = "The mayor said on Tuesday that the city would review the plan.\nIt costs £5.\n"


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    "encoded",
    [
        GERMAN.encode("utf-8"),
        codecs.BOM_UTF8 + GERMAN.encode("utf-8"),
        codecs.BOM_UTF16_LE + GERMAN.encode("utf-16-le"),
        codecs.BOM_UTF16_BE + GERMAN.encode("utf-16-be"),
        GERMAN.encode("utf-16-le"),
        GERMAN.encode("utf-16-be"),
        GERMAN.encode("cp1252"),
        GERMAN.replace("„", '"').replace("“", '"').replace("€", "EUR").encode("latin-1"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16le-bom",
        "utf16be-bom",
        "utf16le",
        "utf16be",
        "cp1252",
        "latin1",
    ],
)
def test_every_encoding_gives_the_same_german_text(tmp_path: Path, encoded: bytes) -> None:
    article = load_article(_write(tmp_path, "artikel.txt", encoded))
    expected = GERMAN
    if b"EUR" in encoded:
        expected = GERMAN.replace("„", '"').replace("“", '"').replace("€", "EUR")
    assert article.text == expected
    assert "Größe über Straße" in article.sentences[0].text
    assert article.language == "de"


@pytest.mark.parametrize("text", ["Größe über Straße", "Ärger", "Das Café öffnet um 9 Uhr."])
def test_short_latin1_text_keeps_its_umlauts(text: str) -> None:
    decoded, encoding = decode(text.encode("latin-1"), "kurz.txt")
    assert decoded == text
    assert encoding in ("iso-8859-1", "cp1252")


def test_utf8_with_a_stray_byte_stays_utf8() -> None:
    data = GERMAN.encode("utf-8") * 3 + "Café".encode("latin-1")
    decoded, encoding = decode(data, "gemischt.txt")
    assert encoding == "utf-8 with cp1252"
    assert decoded == GERMAN * 3 + "Café"  # the stray byte read as Windows-1252, not lost


def test_non_western_legacy_encoding_is_left_to_detection() -> None:
    text = "Москва — столица России. Здесь живут миллионы людей. " * 5
    decoded, _ = decode(text.encode("cp1251"), "ru.txt")
    assert decoded == text


def test_line_endings_become_newlines_and_offsets_stay_valid(tmp_path: Path) -> None:
    raw = "Erster Satz. Zweiter Satz.\r\n\r\nDritter Satz.\rVierter Satz.\r\n"
    article = load_article(_write(tmp_path, "crlf.txt", raw.encode("utf-8")))
    assert "\r" not in article.text
    assert [s.text for s in article.sentences] == [
        "Erster Satz.",
        "Zweiter Satz.",
        "Dritter Satz.",
        "Vierter Satz.",
    ]
    for sentence in article.sentences:
        assert article.text[sentence.start : sentence.end] == sentence.text


def test_offsets_index_the_seed_text() -> None:
    for path in (SEED_LEFT, SEED_RIGHT):
        article = load_article(path)
        assert article.sentences
        for sentence in article.sentences:
            assert article.text[sentence.start : sentence.end] == sentence.text


def test_each_line_or_block_is_a_paragraph() -> None:
    article = article_from_text("Titel\n\nEins. Zwei.\nDrei.\n\n\nVier.\n", lang="de")
    assert [(s.text, s.paragraph) for s in article.sentences] == [
        ("Titel", 0),
        ("Eins.", 1),
        ("Zwei.", 1),
        ("Drei.", 2),
        ("Vier.", 3),
    ]


def test_language_override_and_detection() -> None:
    assert article_from_text(ENGLISH).language == "en"
    assert article_from_text(GERMAN).language == "de"
    assert article_from_text(ENGLISH, lang="de").language == "de"


def test_pasted_text_loses_a_leading_byte_order_mark() -> None:
    article = article_from_text("\ufeffEin Satz.", lang="de")
    assert article.text == "Ein Satz."
    assert article.sentences[0].start == 0


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "is empty"),
        (b"  \n\t\r\n ", "is empty"),
        (codecs.BOM_UTF8 + b" \n", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "looks like binary data"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + bytes(200), "looks like binary data"),
        (b"Text\x00mit\x00\x00Nullen\x01\x02\x03 und mehr", "looks like binary data"),
        (bytes(range(1, 32)) * 10, "looks like binary data"),
    ],
    ids=["empty", "whitespace", "bom-only", "png", "jpeg", "nul-bytes", "controls"],
)
def test_bad_content_is_named_in_one_line(tmp_path: Path, data: bytes, problem: str) -> None:
    path = _write(tmp_path, "bericht.txt", data)
    with pytest.raises(InputError) as caught:
        load_article(path)
    message = str(caught.value)
    assert "bericht.txt" in message and problem in message and "\n" not in message


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"fehlt\.txt: no such file"):
        load_article(tmp_path / "fehlt.txt")


def test_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="is a folder"):
        load_article(tmp_path)


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(files, "MAX_BYTES", 1024)
    path = _write(tmp_path, "gross.txt", b"Ein Satz. " * 200)
    with pytest.raises(InputError, match=r"gross\.txt: is too large \(2000 bytes; the limit is"):
        load_article(path)
    for other in ("gross.pdf", "gross.docx", "gross.html"):  # one limit for every kind of file
        with pytest.raises(InputError, match="is too large"):
            load_article(_write(tmp_path, other, b"x" * 2000))


def test_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "gesperrt.txt", b"Ein Satz.")

    def refuse(location: str, limit: int) -> bytes:
        raise PermissionError(13, "Permission denied")

    # root reads any file whatever its mode, so the refusal is made where the file is opened
    monkeypatch.setattr(files, "_read_regular", refuse)
    with pytest.raises(InputError, match=r"gesperrt\.txt: cannot be read \(Permission denied\)"):
        load_article(path)


def test_normalize_for_matching_folds_typography() -> None:
    left = "„Wir\u00a0kommen“ – sagte er\u2009… Zu\u00adsam\u00admen-\narbeit ‚gut‘"
    assert normalize_for_matching(left) == "\"Wir kommen\" - sagte er ... Zusammen- arbeit 'gut'"


def test_normalize_for_matching_unifies_composed_characters() -> None:
    decomposed = "Mu\u0308ller"
    assert normalize_for_matching(decomposed) == "Müller"
    assert normalize_for_matching("  a \t\n b  ") == "a b"
    assert normalize_for_matching("It’s 5−3") == "It's 5-3"


def test_utf8_and_latin1_paragraphs_in_one_file_both_survive() -> None:
    latin = "Die Brücke über die Neiße bleibt gesperrt, sagte Jürgen Weiß.\n"
    data = (GERMAN.encode("utf-8") + latin.encode("cp1252")) * 4
    decoded, encoding = decode(data, "gemischt.txt")
    assert decoded == (GERMAN + latin) * 4
    assert encoding == "utf-8 with cp1252"
    assert "Ã" not in decoded and "\ufffd" not in decoded


def test_a_whole_windows_1252_file_reads_as_windows_1252() -> None:
    decoded, encoding = decode(GERMAN.encode("cp1252"), "alt.txt")
    assert decoded == GERMAN and encoding == "cp1252"


@pytest.mark.parametrize("declared", ["iso-8859-1", "windows-1252", "shift_jis", "koi8-r"])
def test_a_charset_header_contradicting_valid_utf8_loses(declared) -> None:
    from desktop.engine.sources.decoding import decode_html, decode_text

    assert decode_text(GERMAN.encode("utf-8"), "x", declared) == GERMAN
    page = f"<html><body><p>{GERMAN}</p></body></html>"
    assert decode_html(page.encode("utf-8"), declared) == page


def test_a_charset_header_contradicting_a_byte_order_mark_loses() -> None:
    from desktop.engine.sources.decoding import decode_html, decode_text

    data = GERMAN.encode("utf-16")
    assert decode_text(data, "x", "iso-8859-1") == GERMAN
    assert decode_html("<p>Köln</p>".encode("utf-8-sig"), "iso-8859-1") == "<p>Köln</p>"


def test_a_header_claiming_utf8_for_latin1_bytes_still_reads() -> None:
    from desktop.engine.sources.decoding import decode_html, decode_text

    assert decode_text(GERMAN.encode("cp1252"), "x", "utf-8") == GERMAN
    assert decode_html(b"<meta charset=utf-8><p>K\xf6ln</p>") == "<meta charset=utf-8><p>Köln</p>"
