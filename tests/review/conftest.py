"""Review fixtures without a window: the seed articles, aligned once, and a workspace on them."""

from __future__ import annotations

import pytest

from desktop.engine.compare import PreparedComparison
from desktop.engine.load import load_article
from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.review.session import open_database
from desktop.review.workspace import Workspace


@pytest.fixture(scope="session")
def seeds():
    return load_article(SEED_LEFT), load_article(SEED_RIGHT)


@pytest.fixture(scope="session")
def prepared(seeds):
    return PreparedComparison(*seeds)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "reviews.db"


@pytest.fixture
def open_workspace(db_path, seeds, prepared):
    """A workspace saving to `db_path` (None: no database) with the seeds aligned."""
    opened = []

    def make(path=db_path, articles=seeds):
        ws = Workspace()
        opened.append(ws)
        if path is not None:
            ws.use_store(*open_database(path))
        ws.set_articles(*articles)
        same = articles == seeds and ws.articles["left"] is seeds[0]
        ws.aligned(
            prepared if same else PreparedComparison(ws.articles["left"], ws.articles["right"])
        )
        return ws

    yield make
    for ws in opened:
        ws.close()


@pytest.fixture
def ws(open_workspace):
    return open_workspace()
