"""The environment a benchmark's child process runs in: the user's, not this session's."""

import os


def user_env(**overrides: str) -> dict[str, str]:
    """os.environ with `overrides`, less PYTHONDONTWRITEBYTECODE: a user's Python keeps the
    compiled modules, and without them every process compiles the whole project (~0.3 s)."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, **overrides}
