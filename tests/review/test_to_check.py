"""Walking the one-sided sentences that came close to a link: the likeliest missed links."""

from desktop import paths
from desktop.engine.align import CHECK_SCORE, DEFAULT_THRESHOLD
from desktop.engine.compare import PreparedComparison
from desktop.engine.load import article_from_text, load_article
from desktop.review.workspace import Workspace


def seed_workspace() -> Workspace:
    ws = Workspace()
    ws.set_articles(load_article(paths.SEED_LEFT, "de"), load_article(paths.SEED_RIGHT, "de"))
    ws.aligned(PreparedComparison(ws.articles["left"], ws.articles["right"]))
    return ws


def best_closest(ws: Workspace, item) -> float:
    side, ids = ("left", item.left) if item.left else ("right", item.right)
    near = ws.comparison.closest(side, ids[0])
    return near[0].score if near else 0.0


def test_c_visits_exactly_the_one_sided_sentences_that_came_close_and_wraps():
    ws = seed_workspace()
    expected = [
        n
        for n, item in enumerate(ws.items)
        if item.pair is None and not item.boilerplate and best_closest(ws, item) >= CHECK_SCORE
    ]
    # the sample's visit and fentanyl sentences (both sides) score 16 and 20 with their partner
    assert len(expected) >= 4
    visited = []
    for _ in expected:
        ws.move_to_check(1)
        visited.append(ws.current)
    assert visited == expected
    ws.move_to_check(1)
    assert ws.current == expected[0]
    ws.move_to_check(-1)
    assert ws.current == expected[-1]
    texts = [
        ws.articles["left"].sentences[ws.items[n].left[0]].text
        for n in expected
        if ws.items[n].left
    ]
    assert any("Fentanyl" in t for t in texts) and any("Rubio" in t for t in texts)


def test_a_sentence_linked_at_a_lower_threshold_is_no_longer_to_check():
    ws = seed_workspace()

    def fentanyl():
        left = ws.articles["left"].sentences
        return next(
            item
            for item in ws.items
            if item.left and "Schmuggel von Fentanyl" in left[item.left[0]].text
        )

    assert fentanyl().pair is None and ws.worth_checking(fentanyl())
    ws.set_threshold(CHECK_SCORE)  # its closest (score 20) is now its partner
    assert fentanyl().pair is not None and fentanyl().pair.score < DEFAULT_THRESHOLD
    assert not ws.worth_checking(fentanyl())


def test_without_a_close_call_the_user_is_told():
    ws = Workspace()
    ws.set_articles(
        article_from_text("Der Wetterdienst erwartet Regen in ganz Norddeutschland.", lang="de"),
        article_from_text("In Dortmund spielte eine Band vor 40.000 Zuschauern.", lang="de"),
    )
    ws.aligned(PreparedComparison(ws.articles["left"], ws.articles["right"]))
    assert "No one-sided sentence came close" in ws.move_to_check(1).notice
