"""Twofold: compare two news articles sentence by sentence."""

import os

# The one place the version is written: pyproject.toml reads it from here (its build reads the
# literal without importing), so no process start pays for importlib.metadata (~40 ms).
__version__ = "0.1.0"

# The engine splits large comparisons over the cores itself (engine/similarity.in_blocks); BLAS
# threads on top of that only compete with it and with the window, so numpy's stays at one.
# Set before numpy is first imported; a value the user set is kept.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
