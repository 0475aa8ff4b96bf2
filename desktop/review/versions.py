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

SIDES = ("left", "right")
# What the journalist can answer when the articles changed since the saved review.
CARRY, FRESH, EARLIER = "carry", "fresh", "earlier"
NO_CHANGE: dict[str, frozenset[int]] = {"left": frozenset(), "right": frozenset()}


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
    return f"{n} {word}{'s' * (n != 1)}"


def _and(parts: list[str]) -> str:
    return " and ".join([", ".join(parts[:-1]), parts[-1]]) if len(parts) > 1 else "".join(parts)


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
            bits = [f"{n} {what}" for n, what in counts]
            bits[0] = f"{_count(counts[0][0], 'sentence')} {counts[0][1]}"
            parts.append(f"The {side} article changed since your review: {', '.join(bits)}.")
    return " ".join(parts) or "The articles changed since your review."


@dataclass(frozen=True, slots=True)
class Offer:
    """A saved review of an earlier version of the articles just opened, and what to ask."""

    earlier: ComparisonRecord
    changes: str  # what_changed
    review: str  # "4 labels and 2 notes": what would be carried ("" for nothing)

    @property
    def question(self) -> str:
        return f"{self.changes} Carry your {self.review} over to the new version?"


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
    text = (
        "Your review was carried over to the sentences that stayed; the new and changed ones "
        "are marked as changed since your review."
    )
    if behind:
        many = behind != 1
        text += f" {behind} annotation{'s' * many} stay{'' if many else 's'} with the earlier version only."
    return text + " The earlier version stays in the library."


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
