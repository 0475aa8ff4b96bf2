"""Twofold: compare two news articles sentence by sentence."""

from importlib import metadata

try:
    __version__ = metadata.version("twofold")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
