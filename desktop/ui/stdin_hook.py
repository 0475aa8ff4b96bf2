"""Test hook (hidden `--test-hook`): commands from stdin, "done <command>" after each commit.

Used by tests/test_crash_safety.py to drive the real app in its own process and kill it.
One command per line: a command name from the registry (e.g. `label-2`, `mark-reviewed`), or
`note TEXT`. Prints `ready` once the comparison is aligned, `done <line> | <before> <after>`
(the current item's key before and after) once the action was committed to the database,
`failed <line>: <message>` otherwise."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QObject, QSocketNotifier

from desktop.review import annotate
from desktop.ui import commands


class StdinHook(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.buffer = b""
        self.completed: list[str] = []
        self.ready = False
        window.on_done = self.completed.append
        self.notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read, self)
        self.notifier.activated.connect(self._read)

    def aligned(self) -> None:
        if not self.ready and self.window.comparison is not None:
            self.ready = True
            print("ready", flush=True)

    def _read(self) -> None:
        chunk = os.read(sys.stdin.fileno(), 4096)
        if not chunk:
            self.notifier.setEnabled(False)
            return
        self.buffer += chunk
        while b"\n" in self.buffer:
            line, self.buffer = self.buffer.split(b"\n", 1)
            self._run(line.decode("utf-8").strip())

    def _run(self, line: str) -> None:
        if not line:
            return
        self.completed.clear()
        self.window.last_error = ""
        before = self._key()
        name, _, rest = line.partition(" ")
        if name == "note":
            self.window.perform(annotate.set_note(self.window.ws, rest))
        elif name in commands.REGISTRY:
            self.window.run_command(name)
        else:
            print(f"failed {line}: unknown command", flush=True)
            return
        if self.window.last_error:
            print(f"failed {line}: {self.window.last_error}", flush=True)
        else:
            print(f"done {line} | {before} {self._key()}", flush=True)

    def _key(self) -> str:
        item = self.window.current_item
        return item.key if item is not None else "-"
