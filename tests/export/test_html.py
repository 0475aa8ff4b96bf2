"""The HTML export: self-contained, both articles coloured and marked, text escaped."""

from html.parser import HTMLParser

from desktop import export
from desktop.export import ExportRequest
from desktop.export.html import tint
from desktop.export.model import build, make_provenance
from tests.export.fixtures import (
    DONATION,
    HOSTILE_NOTE,
    HOSTILE_TITLE,
    IMG,
    LINK,
    NOTE_CONTRA,
    NOTE_VERIFY,
    PILLS,
    PRESIDENT,
    RUBIO,
    SCRIPT,
    flagged_comparison,
    hostile_annotations,
    hostile_comparison,
    seed_annotations,
    seed_comparison,
)


class Page(HTMLParser):
    """Tags, attributes and visible text of a document, and the text of each cell."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str]] = []
        self.text: list[str] = []
        self.style = ""
        self.cells: list[tuple[dict, list[str]]] = []
        self._in_style = False
        self._in_cell = False
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.extend((k, v or "") for k, v in attrs)
        self._in_style = tag == "style"
        if tag == "td":
            self.cells.append((dict(attrs), []))
            self._in_cell = True

    def handle_endtag(self, tag):
        self._in_style = False
        if tag == "td":
            self._in_cell = False

    def handle_data(self, data):
        if self._in_style:
            self.style += data
            return
        self.text.append(data)
        if self._in_cell:
            self.cells[-1][1].append(data)

    @property
    def visible(self) -> str:
        return " ".join(" ".join(self.text).split())

    def cell_with(self, text: str) -> dict:
        """The side-by-side cell holding `text` (the Quotations table quotes sentences too)."""
        return next(
            attrs
            for attrs, data in self.cells
            if text in "".join(data) and attrs.get("class") != "quote"
        )


def seed_page(**kwargs) -> Page:
    c = seed_comparison()
    return Page(export.render(ExportRequest(c, seed_annotations(c), **kwargs), "html"))


def test_both_articles_umlauts_labels_and_notes_are_shown():
    page = seed_page()
    for text in (RUBIO, PRESIDENT, PILLS, "Außenminister", "Präsidentin"):
        assert text in page.visible
    for text in (NOTE_VERIFY, NOTE_CONTRA, "Needs verification", "Contradiction"):
        assert text in page.visible


def test_nothing_is_loaded_from_elsewhere_and_nothing_runs():
    page = seed_page()
    assert not {"script", "img", "link", "iframe", "object", "embed"} & set(page.tags)
    assert not [k for k, _ in page.attrs if k.startswith("on") or k in {"src", "href"}]
    assert "http:" not in page.style and "https:" not in page.style and "url(" not in page.style


def test_states_have_the_window_colours_and_non_colour_markers():
    c = seed_comparison()
    page = seed_page()
    for row in build(c).rows:
        assert page.cell_with((row.left_texts or row.right_texts)[0])["class"] == row.kind
    for kind, colour in (("pair", "#0072B2"), ("left", "#D55E00"), ("right", "#009E73")):
        assert f"td.{kind} {{ background-color: {tint(colour)}" in page.style
    glyphs = {"●": "paired", "◀": "only in the left", "▶": "only in the right"}
    for glyph, legend in glyphs.items():
        assert glyph in page.visible and legend in page.visible
    one_pair = Page(export.render(ExportRequest(flagged_comparison()), "html"))
    marked = [a for a, data in one_pair.cells if "Verletzte" in "".join(data)]
    assert [a["class"] for a in marked] == ["pair", "pair"]
    assert all("[P1]" in "".join(d) for a, d in one_pair.cells if "Verletzte" in "".join(d))


def test_summary_and_provenance():
    c = seed_comparison()
    page = seed_page()
    assert f"{c.coverage.left_in_right:.0%} of the left article" in page.visible
    assert "What only the left source says" in page.visible
    prov = make_provenance(c)
    for text in (prov.left.sha256, prov.right.sha256, prov.left.name, prov.right.name):
        assert text in page.visible
    assert f"Twofold {prov.version}" in page.visible


def test_unreviewed_items_can_be_left_out():
    page = seed_page(include_unreviewed=False)
    table = " ".join("".join(data) for _, data in page.cells)
    assert PRESIDENT in table and PILLS in table
    assert DONATION not in table and RUBIO not in table


def test_discrepancy_flags_are_shown_beside_the_pair():
    page = Page(export.render(ExportRequest(flagged_comparison()), "html"))
    assert "number: 20 ≠ 25" in page.visible


def test_markup_in_articles_and_notes_is_shown_as_text():
    c = hostile_comparison()
    html = export.render(ExportRequest(c, hostile_annotations(c)), "html")
    page = Page(html)
    assert "script" not in page.tags and "img" not in page.tags
    assert not [k for k, _ in page.attrs if k.startswith("on") or k == "src"]
    for text in (SCRIPT, IMG, LINK, HOSTILE_NOTE, HOSTILE_TITLE):
        assert text in page.visible
    assert "i" not in page.tags
    assert "<script" not in html and "<img" not in html
