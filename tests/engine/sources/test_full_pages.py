"""Web pages and pasted HTML come in whole: the headline is the first unit, fragments are read."""

from __future__ import annotations

import time

import pytest

from desktop.engine.errors import InputError
from desktop.engine.load import article_from_extracted
from desktop.engine.sources import extract_html

LEAD = (
    "Der Pegel der Donau in Passau ist am Sonntagmorgen auf 12,20 Meter gestiegen. Die Stadt "
    "hat die Evakuierung der Altstadt angeordnet, rund 20.000 Menschen sind betroffen."
)
SECOND = (
    "Mehr als 3.000 Helfer von Feuerwehr und Technischem Hilfswerk sind im Einsatz. Die "
    "Bundeswehr hat weitere Soldaten geschickt, um Sandsäcke zu füllen."
)


def _page(head: str, article: str) -> str:
    return (
        f"<html><head>{head}</head><body><nav><a href='/'>Start</a> <a href='/politik'>Politik"
        f"</a></nav><article>{article}<p>{LEAD}</p><p>{SECOND}</p></article>"
        "<footer>Impressum</footer></body></html>"
    )


def test_the_h1_is_the_first_sentence_even_when_og_title_says_otherwise():
    html = _page(
        '<title>Hochwasser in Passau | Donaubote</title><meta property="og:title" '
        'content="Hochwasser in Passau: Lage spitzt sich zu">',
        "<h1>Pegel steigt: Passau evakuiert Altstadt</h1>",
    )
    article = article_from_extracted(extract_html(html))
    assert article.sentences[0].text == "Pegel steigt: Passau evakuiert Altstadt"
    assert article.sentences[1].text.startswith("Der Pegel der Donau")
    assert "Lage spitzt sich zu" not in article.text  # one headline, not two


def test_without_an_h1_the_page_title_is_the_headline():
    html = _page(
        '<title>Hochwasser in Passau | Donaubote</title><meta property="og:title" '
        'content="Hochwasser in Passau: Lage spitzt sich zu">',
        "",
    )
    result = extract_html(html)
    assert result.title == "Hochwasser in Passau: Lage spitzt sich zu"
    article = article_from_extracted(result)
    assert [s.text for s in article.sentences[:2]] == [
        "Hochwasser in Passau: Lage spitzt sich zu",
        "Der Pegel der Donau in Passau ist am Sonntagmorgen auf 12,20 Meter gestiegen.",
    ]


def test_two_pages_whose_headlines_differ_show_it_as_a_pair():
    from desktop.engine.compare import compare

    left = _page("", "<h1>Passau evakuiert die Altstadt</h1>")
    right = _page("", "<h1>Passau räumt die Altstadt nicht</h1>")
    comparison = compare(
        article_from_extracted(extract_html(left)), article_from_extracted(extract_html(right))
    )
    first = [p for p in comparison.pairs if p.left == (0,)]
    assert first and first[0].right == (0,) and first[0].score < 100


@pytest.mark.parametrize(
    ("fragment", "expected"),
    [
        (
            "<p>Die Brücke über die Neiße bleibt bis zum Frühjahr gesperrt.</p>",
            "Die Brücke über die Neiße bleibt bis zum Frühjahr gesperrt.",
        ),
        ("<span>Die Brücke bleibt gesperrt.</span>", "Die Brücke bleibt gesperrt."),
        (
            "<blockquote><p>„Wir tun alles“, sagte der <b>Bürgermeister</b>.</p></blockquote>",
            "„Wir tun alles“, sagte der Bürgermeister.",
        ),
        (
            "<table><tr><th>Ort</th><th>Stand</th></tr><tr><td>Pegel Passau</td><td></td>"
            "<td>12,20 m</td></tr><tr><td>Evakuierte</td><td>20.000</td></tr></table>",
            "Ort – Stand\n\nPegel Passau – 12,20 m\n\nEvakuierte – 20.000",
        ),
        (
            '<meta charset="utf-8"><!--StartFragment--><div>Erste Zeile<br>zweite Zeile</div>'
            "<nav>Menü</nav><div>Der Verkehr wird umgeleitet.</div><!--EndFragment-->",
            "Erste Zeile\nzweite Zeile\n\nDer Verkehr wird umgeleitet.",
        ),
    ],
)
def test_a_short_fragment_from_a_browser_is_read(fragment, expected):
    result = extract_html(fragment)
    assert result.text == expected
    assert result.location == "pasted HTML"


def test_a_fragment_of_nothing_but_navigation_is_still_refused():
    with pytest.raises(InputError, match="no article text"):
        extract_html("<nav><a href='/'>Start</a></nav><footer>Impressum</footer>")


def test_a_huge_fragment_the_extractor_rejects_is_read_in_linear_time():
    row = "<tr><td>Pegel</td><td>12,20 m</td></tr>"
    start = time.monotonic()
    result = extract_html("<table>" + row * 9000 + "</table>")
    assert result.text.count("Pegel – 12,20 m") == 9000
    assert time.monotonic() - start < 10
