"""Every store call has committed when it returns: another process sees the change at once."""

from __future__ import annotations

import json

import pytest

from tests.store.helpers import python_child

READER = """
import json, sqlite3, sys
raw = sqlite3.connect(sys.argv[1])
print("ready", flush=True)
for line in sys.stdin:
    print(json.dumps(raw.execute(line).fetchall()), flush=True)
"""


@pytest.fixture
def reader(db_path, store):
    """Ask a separate process (plain sqlite3, its own connection) what the file holds now."""
    child = python_child(READER, str(db_path))
    assert child.stdout.readline().strip() == "ready"

    def ask(sql: str) -> list:
        child.stdin.write(" ".join(sql.split()) + "\n")
        child.stdin.flush()
        return json.loads(child.stdout.readline())

    yield ask
    child.communicate("", timeout=30)


def test_every_action_is_visible_to_another_process_immediately(
    store, reader, left_article, right_article
):
    left_id = store.add_article(left_article)
    assert reader("SELECT count(*) FROM sentences") == [[len(left_article.sentences)]]
    right_id = store.add_article(right_article)
    c = store.open_comparison(left_id, right_id, 55.0).id
    assert reader("SELECT id, threshold FROM comparisons") == [[c, 55.0]]

    store.set_position(c, "pair:1:1")
    store.set_threshold(c, 61.5)
    store.rename_comparison(c, "Neu")
    assert reader("SELECT position, threshold, title FROM comparisons") == [
        ["pair:1:1", 61.5, "Neu"]
    ]

    store.set_label(c, "pair:1:1", "framing")
    assert reader("SELECT item_key, label FROM annotations") == [["pair:1:1", "framing"]]
    store.set_note(c, "pair:1:1", "Notiz")
    assert reader("SELECT note FROM annotations") == [["Notiz"]]
    previous = store.set_reviewed(c, "pair:1:1", True)
    assert reader("SELECT reviewed FROM annotations") == [[1]]
    store.restore_annotation(c, "pair:1:1", previous)
    assert reader("SELECT reviewed FROM annotations") == [[0]]

    store.add_manual_link(c, [3], [2])
    store.add_unlink(c, [0], [0])
    assert reader("SELECT kind, left_ids, right_ids FROM manual_overrides ORDER BY id") == [
        ["link", "3", "2"],
        ["unlink", "0", "0"],
    ]
    store.remove_manual_link(c, [3], [2])
    store.remove_unlink(c, [0], [0])
    assert reader("SELECT count(*) FROM manual_overrides") == [[0]]

    store.save_alignment(c, [], ["pair:1:1", "left:3:"])
    assert reader("SELECT item_key FROM review_items ORDER BY reading_order") == [
        ["pair:1:1"],
        ["left:3:"],
    ]

    store.delete_comparison(c)
    assert reader("SELECT count(*) FROM comparisons") == [[0]]
    assert reader("SELECT count(*) FROM annotations") == [[0]]
