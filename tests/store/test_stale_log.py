"""A backup put back over the database while a later session's write-ahead log is still there:
the backup is opened as it is, the log moved aside with its bytes, and the user told where."""

from __future__ import annotations

import shutil

from desktop.review.session import open_database
from desktop.store.store import Store
from tests.store.helpers import python_child

WRITER = """
import sys
from desktop.store.store import Store
store = Store.open(sys.argv[1])
store.set_note(int(sys.argv[2]), "pair:0:0", "nach der Sicherung")
print("noted", flush=True)
sys.stdin.readline()
"""


def _write_and_get_killed(db_path, comparison_id: int) -> None:
    child = python_child(WRITER, str(db_path), str(comparison_id))
    assert child.stdout.readline().strip() == "noted", child.stderr.read()
    child.kill()  # no close(): the log keeps the note, as a crash leaves it
    child.communicate(timeout=30)


def test_a_restored_backup_is_not_overwritten_by_a_later_sessions_log(db_path, store, comparison):
    store.set_note(comparison.id, "pair:0:0", "vor der Sicherung")
    store.close()
    backup = db_path.with_name("sicherung.db")
    shutil.copy(db_path, backup)
    _write_and_get_killed(db_path, comparison.id)
    wal = db_path.with_name(db_path.name + "-wal")
    log_bytes = wal.read_bytes()
    assert len(log_bytes) > 32  # the later note sits in the log

    shutil.copy(backup, db_path)  # the backup put back; the log of the later session stays
    store, message = open_database(db_path)
    with store:
        assert store.annotation(comparison.id, "pair:0:0").note == "vor der Sicherung"
        moved, _why = store.stale_log
        assert str(moved) in message and "did not belong to it" in message
        assert moved.parent == db_path.parent and moved.read_bytes() == log_bytes
    # The log kept aside still holds the later state: put back beside a copy of the file it
    # was written for, it can be read.
    assert "stale" in moved.name


def test_the_log_of_a_crash_on_this_file_is_still_replayed(db_path, store, comparison):
    store.close()
    _write_and_get_killed(db_path, comparison.id)
    store, message = open_database(db_path)
    with store:
        assert store.annotation(comparison.id, "pair:0:0").note == "nach der Sicherung"
        assert store.stale_log is None and message == ""
    assert not [p for p in db_path.parent.iterdir() if ".stale" in p.name]


def test_every_session_stamps_the_file(db_path, store, comparison):
    """Two sessions in a row, each crashed: the second's log fits the file the first left."""
    store.close()
    _write_and_get_killed(db_path, comparison.id)
    _write_and_get_killed(db_path, comparison.id)
    with Store.open(db_path) as again:
        assert again.stale_log is None
        assert again.annotation(comparison.id, "pair:0:0").note == "nach der Sicherung"
