"""Garbage cycles are collected on the GUI thread's timer, never by a worker thread."""

from __future__ import annotations

import gc
import weakref


class Node:
    def __init__(self):
        self.me = self  # a reference cycle: only the cycle collector frees it


def test_cycles_are_collected_by_the_gui_timer(window, qtbot):
    assert not gc.isenabled()  # no automatic collection that could start in a worker thread
    first = Node()
    ref = weakref.ref(first)
    del first
    junk = [Node() for _ in range(5000)]
    del junk
    qtbot.waitUntil(lambda: ref() is None, timeout=5000)


def test_automatic_collection_returns_when_the_last_window_closes(make_window):
    first, second = make_window(left=None, right=None), make_window(left=None, right=None)
    first.close()
    assert not gc.isenabled()
    second.close()
    assert gc.isenabled()
