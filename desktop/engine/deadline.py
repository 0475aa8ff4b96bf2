"""Work with a time limit that really ends it: past the limit the caller is told at once, and
the work is stopped at its next Python step instead of running on, unseen, on a thread nobody
waits for (an article extractor on a hostile page kept a core busy for minutes)."""

from __future__ import annotations

import ctypes
import threading
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
RETRY = 0.05  # seconds between attempts to stop work that is inside a C call or catches all


class Overtime(Exception):
    """The work did not finish within its time; it is being stopped."""


class _Stop(BaseException):
    """Raised inside overdue work. Not an Exception, so the `except Exception` handlers of a
    library (pypdf, trafilatura) let it through."""


def within(seconds: float, func: Callable[[], T], name: str = "twofold-bounded") -> T:
    """func() on a worker thread; its result or its exception, or Overtime after `seconds`,
    when the worker is made to raise at its next step (a C call, such as parsing a page, ends
    first) and ends there."""
    answer: dict[str, object] = {}
    lock = threading.Lock()
    finished = threading.Event()

    def work() -> None:
        try:
            try:
                answer["value"] = func()
            finally:
                with lock:
                    finished.set()
                _raise_in(threading.get_ident(), None)  # one the stopper just sent goes too
        except _Stop:
            pass
        except BaseException as exc:  # noqa: BLE001 - handed to the caller's thread
            answer["error"] = exc

    worker = threading.Thread(target=work, name=name, daemon=True)
    worker.start()
    worker.join(seconds)
    if worker.is_alive():
        stopper = threading.Thread(
            target=_stop, args=(worker, lock, finished), name=f"{name}-stop", daemon=True
        )
        stopper.start()
        raise Overtime(f"not done within {seconds:g} s")
    if "error" in answer:
        raise answer["error"]  # type: ignore[misc]
    return answer["value"]  # type: ignore[return-value]


def _stop(worker: threading.Thread, lock: threading.Lock, finished: threading.Event) -> None:
    """Raise _Stop in the worker until it has ended: once may not be enough when it sits in a
    long C call or a library catches everything."""
    while worker.is_alive():
        with lock:
            if finished.is_set():
                return
            _raise_in(worker.ident, _Stop)
        worker.join(RETRY)


def _raise_in(ident: int | None, exc: type[BaseException] | None) -> None:
    """CPython's way to raise in another thread (None takes back one not yet raised)."""
    if ident is not None:
        ctypes.pythonapi.PyThreadState_SetAsyncExc(
            ctypes.c_ulong(ident), ctypes.py_object(exc) if exc is not None else None
        )
