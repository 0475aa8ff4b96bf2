"""The fingerprint of a text: sha256 of its UTF-8 bytes, as the store keys articles by it and
exports and the window print it."""

from __future__ import annotations

import hashlib


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
