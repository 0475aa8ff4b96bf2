"""Every action the app reports as done is in the database after the app is killed (SIGKILL)."""

from __future__ import annotations

import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time

import pytest

from desktop.paths import SEED_LEFT, SEED_RIGHT
from desktop.store.rows import parse_item_key
from desktop.store.store import Store

BLANK = {"label": None, "note": "", "reviewed": False}

ACTIONS = [
    "next-item",
    "label-2",
    "note Rückfrage beim Ordnungsamt – Zahl prüfen",
    "mark-reviewed",
    "label-4",
    "label-4",
    "label-5",
    "next-unique",
    "label-3",
    "mark-reviewed",
    "undo",
    "next-item",
]


class App:
    """The real app in its own process, driven through its hidden stdin test hook."""

    def __init__(self, db):
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        self.process = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "desktop",
                "--db",
                str(db),
                "--test-hook",
                SEED_LEFT,
                SEED_RIGHT,
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            encoding="utf-8",
            env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))

    def expect(self, prefix: str) -> str:
        line = self.lines.get(timeout=60)
        assert line.startswith(prefix), line
        return line

    def send_only(self, command: str) -> None:
        """Send without waiting: the kill may come before, during or after the commit."""
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()

    def reported(self) -> list[str]:
        """Lines the app printed that were not read yet."""
        out = []
        while True:
            try:
                out.append(self.lines.get_nowait())
            except queue.Empty:
                return out

    def send(self, command: str) -> tuple[str, str]:
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        line = self.expect(f"done {command} | ")
        before, after = line.rsplit(" | ", 1)[1].split()
        return before, after

    def kill(self) -> None:
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=30)
        self.reader.join(timeout=30)
        self.process.stdin.close()
        self.process.stdout.close()


@pytest.fixture
def app(tmp_path):
    app = App(tmp_path / "reviews.db")
    yield app
    if app.process.poll() is None:
        app.kill()


def test_every_action_reported_done_survives_a_kill(app, tmp_path):
    app.expect("ready")
    # What the database must hold afterwards, worked out from the actions alone.
    expected: dict[str, dict] = {}
    history: list[tuple[str, dict]] = []
    position = ""
    for command in ACTIONS:
        before, after = app.send(command)
        position = after
        previous = expected.get(before, BLANK)
        state = dict(previous)
        name, _, rest = command.partition(" ")
        if name == "undo":
            key, previous = history.pop()
            expected[key] = previous
            continue
        if name.startswith("label-"):
            label = {"2": "contradiction", "3": "framing", "4": "verify", "5": "irrelevant"}[
                name[-1]
            ]
            state["label"] = None if state["label"] == label else label
        elif name == "note":
            state["note"] = rest
        elif name == "mark-reviewed":
            state["reviewed"] = True
        else:
            continue
        history.append((before, previous))
        expected[before] = state
    # A hand-made decision too: unlink the next pair.
    while not position.startswith("pair:"):
        _, position = app.send("next-item")
    _, left, right = parse_item_key(position)
    _, position = app.send("unlink-pair")
    app.kill()
    assert app.process.returncode == -signal.SIGKILL

    # Any SQLite tool reads it: plain sqlite3, no Twofold code.
    with sqlite3.connect(tmp_path / "reviews.db") as raw:
        rows = raw.execute(
            "SELECT item_key, label, note, reviewed FROM annotations WHERE comparison_id = 1"
        ).fetchall()
        saved = {k: {"label": lb, "note": n, "reviewed": bool(r)} for k, lb, n, r in rows}
        assert raw.execute("SELECT position FROM comparisons").fetchone() == (position,)
        assert raw.execute("SELECT kind, left_ids, right_ids FROM manual_overrides").fetchall() == [
            ("unlink", ",".join(map(str, left)), ",".join(map(str, right)))
        ]
        titles = raw.execute(
            "SELECT a.source FROM comparisons c JOIN articles a ON a.id = c.left_article_id"
        ).fetchone()
        assert titles[0].endswith(os.path.basename(SEED_LEFT))
        noted = next(k for k, v in saved.items() if v["note"])
        _, noted_left, noted_right = parse_item_key(noted)
        side = "left" if noted_left else "right"
        sentence = raw.execute(
            f"SELECT text FROM sentences s JOIN comparisons c ON s.article_id = c.{side}_article_id"
            " WHERE s.id = ?",
            [(noted_left or noted_right)[0]],
        ).fetchone()
        assert sentence and sentence[0].strip()
    assert {k: v for k, v in expected.items() if v != BLANK} == saved
    # The killed app's write lock went with it: Twofold can write to the file again.
    with Store.open(tmp_path / "reviews.db") as store:
        assert not store.read_only and store.comparison(1).position == position


