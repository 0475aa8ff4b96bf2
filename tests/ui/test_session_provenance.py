"""What the window stores about each article's origin when it adds it to the review database."""

from __future__ import annotations

from dataclasses import replace

from desktop.engine.load import article_from_text, load_article
from desktop.engine.models import Provenance
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review.session import Session, provenance_fields
from desktop.store.store import Store


def test_provenance_of_a_web_article_reaches_the_store(tmp_path):
    page = "<html><body><p>Die Polizei zählte 1.200 Menschen.</p></body></html>"
    article = article_from_text("Die Polizei zählte 1.200 Menschen. Es regnete.", lang="de")
    article = replace(
        article,
        provenance=Provenance(
            location="https://example.org/a",
            final_url="https://example.org/a?page=1",
            author="Erika Muster",
            date="2025-09-03",
            site="Beispielzeitung",
            fetched="2025-09-03T10:00:00Z",
            raw=page.encode("utf-8"),
        ),
    )
    other = load_article(SEED_RIGHT)
    with Store.open(tmp_path / "reviews.db") as store:
        session = Session.attach(store, article, other)
        stored = store.article_provenance(session.record.left_article_id)
    assert stored["final_url"] == "https://example.org/a?page=1"
    assert stored["author"] == "Erika Muster" and stored["published"] == "2025-09-03"
    assert stored["site"] == "Beispielzeitung" and stored["raw"] == page


def test_binary_originals_stay_bytes_and_missing_fields_are_left_out():
    article = load_article(SEED_LEFT)
    pdf = replace(article, provenance=replace(article.provenance, raw=b"%PDF-1.7\xff\xfe"))
    assert provenance_fields(pdf)["raw"] == b"%PDF-1.7\xff\xfe"
    assert "author" not in provenance_fields(pdf)
    assert provenance_fields(replace(article, provenance=None)) == {}
