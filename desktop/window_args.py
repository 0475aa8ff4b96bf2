"""The window's command line (`twofold [--db PATH] [LEFT RIGHT]`), read before Qt loads."""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Sequence
from pathlib import Path

from desktop.engine.language import detect_language
from desktop.paths import SEED_LEFT, SEED_RIGHT

PEEK_BYTES = 64 * 1024  # enough text to tell the language of a plain or HTML article
_TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ""}


def parse(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="twofold", description="Compare two news articles.")
    parser.add_argument("left", nargs="?", help="left article (default: the bundled example)")
    parser.add_argument("right", nargs="?", help="right article")
    parser.add_argument(
        "--db", help="the review database (default: Twofold's own, in your user data folder)"
    )
    parser.add_argument(
        "--language",
        choices=("de", "en"),
        help="the interface language of this window (default: View → Language, else the system's)",
    )
    # Hidden: used by packaging checks, screenshots and the start-up benchmark.
    parser.add_argument("--screenshot", help=argparse.SUPPRESS)
    parser.add_argument("--shortcuts", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--first-paint", action="store_true", help=argparse.SUPPRESS)
    # Hidden test hook: commands on stdin (desktop/ui/stdin_hook.py).
    parser.add_argument("--test-hook", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(list(argv))
    if bool(args.left) != bool(args.right):
        parser.error("give two articles (LEFT RIGHT), or none for the example")
    return args


def articles(args: argparse.Namespace) -> tuple[str | Path, str | Path]:
    """The two articles the window opens: the ones given, else the bundled example."""
    return (args.left, args.right) if args.left else (SEED_LEFT, SEED_RIGHT)


def likely_languages(articles: Iterable[str | Path]) -> list[str]:
    """The languages of the local text or HTML articles among `articles`, from their first
    bytes; other files and addresses say nothing before they are read."""
    found: list[str] = []
    for article in articles:
        path = Path(article)
        if str(article).startswith(("http://", "https://")) or path.suffix.lower() not in (
            _TEXT_SUFFIXES
        ):
            continue
        try:
            if not path.is_file():
                continue
            with path.open("rb") as handle:
                head = handle.read(PEEK_BYTES).decode("utf-8", errors="replace")
        except OSError:
            continue
        lang = detect_language(head)
        if lang not in found:
            found.append(lang)
    return found
