"""One rule says what is a web address, for the engine, the command line and the window."""

from __future__ import annotations

import pytest

from desktop.app import main
from desktop.engine.sources.address import is_address, looks_like_address, normalise_address


@pytest.mark.parametrize(
    "text",
    [
        "https://www.zeit.de/politik/a",
        " http://example.org ",
        "javascript:alert(1)",
        "ftp://x.de/a",
    ],
)
def test_written_as_an_address(text):
    assert is_address(text)


@pytest.mark.parametrize(
    "text",
    [
        r"C:\Artikel\bericht.txt",
        "bericht.txt",
        "https://example.org ist die Quelle dieses Artikels.",  # a pasted article, not a link
        "www.zeit.de/politik",
    ],
)
def test_not_an_address(text):
    assert not is_address(text)


def test_a_typed_address_gets_its_scheme_and_a_missing_file_a_hint():
    assert normalise_address("www.zeit.de/politik") == "https://www.zeit.de/politik"
    assert normalise_address("https://a.de") == "https://a.de"
    assert looks_like_address("www.zeit.de/politik") and not looks_like_address("bericht.txt")


def test_the_command_line_refuses_what_is_no_web_address(capsys):
    assert main(["sentences", "javascript:alert(1)"]) == 2
    assert "only http and https" in capsys.readouterr().err


def test_the_window_uses_the_same_rule():
    from desktop.ui import clipboard, opening, provenance, web_open

    for module in (clipboard, opening, provenance, web_open):
        assert module.is_address is is_address, module.__name__
