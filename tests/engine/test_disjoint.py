"""One sentence, one item: chained links give up shared sentences to their strongest pair."""

from desktop.engine.compare import compare
from desktop.engine.items import disjoint
from desktop.engine.load import article_from_text
from desktop.engine.models import Link

SCORES = {(1, 1): 100.0, (1, 2): 39.0, (2, 1): 96.8, (0, 0): 99.0}


def _score(i: int, j: int) -> float:
    return SCORES[(i, j)]


def test_a_sentence_keeps_its_strongest_pair_when_a_chain_is_cut():
    # The aligner's star L1 -> {R1, R2} (mean 69.5) and the single L2 -> R1 (96.8) share R1.
    links = [Link((0,), (0,), 99.0), Link((1,), (1, 2), 69.5), Link((2,), (1,), 96.8)]
    kept = disjoint(links, _score)
    with_left_1 = [link for link in kept if 1 in link.left]
    assert with_left_1 and 1 in with_left_1[0].right  # the 100, not the 39 alone
    assert all(1 not in link.right for link in kept if link is not with_left_1[0])
    assert Link((0,), (0,), 99.0) in kept


def test_no_sentence_is_in_two_kept_links():
    links = [Link((1,), (1, 2), 69.5), Link((2,), (1,), 96.8), Link((0,), (0,), 99.0)]
    kept = disjoint(links, _score)
    lefts = [i for link in kept for i in link.left]
    rights = [j for link in kept for j in link.right]
    assert len(lefts) == len(set(lefts)) and len(rights) == len(set(rights))


def test_a_link_whose_partner_went_to_a_stronger_link_joins_it_instead_of_vanishing():
    # L2 -> R1 (96.8) meets the star L1 -> {R1, R2} at R1: L2 reports what L1 does, so it
    # joins that link rather than being shown as only in the left article
    links = [Link((1,), (1, 2), 69.5), Link((2,), (1,), 96.8)]
    (joined,) = disjoint(links, _score)
    assert (joined.left, joined.right) == ((1, 2), (1, 2))
    # scored on the linked pairs it holds, not on L2 -> R2, which nothing linked
    assert joined.score == round((100.0 + 39.0 + 96.8) / 3, 1)


def test_a_lead_and_the_sentence_after_it_share_one_item_with_the_report_of_both():
    left = article_from_text(
        "Bei einem Großbrand in einer Lagerhalle im Hamburger Hafen sind am Dienstagabend zwei "
        "Feuerwehrleute verletzt worden. Das Feuer war gegen 19 Uhr in einer Halle an der "
        "Köhlbrandbrücke ausgebrochen, teilte die Feuerwehr mit. Der Schaden wird auf mehrere "
        "Millionen Euro geschätzt.",
        lang="de",
    )
    right = article_from_text(
        "Großfeuer im Hafen: Zwei Verletzte. In einer Lagerhalle im Hamburger Hafen ist am "
        "Dienstag ein Feuer ausgebrochen. Die Polizei sperrte die Zufahrt zum Terminal.",
        lang="de",
    )
    comparison = compare(left, right)
    assert 1 not in comparison.unique_left  # "the fire broke out" is in both articles
    (first, *_) = comparison.pairs
    assert first.left == (0, 1) and 1 in first.right


def test_a_star_gives_up_a_weak_member_to_that_sentences_own_best_partner():
    # the headline L1 links the right lead (99) and, weakly, its quotation R5 (60); the left
    # quotation L5 is R5's near-copy (98): it pairs with R5, not swallowed into the headline's
    scores = {(1, 1): 99.0, (1, 5): 60.0, (5, 5): 98.0, (5, 1): 53.0}
    links = [Link((1,), (1, 5), 79.5), Link((5,), (5,), 98.0), Link((5,), (1,), 53.0)]
    kept = disjoint(links, lambda i, j: scores[(i, j)])
    assert [(k.left, k.right) for k in kept] == [((1,), (1,)), ((5,), (5,))]
