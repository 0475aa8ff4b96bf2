"""Twofold: compare two news articles sentence by sentence."""

import os
from importlib import metadata

# The engine splits large comparisons over the cores itself (engine/similarity.in_blocks); BLAS
# threads on top of that only compete with it and with the window, so numpy's stays at one.
# Set before numpy is first imported; a value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

try:
    __version__ = metadata.version("twofold")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0"
