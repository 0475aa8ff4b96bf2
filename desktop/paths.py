"""Where Twofold's bundled files (seeds, resources) live, in a checkout or a frozen build."""

import sys
from pathlib import Path


def _root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return Path(__file__).resolve().parent.parent


ROOT = _root()
SEEDS = ROOT / "seeds"
RESOURCES = ROOT / "resources"
SEED_LEFT = SEEDS / "nachrichtenbericht-rubio-mexiko.txt"
SEED_RIGHT = SEEDS / "pressemitteilung-sicherheitskooperation.txt"
