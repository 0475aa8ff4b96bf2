"""A review carried over to a later version of its articles (a liveblog updated, a page
edited): labels, notes and links go to the sentences that stayed, the changed and new ones are
marked "Changed since your review"; the earlier version stays as it was."""

from __future__ import annotations

from dataclasses import replace

from desktop.engine.clock import now_utc
from desktop.engine.fingerprint import sentence_fingerprint
from desktop.engine.models import Article
from desktop.store.anchors import combine, key_of, sentences_of
from desktop.store.records import Annotation, ComparisonRecord
from desktop.store.store import Store
from desktop.wording import joined, phrase

CHANGED = phrase("Changed since your review")  # stored in English, shown translated
SIDES = ("left", "right")


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


def _put(writes: dict[str, Annotation], annotation: Annotation) -> None:
    key = annotation.item_key
    writes[key] = combine(key, [writes[key], annotation]) if key in writes else annotation


def carry(store: Store, earlier: ComparisonRecord, new: ComparisonRecord, articles) -> str:
    """Write the earlier review onto the new comparison (in the caller's transaction) and
    return what to tell the user, e.g. "The right article changed since your review: 1
    sentence added, 1 changed. ...". `articles` are the new (left, right) articles."""
    old = [store.article(earlier.left_article_id), store.article(earlier.right_article_id)]
    maps = {side: sentence_map(o, a) for side, o, a in zip(SIDES, old, articles, strict=True)}
    stamp, writes, behind = now_utc(), {}, 0
    for key, annotation in store.annotations(earlier.id).items():
        sentences = sentences_of(key)
        same = {(side, maps[side][0][sid]) for side, sid in sentences if sid in maps[side][0]}
        changed = {(side, maps[side][1][sid]) for side, sid in sentences if sid in maps[side][1]}
        if not same | changed:
            behind += 1
            continue
        moved = replace(annotation, item_key=key_of(same | changed))
        if len(same) < len(sentences):  # part of what was judged changed: look again
            note = "\n\n".join(filter(None, [CHANGED, moved.note]))
            moved = replace(moved, reviewed=False, note=note)
        _put(writes, moved)
    told = []
    for side, before, article in zip(SIDES, old, articles, strict=True):
        same, changed = maps[side]
        fresh = sorted({s.id for s in article.sentences} - set(same.values()))
        for sid in fresh:
            mark = Annotation(
                key_of({(side, sid)}), None, CHANGED, False, stamp, stamp, store.author
            )
            _put(writes, mark)
        added = len(fresh) - len(changed)
        removed = len(before.sentences) - len(same) - len(changed)
        if fresh or removed:
            told.append((side, added, len(changed), removed))
    store.put_annotations(new.id, writes)
    same = {side: maps[side][0] for side in SIDES}
    for left, right, kind in store.decisions(earlier.id):
        if all(i in same["left"] for i in left) and all(j in same["right"] for j in right):
            new_left = [same["left"][i] for i in left]
            store.set_override(new.id, new_left, [same["right"][j] for j in right], kind)
    return _told(told, behind)


def _told(changes: list[tuple[str, int, int, int]], behind: int) -> str:
    parts: list[str] = []
    for side, added, changed, removed in changes:
        counts = _counts(added, changed, removed)
        bits = [_count(n, what, first=i == 0) for i, (n, what) in enumerate(counts)]
        details = joined(", ", bits)
        if side == "left":
            parts.append(
                phrase("The left article changed since your review: {details}.", details=details)
            )
        else:
            parts.append(
                phrase("The right article changed since your review: {details}.", details=details)
            )
    parts = parts or [phrase("The articles changed since your review.")]
    parts.append(
        phrase(
            "Labels and notes were carried over to the sentences that stayed; the changed and new"
            ' ones say "{changed}".',
            changed=CHANGED,
        )
    )
    if behind == 1:
        parts.append(phrase("1 annotation stays with the earlier version only."))
    elif behind:
        parts.append(
            phrase("{count} annotations stay with the earlier version only.", count=behind)
        )
    parts.append(phrase("The earlier version stays in the library."))
    return joined(" ", parts)


def _counts(added: int, changed: int, removed: int) -> list[tuple[int, str]]:
    return [
        (n, what) for n, what in ((added, "added"), (changed, "changed"), (removed, "removed")) if n
    ]


def _count(n: int, what: str, first: bool) -> str:
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
