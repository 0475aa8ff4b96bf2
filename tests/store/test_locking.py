"""Only one running Twofold writes to a database; another window can still open it read-only."""

from __future__ import annotations

from contextlib import contextmanager

import pytest

from desktop.store.errors import ReadOnlyStore, StoreLocked
from desktop.store.store import Store, open_for_window
from tests.store.helpers import python_child

HOLDER = """
import sys
from desktop.store.store import Store, open_for_window
store = Store.open(sys.argv[1])
print("holding", flush=True)
sys.stdin.readline()
store.close()
print("released", flush=True)
"""


@contextmanager
def held_by_another_process(db_path):
    """A second Python process holding the database open for writing until the block ends."""
    child = python_child(HOLDER, str(db_path))
    try:
        assert child.stdout.readline().strip() == "holding"
        yield
    finally:
        out, err = child.communicate("\n", timeout=30)
    assert out.strip() == "released", err


def test_a_second_writer_in_another_process_is_refused(db_path, store, comparison):
    store.close()
    with held_by_another_process(db_path), pytest.raises(StoreLocked, match="Another Twofold"):
        Store.open(db_path)
    with Store.open(db_path) as again:
        assert again.comparison(comparison.id).id == comparison.id


def test_read_only_open_works_while_another_process_writes(db_path, store, comparison):
    store.set_note(comparison.id, "pair:0:0", "gesehen")
    store.close()
    with held_by_another_process(db_path), Store.open(db_path, read_only=True) as viewer:
        assert viewer.read_only
        assert viewer.annotations(comparison.id)["pair:0:0"].note == "gesehen"
        assert [c.id for c in viewer.list_comparisons()] == [comparison.id]
        resumed = viewer.open_comparison(
            comparison.left_article_id, comparison.right_article_id, 50
        )
        assert resumed.id == comparison.id
        with pytest.raises(ReadOnlyStore, match="read-only"):
            viewer.set_label(comparison.id, "pair:0:0", "framing")
        with pytest.raises(ReadOnlyStore):
            viewer.add_manual_link(comparison.id, [0], [0])


def test_a_second_writer_in_the_same_process_is_refused(db_path, store):
    with pytest.raises(StoreLocked):
        Store.open(db_path)
    store.close()
    Store.open(db_path).close()


CRASHER = """
import sys
from desktop.store.store import Store, open_for_window
store = Store.open(sys.argv[1])
store.set_note(int(sys.argv[2]), "pair:0:0", "vor dem Absturz")
print("noted", flush=True)
sys.stdin.readline()
"""


def test_after_a_crash_the_database_opens_with_the_last_action_kept(db_path, store, comparison):
    store.close()
    child = python_child(CRASHER, str(db_path), str(comparison.id))
    assert child.stdout.readline().strip() == "noted"
    child.kill()  # no close(): the lock and the write-ahead log are left as a crash leaves them
    child.communicate(timeout=30)
    with Store.open(db_path) as again:
        assert again.annotation(comparison.id, "pair:0:0").note == "vor dem Absturz"


def test_a_window_opened_while_another_writes_is_read_only(db_path, store, comparison):
    store.close()
    with held_by_another_process(db_path), open_for_window(db_path) as window:
        assert window.read_only
        assert window.comparison(comparison.id).title == comparison.title
    with open_for_window(db_path) as window:
        assert not window.read_only
