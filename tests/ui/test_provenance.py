"""Hovering a pane's title tells where its article came from, with markup shown as text."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtGui import QHelpEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip

from desktop.engine.fingerprint import fingerprint
from desktop.engine.load import article_from_text
from desktop.engine.models import Provenance
from desktop.paths import SEED_LEFT
from desktop.ui import provenance


def shown(label) -> str:
    """Hover the label as Qt does and return the tooltip's text as the reader sees it."""
    centre = label.rect().center()
    event = QHelpEvent(QHelpEvent.Type.ToolTip, centre, label.mapToGlobal(centre))
    QApplication.sendEvent(label, event)
    assert QToolTip.isVisible()
    doc = QTextDocument()
    doc.setHtml(QToolTip.text())
    return doc.toPlainText()


# The offscreen test platform cannot raise the tooltip window above others, and says so.
hover = pytest.mark.qt_log_ignore(
    "This plugin does not support raise", "This plugin does not support propagateSizeHints"
)


@hover
def test_hovering_the_title_shows_file_time_and_fingerprint(window, qtbot):
    text = shown(window.titles["left"])
    article = window.articles["left"]
    assert str(SEED_LEFT) in text
    assert article.provenance.fetched in text
    assert article.provenance.sha256 in text and len(article.provenance.sha256) == 64
    QToolTip.hideText()


@hover
def test_web_articles_show_address_final_address_and_metadata(window, qtbot):
    facts = Provenance(
        location="https://example.org/a?x=1&y=2",
        final_url="https://www.example.org/artikel/a",
        title='Titel <b>fett</b> & "Zitat"',
        author="Jörg <i>Weiß</i>müller",
        date="2025-09-14",
        site="Märkische <Rundschau>",
        fetched="2026-11-23T10:00:00Z",
        content_type="text/html",
        sha256="ab" * 32,
    )
    article = article_from_text(
        "Erster Satz zum Hochwasser. Zweiter Satz zur Lage.",
        path=facts.location,
        title=facts.title,
        provenance=facts,
    )
    window.set_articles(right=article)
    text = shown(window.titles["right"])
    for value in (
        facts.location,
        facts.final_url,
        facts.title,
        facts.author,
        facts.date,
        facts.site,
        facts.fetched,
        fingerprint(article.text),  # always of the text compared, whatever came in
    ):
        assert value in text
    assert facts.sha256 not in text
    QToolTip.hideText()


def test_pasted_text_says_it_has_no_file():
    article = article_from_text("Ein Satz. Noch ein Satz.", title="Pasted text (left)")
    lines = dict(provenance.facts(article))
    assert "no file" in lines["Source"]
    assert len(lines["SHA-256"]) == 64


def test_unchanged_location_is_not_repeated_as_final_address():
    p = Provenance(location="https://example.org/a", final_url="https://example.org/a")
    article = dataclasses.replace(article_from_text("Ein Satz. Noch einer."), provenance=p)
    assert "Final address" not in dict(provenance.facts(article))


def test_an_empty_side_tells_how_to_bring_an_article(make_window, qtbot):
    window = make_window(left=None, right=None)
    assert "Ctrl+Shift+O" in window.titles["left"].toolTip()
