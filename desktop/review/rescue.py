"""Saving the review to a new database file: a full copy when the old file can still be read,
and in any case everything this window saved, from the session's own record of it."""

from __future__ import annotations

import sqlite3
from contextlib import suppress
from pathlib import Path

from sqlite_utils import Database

from desktop.engine.models import Article
from desktop.review.session import Session, provenance_fields
from desktop.store.errors import StoreError
from desktop.store.opening import damage
from desktop.store.store import Store
from desktop.wording import phrase, reason


def save_to(old: Store, session: Session, left: Article, right: Article, target: Path) -> Session:
    """The review in a new database at `target` (which must not exist yet), open for writing:
    the other comparisons too when the old file is still readable; this comparison's
    articles, title, threshold, position, hand-made links and annotations as this window
    knows them. Returns the session on the new file."""
    target = Path(target)
    if target.exists():
        raise StoreError(phrase("{name} exists already; choose a new file name.", name=target.name))
    _copy(old, target)
    store = Store.open(target)
    try:
        record = session.record
        with store.transaction():
            ids = [store.add_article(a, **provenance_fields(a)) for a in (left, right)]
            found = store.open_comparison(ids[0], ids[1], record.threshold, record.title)
            cid = found.id
            store.rename_comparison(cid, record.title)
            store.set_threshold(cid, record.threshold)
            if record.position:
                store.set_position(cid, record.position)
            stale = {key: None for key in store.annotations(cid) if key not in session.marks}
            store.put_annotations(cid, {**stale, **session.marks})
            for left_ids, right_ids, _ in store.decisions(cid):
                store.set_override(cid, left_ids, right_ids, None)
            for (left_ids, right_ids), kind in session.decisions.items():
                store.set_override(cid, left_ids, right_ids, kind)
        moved = Session(store, store.comparison(cid))
    except BaseException:
        store.close()
        raise
    return moved


def _copy(old: Store, target: Path) -> None:
    """Every comparison of the old file into `target`, if it still reads well (else nothing)."""
    partial = target.with_name(target.name + ".part")
    with suppress(FileNotFoundError):
        partial.unlink()
    try:
        old.db.execute("VACUUM INTO ?", [str(partial)])
        copy = Database(sqlite3.connect(partial))
        try:
            healthy = damage(copy) is None
        finally:
            copy.close()
    except sqlite3.Error:
        healthy = False
    if healthy:
        partial.rename(target)
    else:
        with suppress(FileNotFoundError):
            partial.unlink()


def saved_in(path: str | Path) -> str:
    return phrase(
        "The review is saved in {path}; changes are saved there from now on.", path=str(path)
    )


def not_saved(path: str | Path, error: Exception) -> str:
    return phrase(
        "The review was not saved to {path}: {error}", path=str(path), error=reason(error)
    )
