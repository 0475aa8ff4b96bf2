"""Every annotation as plain rows for `twofold annotations`, sentence texts included."""

from __future__ import annotations

from pathlib import Path

from desktop.store.errors import StoreError
from desktop.store.opening import default_path
from desktop.store.rows import parse_item_key
from desktop.store.store import Store

FIELDS = (
    "comparison_id",
    "comparison_title",
    "item_key",
    "side",
    "left_ids",
    "left_text",
    "right_ids",
    "right_text",
    "label",
    "labels",
    "note",
    "reviewed",
    "author",
    "created",
    "updated",
)
SIDES = {"pair": "both", "left": "left only", "right": "right only"}


def open_for_reading(path: str | Path | None = None) -> Store:
    """The database without taking it from a running window, read-only (also on a read-only
    disk; an older database is read as it is, brought up to date in memory). A missing file is
    an error."""
    path = Path(path) if path is not None else default_path()
    if not path.exists():
        raise StoreError(f"There is no review database at {path} yet.")
    return Store.open(path, read_only=True)


def annotation_rows(store: Store, comparison_id: int | None = None) -> list[dict]:
    """One dict per annotation (FIELDS), by comparison, then in reading order where known."""
    if comparison_id is not None:
        ids = [store.comparison(comparison_id).id]
    else:
        ids = store.comparison_ids()
    rows: list[dict] = []
    for cid in ids:
        rows.extend(_comparison_rows(store, cid))
    return rows


def _comparison_rows(store: Store, comparison_id: int) -> list[dict]:
    record = store.comparison(comparison_id)
    texts = {
        side: store.sentence_texts(article_id)
        for side, article_id in (
            ("left", record.left_article_id),
            ("right", record.right_article_id),
        )
    }
    order = {key: n for n, key in enumerate(store.review_item_keys(comparison_id))}
    annotations = store.annotations(comparison_id)

    def reading_order(key: str) -> tuple:
        kind, left, right = parse_item_key(key)
        # Items no longer on screen (threshold changed since) follow, by their first sentence.
        return (key not in order, order.get(key, 0), left or (-1,), right or (-1,))

    rows = []
    for key in sorted(annotations, key=reading_order):
        a = annotations[key]
        kind, left, right = parse_item_key(key)
        rows.append(
            {
                "comparison_id": comparison_id,
                "comparison_title": record.title,
                "item_key": key,
                "side": SIDES.get(kind, kind),
                "left_ids": list(left),
                "left_text": " ".join(texts["left"].get(i, "") for i in left),
                "right_ids": list(right),
                "right_text": " ".join(texts["right"].get(j, "") for j in right),
                "label": a.label,
                "labels": list(a.labels),
                "note": a.note,
                "reviewed": a.reviewed,
                "author": a.author,
                "created": a.created,
                "updated": a.updated,
            }
        )
    return rows
