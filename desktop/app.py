"""Entry point: a subcommand runs headless; otherwise the comparison opens."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop import cli
from desktop.paths import SEED_LEFT, SEED_RIGHT

SUBCOMMANDS = {
    "compare",
    "sentences",
    "align",
    "annotations",
    "export",
    "-h",
    "--help",
    "--version",
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        return cli.run(argv)
    # Until the window exists, the default is the seed comparison in the terminal.
    files = argv[:2] if len(argv) >= 2 else [str(SEED_LEFT), str(SEED_RIGHT)]
    return cli.run(["compare", *files])


if __name__ == "__main__":
    sys.exit(main())