LABELS = {
    "1": "corroborated",
    "2": "contradiction",
    "3": "framing",
    "4": "verify",
    "5": "irrelevant",
}
POOL = [
    *[f"label-{d}" for d in LABELS],
    "note Rückfrage: Zahl prüfen",
    'note =HYPERLINK("x")',
    "mark-reviewed",
    "mark-reviewed",
    "next-item",
    "previous-item",
    "next-unique",
    "undo",
]


def model(actions: list[tuple[str, str]]) -> dict[str, dict]:
    """What the database holds after these (command, item key before) actions were done."""
    state: dict[str, dict] = {}
    history: list[tuple[str, dict]] = []
    for command, before in actions:
        name, _, rest = command.partition(" ")
        if name == "undo":
            if history:
                key, previous = history.pop()
                state[key] = previous
            continue
        previous = state.get(before, BLANK)
        new = dict(previous)
        if name.startswith("label-"):
            label = LABELS[name[-1]]
            new["label"] = None if new["label"] == label else label
        elif name == "note":
            new["note"] = rest
        elif name == "mark-reviewed":
            new["reviewed"] = True
        if new != previous:
            history.append((before, previous))
            state[before] = new
    return {k: v for k, v in state.items() if v != BLANK}


def saved_annotations(db) -> dict[str, dict]:
    with sqlite3.connect(db) as raw:
        rows = raw.execute("SELECT item_key, label, note, reviewed FROM annotations").fetchall()
    raw.close()
    return {k: {"label": lb, "note": n, "reviewed": bool(r)} for k, lb, n, r in rows}


def killed_at_a_random_moment(seed: int, db) -> tuple[int, bool]:
    """Run random review actions in the real app, kill it mid-way (-9), and check that every
    action it reported done is in the database. Returns (actions reported, one in flight)."""
    rng = random.Random(seed)
    app = App(db)
    try:
        app.expect("ready")
        done = [("next-item", app.send("next-item")[0])]  # an item is current from here on
        for _ in range(rng.randint(0, 12)):
            command = rng.choice(POOL)
            before, _ = app.send(command)
            done.append((command, before))
        in_flight = rng.choice(POOL)
        app.send_only(in_flight)
        time.sleep(rng.uniform(0, 0.004))  # often before the commit
        app.kill()
    finally:
        if app.process.poll() is None:
            app.kill()
    late = [line for line in app.reported() if line.startswith(f"done {in_flight} | ")]
    saved = saved_annotations(db)
    if late:
        before = late[0].rsplit(" | ", 1)[1].split()[0]
        assert saved == model([*done, (in_flight, before)]), seed
    else:
        # Not reported: the database holds it either whole or not at all.
        candidates = [model(done)]
        candidates += [model([*done, (in_flight, key)]) for key in _keys(db)]
        assert saved in candidates, seed
    with Store.open(db) as store:
        assert not store.read_only
    return len(done), not late


def _keys(db) -> list[str]:
    with sqlite3.connect(db) as raw:
        keys = [k for (k,) in raw.execute("SELECT item_key FROM review_items")]
    raw.close()
    return keys
