"""The fingerprint of a text: sha256 of its UTF-8 bytes, as the store keys articles by it and
exports and the window print it."""

from __future__ import annotations

import hashlib


def fingerprint(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def sentence_fingerprint(text: str) -> str:
    """A sentence's fingerprint: the first 16 hex digits of its words' (spacing and line breaks
    aside), to find an annotated sentence again in a later version of its article."""
    return fingerprint(" ".join(text.split()))[:16]
