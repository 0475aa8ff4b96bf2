"""Fixtures for store tests: a fresh database file and two small articles that overlap."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.engine.load import article_from_text
from desktop.store.store import Store
from tests.store.helpers import LEFT_TEXT, RIGHT_TEXT


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "reviews.db"


@pytest.fixture
def store(db_path: Path):
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def left_article():
    return article_from_text(LEFT_TEXT, path="bericht.txt", lang="de", title="Bericht")


@pytest.fixture
def right_article():
    return article_from_text(RIGHT_TEXT, path="pressemitteilung.txt", lang="de")


@pytest.fixture
def comparison(store, left_article, right_article):
    left_id = store.add_article(left_article)
    right_id = store.add_article(right_article)
    return store.open_comparison(left_id, right_id, threshold=55.0)
