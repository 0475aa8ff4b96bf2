"""Walking the pairs whose sources disagree, without a window."""

from desktop.engine.compare import PreparedComparison
from desktop.engine.load import article_from_text
from desktop.review.workspace import Workspace
from tests.disagreeing_articles import LEFT, RIGHT


def workspace() -> Workspace:
    ws = Workspace()
    ws.set_articles(article_from_text(LEFT, lang="de"), article_from_text(RIGHT, lang="de"))
    ws.aligned(PreparedComparison(ws.articles["left"], ws.articles["right"]))
    return ws


def test_next_disagreement_visits_every_disagreeing_pair_in_order_and_wraps():
    ws = workspace()
    disagreeing = [n for n, item in enumerate(ws.items) if item.pair and item.pair.discrepancies]
    assert len(disagreeing) >= 3  # the date, the number, the opposite
    visited = []
    for _ in disagreeing:
        ws.move_disagreeing(1)
        visited.append(ws.current)
    assert visited == disagreeing
    ws.move_disagreeing(1)
    assert ws.current == disagreeing[0]
    ws.move_disagreeing(-1)
    assert ws.current == disagreeing[-1]


def test_the_kinds_of_the_disagreements_are_named():
    ws = workspace()
    kinds = {d.kind for item in ws.items if item.pair for d in item.pair.discrepancies}
    assert {"date", "number", "opposite"} <= kinds


def test_without_disagreement_the_user_is_told():
    ws = Workspace()
    text = "Die Donau erreichte in Passau einen Pegel von 12,20 Metern."
    ws.set_articles(article_from_text(text, lang="de"), article_from_text(text, lang="de"))
    ws.aligned(PreparedComparison(ws.articles["left"], ws.articles["right"]))
    assert "No pair disagrees" in ws.move_disagreeing(1).notice
