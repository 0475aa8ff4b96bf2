"""Annotations belong to sentences: which item shows which annotation, at any alignment.

An annotation is stored under the key of the item it was made on ("pair:3,4:7"), which names
its sentences. When the threshold merges or splits items, each item shows every annotation
on any of its sentences: its own first, then the others in reading order. A change made on
an item takes over the annotations it shows (one annotation on exactly its sentences); one
that also covers sentences outside the item keeps those."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace

from desktop.engine.items import ONLY_LEFT, ONLY_RIGHT, PAIR, item_key
from desktop.store.records import Annotation
from desktop.store.rows import is_blank, parse_item_key
from desktop.vocabulary import labels_text

SentenceRef = tuple[str, int]  # ("left", 3)


def sentences_of(key: str) -> frozenset[SentenceRef]:
    """The sentences an item or annotation key names."""
    _, left, right = parse_item_key(key)
    return frozenset([("left", i) for i in left] + [("right", j) for j in right])


def key_of(sentences: Iterable[SentenceRef]) -> str:
    """The key naming exactly these sentences (a pair when both sides have some)."""
    left = tuple(sorted(i for side, i in sentences if side == "left"))
    right = tuple(sorted(j for side, j in sentences if side == "right"))
    kind = PAIR if left and right else ONLY_LEFT if left else ONLY_RIGHT
    return item_key(kind, left, right)


def _reading(key: str) -> tuple:
    _, left, right = parse_item_key(key)
    return (min(left, default=1 << 30), min(right, default=1 << 30), key)


def touching(marks: Mapping[str, Annotation], key: str) -> list[str]:
    """Keys of the annotations on any sentence of item `key`: its own first, then by position."""
    mine = sentences_of(key)
    found = [anchor for anchor in marks if sentences_of(anchor) & mine]
    return sorted(found, key=lambda anchor: (anchor != key, _reading(anchor)))


def combine(key: str, shown: Sequence[Annotation]) -> Annotation | None:
    """What item `key` shows of these annotations (in order): every label (the first one
    first), every note, reviewed if any is."""
    if not shown:
        return None
    if len(shown) == 1:
        return replace(shown[0], item_key=key)
    labels = list(dict.fromkeys(name for a in shown for name in a.labels))
    notes = list(dict.fromkeys(a.note for a in shown if a.note))
    latest = max(shown, key=lambda a: a.updated)
    return Annotation(
        key,
        labels[0] if labels else None,
        "\n\n".join(notes),
        any(a.reviewed for a in shown),
        min((a.created for a in shown if a.created), default=""),
        latest.updated,
        latest.author,
        tuple(labels[1:]),
    )


def take_over(
    marks: Mapping[str, Annotation], key: str, stamp: str, author: str, **changes: object
) -> dict[str, Annotation | None]:
    """The annotations to write (None: delete) for a change of item `key`'s label, note or
    reviewed mark: one annotation on its sentences with the change applied to what it showed;
    annotations inside the item go, ones reaching beyond it keep their other sentences."""
    anchors = touching(marks, key)
    shown = combine(key, [marks[a] for a in anchors]) or Annotation(key)
    if "label" in changes:  # the label chosen for the item replaces the ones it showed
        changes = {"also": (), **changes}
    changed = replace(shown, **changes)
    if changed == shown:
        return {}
    mine = sentences_of(key)
    writes: dict[str, Annotation | None] = {}
    for anchor in anchors:
        writes[anchor] = None
        rest = sentences_of(anchor) - mine
        if rest:
            kept = key_of(rest)
            trimmed = replace(marks[anchor], item_key=kept)
            earlier = writes.get(kept) or marks.get(kept)
            writes[kept] = combine(kept, [earlier, trimmed]) if earlier else trimmed
    changed = replace(changed, created=shown.created or stamp, updated=stamp, author=author)
    writes[key] = None if is_blank(changed) else changed
    return writes


@dataclass(frozen=True, slots=True)
class Placement:
    """The annotations as the current items show them, the review's progress, and what moved."""

    shown: dict[str, Annotation]  # item key -> what that item shows
    reviewed: int  # reviewed marks the journalist made (the slider never changes it)
    to_review: int  # items that show no reviewed mark
    merged: tuple[tuple[str, str], ...] = ()  # (annotation, item) now holding more sentences
    split: tuple[str, ...] = ()  # annotations now shown on several items

    @property
    def progress(self) -> tuple[int, int]:
        """(reviewed, total): the marks made, and those plus the items still without one."""
        return self.reviewed, self.reviewed + self.to_review


def place(marks: Mapping[str, Annotation], items: Sequence[str]) -> Placement:
    """Every annotation on the items (keys, in reading order) now holding its sentences."""
    item_of: dict[SentenceRef, int] = {}
    for index, item in enumerate(items):
        for sentence in sentences_of(item):
            item_of[sentence] = index
    on_item: dict[int, list[str]] = {}
    merged, split = [], []
    reviewed = 0
    for anchor in sorted(marks, key=_reading):
        where = sorted({item_of[s] for s in sentences_of(anchor) if s in item_of})
        for index in where:
            on_item.setdefault(index, []).append(anchor)
        if where and marks[anchor].reviewed:
            reviewed += 1
        if len(where) > 1:
            split.append(anchor)
        elif where and items[where[0]] != anchor:
            merged.append((anchor, items[where[0]]))
    shown = {}
    for index, anchors in on_item.items():
        key = items[index]
        anchors.sort(key=lambda anchor: (anchor != key, _reading(anchor)))
        shown[key] = combine(key, [marks[a] for a in anchors])
    to_review = sum(1 for key in items if not (key in shown and shown[key].reviewed))
    return Placement(shown, reviewed, to_review, tuple(merged), tuple(split))


def _things(marks: Mapping[str, Annotation], anchors: Sequence[str]) -> tuple[str, bool]:
    """ "1 label and 2 notes" (reviewed marks only when nothing else moved), and whether that
    is one thing (for the verb)."""
    labels = sum(1 for a in anchors if marks[a].label)
    notes = sum(1 for a in anchors if marks[a].note)
    counts = [(labels, "label"), (notes, "note")]
    if not (labels or notes):
        counts = [(sum(1 for a in anchors if marks[a].reviewed), "reviewed mark")]
    parts = [f"{n} {word if n == 1 else word + 's'}" for n, word in counts if n]
    return " and ".join(parts), len(parts) == 1 and parts[0].startswith("1 ")


def moved_text(placement: Placement, marks: Mapping[str, Annotation]) -> str:
    """The status line after the slider moved annotations, e.g. "1 note now sits on a merged
    pair" ("" when every annotation is on the item it was made on)."""
    out = []
    what, one = _things(marks, [anchor for anchor, _ in placement.merged])
    if what:
        targets = {key for _, key in placement.merged}
        word = "pair" if all(key.startswith(PAIR + ":") for key in targets) else "item"
        where = f"a merged {word}" if len(targets) == 1 else f"merged {word}s"
        out.append(f"{what} now {'sits' if one else 'sit'} on {where}")
    what, one = _things(marks, placement.split)
    if what:
        out.append(f"{what} now {'shows' if one else 'show'} on each part of a split item")
    for key in dict.fromkeys(key for _, key in placement.merged):
        labels = placement.shown[key].labels
        if len(labels) > 1:
            word = "pair" if key.startswith(PAIR + ":") else "item"
            out.append(f"a {word} shows {len(labels)} labels: {labels_text(labels)}")
    return "; ".join(out)
