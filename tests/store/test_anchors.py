"""Which item shows which annotation once items merge or split, and what a change takes over."""

from __future__ import annotations

from desktop.engine.fingerprint import sentence_fingerprint
from desktop.store.anchors import moved_text, place, take_over
from desktop.store.records import Annotation

NOTE = Annotation("pair:1,2:1", "corroborated", "beide", True, "t0", "t0", "ana")


def test_a_split_pair_shows_its_annotation_on_each_part_and_counts_once():
    marks = {NOTE.item_key: NOTE}
    placement = place(marks, ["pair:1:1", "left:2:", "left:3:"])
    assert placement.shown["pair:1:1"].note == "beide"
    assert placement.shown["left:2:"].label == "corroborated"
    assert "left:3:" not in placement.shown
    assert placement.progress == (1, 2)  # one mark made, one item without one
    assert moved_text(placement, marks) == (
        "1 label and 1 note now show on each part of a split item"
    )


OTHER = Annotation("right::4", "contradiction", "nur rechts", True, "t1", "t2", "ben")
MERGED = "pair:1,2:1,4"


def test_merged_annotations_show_together_with_every_label_and_the_notes_as_written():
    marks = {NOTE.item_key: NOTE, OTHER.item_key: OTHER}
    placement = place(marks, [MERGED, "left:0:"])
    shown = placement.shown[MERGED]
    assert shown.labels == ("corroborated", "contradiction") and shown.reviewed
    assert shown.note == "beide\n\nnur rechts"  # no label written into a note
    assert (shown.created, shown.updated, shown.author) == ("t0", "t2", "ben")
    assert placement.progress == (2, 3)  # the count never drops when items merge
    assert moved_text(placement, marks) == (
        "2 labels and 2 notes now sit on a merged pair; "
        "a pair shows 2 labels: Corroborated (both say it) + Contradiction"
    )


def test_a_note_on_a_merged_pair_keeps_both_labels_and_a_label_replaces_them(store, comparison):
    marks = {NOTE.item_key: NOTE, OTHER.item_key: OTHER}
    writes = take_over(marks, MERGED, "t9", "cleo", note="beide prüfen")
    assert writes[MERGED].labels == ("corroborated", "contradiction")
    assert writes[MERGED].note == "beide prüfen"
    store.put_annotations(comparison.id, writes)  # the store keeps both labels
    kept = store.annotations(comparison.id)
    assert kept[MERGED].labels == ("corroborated", "contradiction") and len(kept) == 1
    chosen = take_over(kept, MERGED, "t10", "cleo", label="verify")
    assert chosen[MERGED].labels == ("verify",)


def test_a_change_on_part_of_a_split_pair_leaves_the_rest_its_annotation():
    marks = {NOTE.item_key: NOTE}
    writes = take_over(marks, "left:2:", "t9", "cleo", label="irrelevant")
    assert writes["pair:1,2:1"] is None
    assert writes["pair:1:1"] == Annotation(
        "pair:1:1", "corroborated", "beide", True, "t0", "t0", "ana"
    )
    assert writes["left:2:"] == Annotation(
        "left:2:", "irrelevant", "beide", True, "t0", "t9", "cleo"
    )


def test_no_change_writes_nothing():
    assert take_over({NOTE.item_key: NOTE}, NOTE.item_key, "t9", "x", label="corroborated") == {}


def test_annotations_keep_the_fingerprints_of_their_sentences(store, comparison, left_article):
    store.set_note(comparison.id, "pair:0,1:0", "zwei Sätze")
    first, second = left_article.sentences[0].text, left_article.sentences[1].text
    prints = store.annotation_fingerprints(comparison.id)["pair:0,1:0"]
    assert prints[:2] == (sentence_fingerprint(first), sentence_fingerprint(second))
    assert sentence_fingerprint(first) == sentence_fingerprint(" " + first.replace(" ", "\n "))
