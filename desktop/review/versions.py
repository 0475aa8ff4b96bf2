"""Later versions of a comparison's articles (a liveblog updated, a page edited): what changed,
the offer to carry the review over, carrying it to the sentences that stayed, and which
sentences are new or edited since the earlier version. The earlier version stays as it was."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.engine.fingerprint import sentence_fingerprint
from desktop.engine.models import Article
from desktop.store.anchors import combine, key_of, sentences_of
from desktop.store.errors import StoreError
from desktop.store.records import Annotation, ComparisonRecord
from desktop.store.store import Store
from desktop.wording import joined, phrase

SIDES = ("left", "right")
# What the journalist can answer when the articles changed since the saved review.
CARRY, FRESH, EARLIER = "carry", "fresh", "earlier"
NO_CHANGE: dict[str, frozenset[int]] = {"left": frozenset(), "right": frozenset()}
# Why nothing is saved while the question is open.
ASKED = phrase(
    "The articles changed since your review: choose first whether to carry it over, start "
    "fresh or open the earlier version."
)


def sentence_map(old: Article, new: Article) -> tuple[dict[int, int], dict[int, int]]:
    """Old sentence id -> new id: those whose words are unchanged, in order, and those changed
    (an old and a new sentence in the same place between unchanged ones)."""
    where: dict[str, list[int]] = {}
    for s in new.sentences:
        where.setdefault(sentence_fingerprint(s.text), []).append(s.id)
    same: dict[int, int] = {}
    used: set[int] = set()
    last = -1
    for s in old.sentences:
        free = [j for j in where.get(sentence_fingerprint(s.text), []) if j not in used]
        if free:
            j = next((c for c in free if c > last), free[0])  # keep the order where possible
            same[s.id] = j
            used.add(j)
            last = j
    changed: dict[int, int] = {}
    anchors = sorted(same.items())
    bounds = [(-1, -1), *anchors, (len(old.sentences), len(new.sentences))]
    for (old_a, new_a), (old_b, new_b) in zip(bounds, bounds[1:], strict=False):
        gap_old = [i for i in range(old_a + 1, old_b) if i not in same]
        gap_new = [j for j in range(new_a + 1, new_b) if j not in used]
        changed.update(zip(gap_old, gap_new, strict=False))
    return same, changed


def _count(n: int, word: str) -> str:
    """ "1 label", "4 labels"."""
    one, many = {
        "label": (phrase("1 label"), phrase("{count} labels", count=n)),
        "note": (phrase("1 note"), phrase("{count} notes", count=n)),
        "reviewed mark": (phrase("1 reviewed mark"), phrase("{count} reviewed marks", count=n)),
        "hand-made link": (phrase("1 hand-made link"), phrase("{count} hand-made links", count=n)),
        "unlink": (phrase("1 unlink"), phrase("{count} unlinks", count=n)),
    }[word]
    return one if n == 1 else many


def _and(parts: list[str]) -> str:
    if len(parts) < 2:
        return "".join(parts)
    return phrase("{first} and {second}", first=joined(", ", parts[:-1]), second=parts[-1])


def _changed_count(n: int, what: str, first: bool) -> str:
    """ "2 sentences added", then "1 changed": the first count names what it counts."""
    if first and n == 1:
        return {
            "added": phrase("1 sentence added"),
            "changed": phrase("1 sentence changed"),
            "removed": phrase("1 sentence removed"),
        }[what]
    if first:
        return {
            "added": phrase("{count} sentences added", count=n),
            "changed": phrase("{count} sentences changed", count=n),
            "removed": phrase("{count} sentences removed", count=n),
        }[what]
    return {
        "added": phrase("{count} added", count=n),
        "changed": phrase("{count} changed", count=n),
        "removed": phrase("{count} removed", count=n),
    }[what]


def what_changed(old: tuple[Article, Article], new: tuple[Article, Article]) -> str:
    """ "The right article changed since your review: 1 sentence added, 1 changed." """
    parts = []
    for side, before, after in zip(SIDES, old, new, strict=True):
        same, changed = sentence_map(before, after)
        added = len(after.sentences) - len(same) - len(changed)
        removed = len(before.sentences) - len(same) - len(changed)
        counts = [(n, what) for n, what in ((added, "added"), (len(changed), "changed")) if n]
        counts += [(removed, "removed")] if removed else []
        if counts:
            bits = joined(", ", [_changed_count(n, w, i == 0) for i, (n, w) in enumerate(counts)])
            if side == "left":
                told = phrase(
                    "The left article changed since your review: {details}.", details=bits
                )
            else:
                told = phrase(
                    "The right article changed since your review: {details}.", details=bits
                )
            parts.append(told)
    return joined(" ", parts) if parts else phrase("The articles changed since your review.")


@dataclass(frozen=True, slots=True)
class Offer:
    """A saved review of an earlier version of the articles just opened, and what to ask."""

    earlier: ComparisonRecord
    changes: str  # what_changed
    review: str  # "4 labels and 2 notes": what would be carried ("" for nothing)

    @property
    def question(self) -> str:
        return phrase(
            "{changes} Carry your {review} over to the new version?",
            changes=self.changes,
            review=self.review,
        )


def offer(store: Store, earlier_id: int, articles: tuple[Article, Article]) -> Offer:
    """What to ask before opening `articles` as a later version of comparison `earlier_id`."""
    earlier = store.comparison(earlier_id)
    old = (store.article(earlier.left_article_id), store.article(earlier.right_article_id))
    marks = store.annotations(earlier.id).values()
    kinds = [kind for _, _, kind in store.decisions(earlier.id)]
    counts = (
        (sum(len(a.labels) for a in marks), "label"),
        (sum(1 for a in marks if a.note), "note"),
        (sum(1 for a in marks if a.reviewed), "reviewed mark"),
        (kinds.count("link"), "hand-made link"),
        (kinds.count("unlink"), "unlink"),
    )
    review = _and([_count(n, word) for n, word in counts if n])
    return Offer(earlier, what_changed(old, articles), review)


def _put(writes: dict[str, Annotation], annotation: Annotation) -> None:
    key = annotation.item_key
    writes[key] = combine(key, [writes[key], annotation]) if key in writes else annotation


def carry(store: Store, earlier: ComparisonRecord, new: ComparisonRecord, articles) -> str:
    """Write the earlier review onto the new comparison (in the caller's transaction) and
    return what to tell the user. `articles` are the new (left, right) articles. An annotation
    on sentences of which some changed goes with the rest, to be looked at again (not
    reviewed); the changed sentences show as such (see `changed_sentences`)."""
    old = [store.article(earlier.left_article_id), store.article(earlier.right_article_id)]
    maps = {side: sentence_map(o, a) for side, o, a in zip(SIDES, old, articles, strict=True)}
    writes, behind = {}, 0
    for key, annotation in store.annotations(earlier.id).items():
        sentences = sentences_of(key)
        same = {(side, maps[side][0][sid]) for side, sid in sentences if sid in maps[side][0]}
        changed = {(side, maps[side][1][sid]) for side, sid in sentences if sid in maps[side][1]}
        if not same | changed:
            behind += 1
            continue
        moved = replace(annotation, item_key=key_of(same | changed))
        if len(same) < len(sentences):  # part of what was judged changed: look again
            moved = replace(moved, reviewed=False)
        _put(writes, moved)
    store.put_annotations(new.id, writes)
    same = {side: maps[side][0] for side in SIDES}
    for left, right, kind in store.decisions(earlier.id):
        if all(i in same["left"] for i in left) and all(j in same["right"] for j in right):
            new_left = [same["left"][i] for i in left]
            store.set_override(new.id, new_left, [same["right"][j] for j in right], kind)
    parts = [
        phrase(
            "Your review was carried over to the sentences that stayed; the new and changed ones "
            "are marked as changed since your review."
        )
    ]
    if behind == 1:
        parts.append(phrase("1 annotation stays with the earlier version only."))
    elif behind:
        parts.append(
            phrase("{count} annotations stay with the earlier version only.", count=behind)
        )
    parts.append(phrase("The earlier version stays in the library."))
    return joined(" ", parts)


def changed_sentences(store: Store, record: ComparisonRecord) -> dict[str, frozenset[int]]:
    """Per side, the sentences of this version that are new or edited since the earlier one
    (none when it is the first version, or the earlier one was deleted)."""
    if record.previous_id is None:
        return NO_CHANGE
    try:
        earlier = store.comparison(record.previous_id)
        pairs = (
            (earlier.left_article_id, record.left_article_id),
            (earlier.right_article_id, record.right_article_id),
        )
        out = {}
        for side, (old_id, new_id) in zip(SIDES, pairs, strict=True):
            new = store.article(new_id)
            same, _ = sentence_map(store.article(old_id), new)
            out[side] = frozenset(s.id for s in new.sentences) - frozenset(same.values())
    except StoreError:
        return NO_CHANGE
    return out
