"""Articles are stored once per text, with the sentences they were reviewed with."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from desktop.engine.load import article_from_text
from desktop.store.errors import NotFound
from desktop.store.schema import PROVENANCE
from desktop.store.store import Store


def test_article_comes_back_with_the_same_sentences(store, left_article, db_path):
    article_id = store.add_article(left_article)
    store.close()
    with Store.open(db_path) as again:
        back = again.article(article_id)
    assert back.text == left_article.text
    assert back.sentences == left_article.sentences
    assert (back.language, back.path, back.title) == ("de", "bericht.txt", "Bericht")


def test_same_text_is_stored_once(store, left_article, db_path):
    first = store.add_article(left_article)
    same_text_elsewhere = article_from_text(left_article.text, path="kopie.txt", lang="de")
    assert store.add_article(same_text_elsewhere) == first
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("SELECT count(*) FROM articles").fetchone() == (1,)
        sha = raw.execute("SELECT sha256 FROM articles").fetchone()[0]
    assert sha == hashlib.sha256(left_article.text.encode("utf-8")).hexdigest()


def test_provenance_is_kept_and_filled_in_later(store, left_article):
    article_id = store.add_article(left_article, site="Zeitung", author="A. Autorin")
    store.add_article(left_article, final_url="https://example.org/a", site="Andere")
    saved = store.article_provenance(article_id)
    assert saved["site"] == "Zeitung"  # the first value wins
    assert saved["author"] == "A. Autorin"
    assert saved["final_url"] == "https://example.org/a"
    assert saved["source"] == "bericht.txt"
    assert set(PROVENANCE) <= set(saved)


def test_unknown_provenance_field_is_a_programming_error(store, left_article):
    with pytest.raises(TypeError, match="colour"):
        store.add_article(left_article, colour="red")


def test_missing_article_is_reported(store):
    with pytest.raises(NotFound):
        store.article(999)
    with pytest.raises(NotFound):
        store.article_provenance(999)
