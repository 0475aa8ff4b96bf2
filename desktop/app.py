"""Entry point: a subcommand runs headless; otherwise the comparison window opens."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop import cli

SUBCOMMANDS = {
    "compare",
    "sentences",
    "align",
    "annotations",
    "export",
    "quotes",
    "-h",
    "--help",
    "--version",
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in SUBCOMMANDS:
        return cli.run(argv)
    if argv == ["--self-test"]:
        from desktop.ui.selftest import run_self_test

        return run_self_test()
    from desktop.ui.main import run  # Qt loads only when the window is wanted

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
