"""Space (mark reviewed, go on) is one user action, so it is one commit of mark and position."""

import sqlite3

from PySide6.QtCore import Qt

from tests.ui.test_review import opener, press


def test_space_commits_the_mark_and_the_new_position_together(make_window, qtbot, tmp_path):
    db = tmp_path / "reviews.db"
    window = opener(make_window, db, qtbot)()
    press(qtbot, window, Qt.Key.Key_J)
    reviewed, following = window.current_item.key, window.items[window.current + 1].key
    statements: list[str] = []
    window.ws.session.store.db.conn.set_trace_callback(statements.append)
    press(qtbot, window, Qt.Key.Key_Space)
    window.ws.session.store.db.conn.set_trace_callback(None)

    commits = [s for s in statements if s.strip().upper().startswith(("COMMIT", "END"))]
    assert len(commits) == 1, "\n".join(statements)
    with sqlite3.connect(db) as raw:
        [(position,)] = raw.execute("SELECT position FROM comparisons").fetchall()
        [(flag,)] = raw.execute(
            "SELECT reviewed FROM annotations WHERE item_key = ?", [reviewed]
        ).fetchall()
    assert position == following and flag == 1
    assert window.current_item.key == following
