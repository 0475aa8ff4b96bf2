"""Comparing the two bundled seed articles finds what both report and what only one says."""

import pytest

from desktop import paths
from desktop.engine.compare import PreparedComparison, compare
from desktop.engine.load import load_article
from desktop.engine.models import Link


@pytest.fixture(scope="module")
def seeds():
    left = load_article(paths.SEED_LEFT, "de")
    right = load_article(paths.SEED_RIGHT, "de")
    return left, right, compare(left, right)


def index(article, text):
    found = [s.id for s in article.sentences if text in s.text]
    assert len(found) == 1, text
    return found[0]


def paired(comparison, i, j):
    return any(i in p.left and j in p.right for p in comparison.pairs)


def test_sentences_only_one_report_has_are_unique(seeds):
    left, right, comparison = seeds
    assert index(left, "Drogenbekämpfungsbehörde DEA im Bundesstaat Sinaloa") in (
        comparison.unique_left
    )
    assert index(right, "öffentliche Gesundheit") in comparison.unique_right


def test_donation_appeal_is_unique_boilerplate_left_out_of_the_findings(seeds):
    left, right, comparison = seeds
    appeal = index(left, "Unterstützen Sie uns mit einer Spende")
    assert appeal in left.boilerplate
    assert not any(appeal in p.left for p in comparison.pairs)
    assert appeal not in comparison.unique_left
    with_furniture = compare(left, right, include_boilerplate=True)
    assert appeal in with_furniture.unique_left
    # Furniture left out of the denominator raises the share of real content covered.
    assert comparison.coverage.left_in_right > with_furniture.coverage.left_in_right


def test_sentences_reporting_the_same_fact_are_paired(seeds):
    left, right, comparison = seeds
    crime = index(left, "transnationale organisierte Verbrechen")
    assert paired(comparison, crime, index(right, "transnationale organisierte Kriminalität"))
    # The shared name alone does not link Sheinbaum's sovereignty remark to the statement.
    sovereignty = index(left, "Souveränität Mexikos zu respektieren")
    assert not paired(comparison, sovereignty, index(right, "haben am 3. September 2025"))


def test_unique_and_paired_sentences_cover_each_article_once(seeds):
    left, right, comparison = seeds
    in_pairs = {i for p in comparison.pairs for i in p.left}
    assert in_pairs.isdisjoint(comparison.unique_left)
    everything = {s.id for s in left.sentences}
    assert in_pairs | set(comparison.unique_left) | left.boilerplate == everything
    assert 0 < comparison.coverage.left_in_right < 1


def test_manual_link_replaces_automatic_ones_and_unlinking_removes_a_pair(seeds):
    left, right, _ = seeds
    prepared = PreparedComparison(left, right)
    auto = prepared.at()
    first = auto.pairs[0]
    without = prepared.at(unlinked=[(first.left, first.right)])
    assert (first.left, first.right) not in {(p.left, p.right) for p in without.pairs}
    manual = Link(first.left, (len(right.sentences) - 1,), -1)
    with_manual = prepared.at(manual=[manual])
    assert any(p.manual and p.right == manual.right for p in with_manual.pairs)
    assert not any(not p.manual and set(p.left) & set(first.left) for p in with_manual.pairs)
