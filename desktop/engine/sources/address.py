"""What counts as a web address: one rule for the engine, the command line and the window."""

from __future__ import annotations

import re

# Two letters at least before "://", so that Windows paths such as C:\Artikel stay file names;
# schemes that are never files (javascript:, data:) count too, so they are refused as addresses.
_SCHEME = re.compile(
    r"^(?:[A-Za-z][A-Za-z0-9+.-]+://|(?:javascript|data|mailto|about):)", re.IGNORECASE
)
# "www.example.org/x" or "example.org/x": an address typed without https://
_BARE = re.compile(r"^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:[/?#]\S*)?$", re.IGNORECASE)
# A missing "file" that is surely an address: www. in front, or a path after the domain.
_WEBLIKE = re.compile(r"^(?:www\.|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/)", re.IGNORECASE)


def is_address(text: str) -> bool:
    """True for text written as an address (https://…, data:…), to be fetched or refused as
    one; text with spaces in it is not (a pasted article that starts with a link is text)."""
    text = text.strip()
    return bool(_SCHEME.match(text)) and not any(c.isspace() for c in text)


def normalise_address(text: str) -> str:
    """What the user typed as an address, with https:// added when they left it off."""
    text = text.strip()
    if not _SCHEME.match(text) and _BARE.match(text):
        return "https://" + text
    return text


def looks_like_address(location: str) -> bool:
    """A file name that does not exist but reads like an address without its https://."""
    return bool(_WEBLIKE.match(location.strip()))
