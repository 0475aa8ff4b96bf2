"""One sentence, one item: chained links give up shared sentences to their strongest pair."""

from desktop.engine.items import disjoint
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
