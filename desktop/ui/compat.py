"""Works around PySide6 6.12 (abi3 wheel) dropping references to None/True/False on CPython < 3.12."""

from __future__ import annotations

import ctypes
import sys

# Qt methods called from Python return None, True or False without taking a reference (the wheel
# assumes these singletons are immortal, as they are from CPython 3.12). On 3.11 every call lowers
# the count by one and the interpreter aborts ("deallocating None") once it reaches zero — after
# some thousands of clicks, or at exit. These singletons are static and never freed, so lifting
# their counts far out of reach is safe. tests/ui/test_compat.py shows the need and the cure.
HEADROOM = 1 << 40
SINGLETONS = (None, True, False, Ellipsis, NotImplemented)


def protect_singletons() -> None:
    if sys.version_info >= (3, 12):
        return  # immortal there; their counts must not be touched
    for obj in SINGLETONS:
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value < HEADROOM:
            count.value += HEADROOM
