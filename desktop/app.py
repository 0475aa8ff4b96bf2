"""Entry point: a subcommand runs headless; otherwise the comparison window opens."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from desktop.engine.lemma_prebuild import PREPARE

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
        from desktop import cli  # not loaded by the window's start nor its helper process

        return cli.run(argv)
    if argv[:1] == [PREPARE]:  # the second process of a first start (engine/lemma_prebuild.py)
        from desktop.engine import lemmas

        for lang in argv[1:]:
            lemmas.prepare(lang)
        return 0
    if argv == ["--self-test"]:
        from desktop.ui.selftest import run_self_test

        return run_self_test()
    from desktop import window_args
    from desktop.engine import lemma_prebuild

    args = window_args.parse(argv)
    # A first start ever writes the word lists it needs beside the window's start, not after
    # it: started before Qt loads, in a second process (a second core).
    lemma_prebuild.start(window_args.likely_languages(window_args.articles(args)))
    # The window's Qt-free layers load before Qt: PySide6 reads the source of every module
    # imported after it (to see whether it asks for PySide's __feature__ options), which took
    # about a tenth of a second of each start for the review, store and engine modules.
    import desktop.review.session  # noqa: F401
    from desktop.ui.main import run  # Qt loads only when the window is wanted

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
