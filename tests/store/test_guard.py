"""The store notices its file deleted, replaced, cut short or made read-only under it, and
stops claiming to save; read-only files and folders still show their review."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

from desktop.store.errors import DatabaseLost, ReadOnlyStore, StoreLocked
from desktop.store.store import Store, open_for_window
from tests.store.helpers import ROOT


def _notes(path) -> list[str]:
    with sqlite3.connect(path) as raw:
        return [n for (n,) in raw.execute("SELECT note FROM annotations ORDER BY id")]


@pytest.fixture
def noted(store, comparison):
    store.set_note(comparison.id, "pair:0:0", "vorher")
    return store, comparison.id


def test_a_deleted_file_is_noticed_at_the_next_change(noted, db_path):
    store, cid = noted
    db_path.unlink()
    with pytest.raises(DatabaseLost, match="reviews.db was deleted or moved away"):
        store.set_note(cid, "left:1:", "danach")
    assert "Save the review to a new file" in store.lost
    with pytest.raises(DatabaseLost):  # and every change after it
        store.set_note(cid, "left:2:", "noch eine")
    assert not db_path.exists()


def test_a_file_moved_elsewhere_keeps_what_was_saved(noted, db_path):
    store, cid = noted
    moved = db_path.with_name("moved.db")
    db_path.rename(moved)
    assert "deleted or moved" in store.check()
    store.close()
    # The log went into the moved file before anything else: nothing reported saved is lost.
    assert _notes(moved) == ["vorher"]


def test_a_replaced_file_is_left_intact_and_nothing_more_is_written(noted, db_path, tmp_path):
    store, cid = noted
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as raw:
        raw.execute("CREATE TABLE mine (x)")
        raw.execute("INSERT INTO mine VALUES ('fremd')")
    raw.close()
    os.replace(other, db_path)
    with pytest.raises(DatabaseLost, match="replaced by another file"):
        store.set_note(cid, "left:1:", "danach")
    store.close()
    with sqlite3.connect(db_path) as raw:
        assert raw.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert raw.execute("SELECT x FROM mine").fetchall() == [("fremd",)]
    raw.close()


def test_a_file_cut_short_by_another_program_is_noticed(noted, db_path):
    store, cid = noted
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store._watch.settle()  # as if our own last write had left it so
    size = db_path.stat().st_size
    with open(db_path, "r+b") as fh:
        fh.truncate(size // 2)
    with pytest.raises(DatabaseLost, match="cut short"):
        store.set_label(cid, "pair:0:0", "framing")


def test_a_folder_made_read_only_stops_the_saving(noted, db_path):
    store, cid = noted
    folder = db_path.parent
    folder.chmod(0o555)
    try:
        with pytest.raises(DatabaseLost, match="its folder is read-only"):
            store.set_note(cid, "left:1:", "danach")
    finally:
        folder.chmod(0o755)


def test_a_read_only_folder_opens_read_only_and_shows_the_review(noted, db_path):
    store, cid = noted
    store.close()
    db_path.parent.chmod(0o555)
    try:
        with open_for_window(db_path) as window:
            assert window.read_only and "cannot be written" in window.why_read_only
            assert window.annotation(cid, "pair:0:0").note == "vorher"
            with pytest.raises(ReadOnlyStore, match="its folder is read-only"):
                window.set_note(cid, "pair:0:0", "nein")
        out = subprocess.run(
            [sys.executable, "-m", "desktop", "annotations", "--db", str(db_path)],
            capture_output=True,
            text=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            timeout=60,
        )
        assert out.returncode == 0, out.stderr
        assert "vorher" in out.stdout
    finally:
        db_path.parent.chmod(0o755)


def test_a_read_only_file_on_a_read_only_disk_is_read_without_its_companions(noted, db_path):
    store, cid = noted
    store.close()
    shutil.copy(db_path, db_path.with_name("copy.db"))
    copy = db_path.with_name("copy.db")
    copy.chmod(0o444)
    db_path.parent.chmod(0o555)  # SQLite cannot make -wal or -shm files here
    try:
        with Store.open(copy, read_only=True) as viewer:
            assert viewer.annotation(cid, "pair:0:0").note == "vorher"
    finally:
        db_path.parent.chmod(0o755)


def test_deleting_a_file_does_not_lose_the_write_lock(store, db_path):
    for leftover in db_path.parent.glob("*.lock"):
        leftover.unlink()
    with pytest.raises(StoreLocked):
        Store.open(db_path)
    with open_for_window(db_path) as second:
        assert second.read_only


def test_a_deleted_write_ahead_log_is_noticed(noted, db_path):
    store, cid = noted
    db_path.with_name(db_path.name + "-wal").unlink()
    with pytest.raises(DatabaseLost, match="write-ahead log"):
        store.set_note(cid, "left:1:", "danach")


def test_many_changes_of_our_own_are_never_taken_for_another_program(store, comparison):
    # Enough writes for SQLite to copy its log into the file (a checkpoint) several times.
    for n in range(1500):
        store.set_note(comparison.id, f"left:{n}:", "x" * 200)
    assert not store.lost and not store.check()
