"""The `twofold` command line: its help, and the commands that run without a window."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.engine.align import DEFAULT_THRESHOLD
from desktop.engine.errors import InputError
from desktop.engine.text import without_controls
from desktop.export.formats import FORMATS
from desktop.store.errors import StoreError

# Each command imports what it needs when it runs: `twofold align` loads no article reader,
# export or quote check (a tenth of a second of its start).

EXIT_BAD_INPUT = 2


def _cmd_compare(args: argparse.Namespace) -> int:
    from desktop import cli_output
    from desktop.engine.compare import compare
    from desktop.engine.load import load_article
    from desktop.terminal import comparison_text, prepare_word_lists

    left = load_article(args.left, args.lang)
    right = load_article(args.right, args.lang)
    prepare_word_lists({left.language, right.language})
    comparison = compare(left, right, args.threshold)
    if args.format == "text":
        return cli_output.emit(args, comparison_text(comparison) + "\n")
    return cli_output.write_export(args, comparison)


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop import cli_output
    from desktop.review.saved import rebuild
    from desktop.store.annotations_cli import open_for_reading

    cli_output.check_db(args)
    with open_for_reading(args.db) as store:
        saved = rebuild(store, args.comparison)
    return cli_output.write_export(
        args, saved.comparison, saved.annotations, saved.facts, saved.record.title
    )


def _cmd_sentences(args: argparse.Namespace) -> int:
    from desktop.engine.load import load_article
    from desktop.terminal import CUT_NOTE

    article = load_article(args.file, args.lang)
    for s in article.sentences:
        sys.stdout.write(without_controls(" ".join(s.text.split())) + "\n")
    if article.cut:
        sys.stderr.write(f"twofold: note: {CUT_NOTE}: {len(article.cut)} lines above\n")
    return 0


def _cmd_annotations(args: argparse.Namespace) -> int:
    from desktop import cli_output
    from desktop.export.annotations import annotations_output

    cli_output.check_db(args)
    sys.stdout.write(annotations_output(args.db, args.comparison, args.format))
    return 0


USAGE = """twofold [--db PATH] [LEFT RIGHT]
       twofold --self-test | --version | --help
       twofold COMMAND [OPTIONS]   (twofold COMMAND --help explains its options)"""
WINDOW_HELP = """ways to run it:
  twofold                        open the window on the sample comparison
  twofold LEFT RIGHT             open the window on two articles: text, Markdown, saved web pages,
                                 Word or PDF files, or https:// addresses
  --db PATH                      (with the window) keep the review in this SQLite file instead of
                                 Twofold's own in your user data folder
  --language de|en               (with the window) German or English this time (default: View →
                                 Language, else the system's language)
  --self-test                    check an installation without a screen: align the sample, export
                                 it, read it back; exit 0 when it passed
  --version                      print the version
  twofold COMMAND ...            a command below, without a window"""
LANG_HELP = "language of the articles: auto (detected, the default), de or en"
THRESHOLD_HELP = (
    f"how alike (0-100) two sentences must be to be linked; lower links more (default "
    f"{DEFAULT_THRESHOLD:g}, the window's sensitivity slider)"
)


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are one line on stderr and exit code 2, like every other bad input."""

    def error(self, message: str):
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message} (see {self.prog} --help)\n")


def threshold(text: str) -> float:
    """A --threshold value: a number from 0 to 100."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number from 0 to 100") from None
    if not 0 <= value <= 100:  # also false for nan; inf is outside
        raise argparse.ArgumentTypeError(f"{text} is not a number from 0 to 100")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="twofold",
        usage=USAGE,
        description="Compare two news articles sentence by sentence: what both report, and "
        f"what only one source says.\n\n{WINDOW_HELP}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"Twofold {__version__}")
    sub = parser.add_subparsers(
        dest="command", required=True, metavar="COMMAND", title="commands", prog="twofold"
    )

    p = sub.add_parser(
        "compare",
        help="compare two articles and print or export the result",
        description="Compare two articles without a window: pairs of sentences that report "
        "the same, and what only one side says.",
    )
    p.add_argument("left", help="the left article: a file or an https:// address")
    p.add_argument("right", help="the right article: a file or an https:// address")
    p.add_argument(
        "--format",
        choices=["text", *FORMATS],
        default="text",
        help="text (default: side by side for the terminal), json, or an export format; "
        "pdf and docx need -o FILE",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of the terminal")
    p.add_argument(
        "--threshold", type=threshold, default=DEFAULT_THRESHOLD, metavar="N", help=THRESHOLD_HELP
    )
    p.add_argument("--lang", choices=["auto", "de", "en"], default="auto", help=LANG_HELP)
    p.set_defaults(func=_cmd_compare)

    p = sub.add_parser(
        "sentences",
        help="print the sentences of an article, one a line",
        description="Print the sentences Twofold splits an article into, one a line.",
    )
    p.add_argument("file", help="the article: a file or an https:// address")
    p.add_argument("--lang", choices=["auto", "de", "en"], default="auto", help=LANG_HELP)
    p.set_defaults(func=_cmd_sentences)

    from desktop import align_cli  # its own module: `twofold align`

    align_cli.register(sub, threshold, THRESHOLD_HELP, DEFAULT_THRESHOLD)

    p = sub.add_parser(
        "annotations",
        help="list every saved label and note (JSON or CSV)",
        description="List the labels and notes saved while reviewing in the window.",
    )
    p.add_argument(
        "--db", metavar="PATH", help="review database (default: the one in your user data folder)"
    )
    p.add_argument("--comparison", type=int, metavar="ID", help="only this comparison")
    p.add_argument(
        "--format", choices=["json", "csv"], default="json", help="json (default) or csv"
    )
    p.set_defaults(func=_cmd_annotations)

    p = sub.add_parser(
        "export",
        help="export a saved comparison with all its annotations",
        description="Export a comparison saved in the review database, with its labels, notes "
        "and hand-made links.",
    )
    p.add_argument(
        "--db", metavar="PATH", help="review database (default: the one in your user data folder)"
    )
    p.add_argument(
        "--comparison",
        type=int,
        required=True,
        metavar="ID",
        help="comparison id (twofold annotations lists them; Ctrl+L in the window)",
    )
    p.add_argument("--format", choices=list(FORMATS), required=True, help="the export format")
    p.add_argument(
        "-o", "--output", metavar="FILE", help="the file to write (stdout for html, md, csv, json)"
    )
    p.add_argument("--reviewed-only", action="store_true", help="leave out unreviewed items")
    p.set_defaults(func=_cmd_export)

    from desktop import quotes_cli  # its own module: `twofold quotes`

    quotes_cli.register(sub, LANG_HELP)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run a subcommand; bad input is one line on stderr and exit code 2."""
    args = build_parser().parse_args(argv)
    try:
        code = args.func(args)
        sys.stdout.flush()  # a full disk or closed terminal shows here, as one line below
        return code
    except (InputError, StoreError) as exc:
        return _fail(str(exc))
    except BrokenPipeError:
        return 0
    except OSError as exc:  # stdout redirected to a full disk (or /dev/full)
        with contextlib.suppress(OSError):
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - so exit does not try again
        return _fail(f"the output cannot be written ({exc.strerror or exc})")


def _fail(message: str) -> int:
    """One line on stderr, whatever the message holds (a file name with escape codes)."""
    sys.stderr.write(f"twofold: {' '.join(without_controls(message).split())}\n")
    return EXIT_BAD_INPUT
