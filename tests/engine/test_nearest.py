"""A sentence left unlinked is shown the other article's closest sentences, with their evidence."""

from desktop import paths
from desktop.engine.align import DEFAULT_THRESHOLD, NEAR_FLOOR, Aligner
from desktop.engine.compare import PreparedComparison
from desktop.engine.load import load_article


def find_sentence(article, fragment: str) -> int:
    return next(s.id for s in article.sentences if fragment in s.text)


def seed_aligner():
    left = load_article(paths.SEED_LEFT, "de")
    right = load_article(paths.SEED_RIGHT, "de")
    return left, right, Aligner([s.text for s in left.sentences], [s.text for s in right.sentences])


def test_an_unlinked_sentence_of_the_sample_is_shown_the_sentence_telling_the_same():
    left, right, aligner = seed_aligner()
    arms = find_sentence(left, "illegale Waffenhandel")
    near = aligner.nearest("left", [arms])
    assert near, "the arms-trafficking sentence has no close sentence on the other side"
    assert "Waffenhandel" in right.sentences[near[0].sid].text
    assert near[0].score < DEFAULT_THRESHOLD  # not linked: a suggestion to check, no more
    assert "waffenhandel" in near[0].evidence


def test_closest_sentences_come_best_first_and_above_the_floor_only():
    left, right, aligner = seed_aligner()
    for side, article in (("left", left), ("right", right)):
        for sentence in article.sentences:
            near = aligner.nearest(side, [sentence.id], count=3)
            scores = [n.score for n in near]
            assert scores == sorted(scores, reverse=True)
            assert all(score >= NEAR_FLOOR for score in scores)


def test_the_right_side_is_asked_from_its_own_sentences():
    left, right, aligner = seed_aligner()
    arms = find_sentence(right, "Waffenhandel unterbunden")
    (best, *_) = aligner.nearest("right", [arms])
    assert "Waffenhandel" in left.sentences[best.sid].text


def test_a_sentence_sharing_nothing_has_no_close_sentence():
    aligner = Aligner(
        ["Der Wetterdienst erwartet für das Wochenende Regen in ganz Norddeutschland."],
        ["Im Stadion von Dortmund spielte eine Band aus Schweden vor 40.000 Zuschauern."],
    )
    assert aligner.nearest("left", [0]) == ()
    assert aligner.nearest("right", [0]) == ()


def test_the_evidence_names_a_word_one_side_holds_inside_a_compound():
    aligner = Aligner(
        ["Die Ursache des Brandes ist noch unklar.", "Im Hafen lagen drei Schiffe."],
        ["Zur Brandursache ermittelt nun die Kriminalpolizei.", "Das Wetter bleibt trocken."],
    )
    assert "ursache" in aligner.evidence([0], [0])


def test_the_evidence_holds_no_one_letter_pieces_of_words():
    aligner = Aligner(
        ["The Bank's committee voted for the rise."], ["The Bank's committee backed the rise."]
    )
    assert "s" not in aligner.evidence([0], [0]) and "committee" in aligner.evidence([0], [0])


def test_the_comparison_carries_each_unpaired_sentences_closest_and_none_for_paired_ones():
    left = load_article(paths.SEED_LEFT, "de")
    right = load_article(paths.SEED_RIGHT, "de")
    prepared = PreparedComparison(left, right)
    c = prepared.at(DEFAULT_THRESHOLD)
    arms = find_sentence(left, "illegale Waffenhandel")
    assert "Waffenhandel" in right.sentences[c.closest("left", arms)[0].sid].text
    (pair, *_) = c.pairs
    assert c.closest("left", pair.left[0]) == () and c.closest("right", pair.right[0]) == ()
    # above the pair's score its sentences stand alone, and each names the other as closest
    alone = prepared.at(pair.score + 1)
    assert alone.closest("left", pair.left[0])[0].sid == pair.right[0]
