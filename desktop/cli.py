"""The `twofold` command line: its help, and the commands that run without a window."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
from collections.abc import Sequence

import numpy as np

from desktop import __version__
from desktop.engine.align import DEFAULT_THRESHOLD, Aligner
from desktop.engine.compare import compare
from desktop.engine.errors import InputError
from desktop.engine.items import ONLY_LEFT, items
from desktop.engine.load import load_article
from desktop.engine.models import Comparison
from desktop.export.formats import FORMATS
from desktop.store.errors import StoreError

EXIT_BAD_INPUT = 2


def comparison_text(comparison: Comparison, width: int | None = None) -> str:
    """A terminal rendering: pairs side by side, unique sentences marked < or >."""
    width = width or shutil.get_terminal_size((120, 40)).columns
    col = max(20, (width - 7) // 2)
    left, right = comparison.left, comparison.right
    cov = comparison.coverage
    out = [
        f"LEFT  {left.name} ({len(left.sentences)} sentences, {left.language})",
        f"RIGHT {right.name} ({len(right.sentences)} sentences, {right.language})",
        f"{cov.left_in_right:.0%} of the left article is in the right one; "
        f"{cov.right_in_left:.0%} of the right article is in the left one. "
        f"Only left: {len(comparison.unique_left)}, only right: {len(comparison.unique_right)}. "
        f"{_disagree(len(comparison.disagreeing))}",
        "",
    ]
    if not comparison.pairs:
        out[-1:] = [SHARE_NOTHING, ""]
    for item in items(comparison):
        if item.pair is not None:
            p = item.pair
            lt = " ".join(left.sentences[i].text for i in p.left)
            rt = " ".join(right.sentences[j].text for j in p.right)
            flags = "".join(
                f"  ! {d.kind}: {', '.join(d.left)} ≠ {', '.join(d.right)}" for d in p.discrepancies
            )
            mark = "≠" if p.discrepancies else "="
            out.append(f"{mark} {p.score:3.0f} ─ {_label(p.left)} ↔ {_label(p.right)}{flags}")
            out.extend(_columns(lt, rt, col))
        elif item.kind == ONLY_LEFT:
            out.append(f"< only left ─ L{item.left[0] + 1}{_furniture(item)}")
            out.extend(_columns(left.sentences[item.left[0]].text, "", col))
        else:
            out.append(f"> only right ─ R{item.right[0] + 1}{_furniture(item)}")
            out.extend(_columns("", right.sentences[item.right[0]].text, col))
        out.append("")
    return "\n".join(out)


SHARE_NOTHING = "These articles share almost nothing: no sentence pair reports the same fact."


def _disagree(count: int) -> str:
    return "No pair disagrees." if not count else f"{count} pair{'s' * (count != 1)} disagree."


def _furniture(item) -> str:
    return " (boilerplate, not counted)" if item.boilerplate else ""


def _label(ids: Sequence[int]) -> str:
    return ",".join(str(i + 1) for i in ids)


def _columns(a: str, b: str, col: int) -> list[str]:
    la, lb = textwrap.wrap(a, col) or [""], textwrap.wrap(b, col) or [""]
    n = max(len(la), len(lb))
    la += [""] * (n - len(la))
    lb += [""] * (n - len(lb))
    return [f"  {x:<{col}} │ {y}" for x, y in zip(la, lb, strict=True)]


def _cmd_compare(args: argparse.Namespace) -> int:
    left = load_article(args.left, args.lang)
    right = load_article(args.right, args.lang)
    comparison = compare(left, right, args.threshold)
    if args.format == "text":
        return _emit(args, comparison_text(comparison) + "\n")
    return _export(args, comparison)


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop.review.saved import rebuild
    from desktop.store.annotations_cli import open_for_reading

    with open_for_reading(args.db) as store:
        saved = rebuild(store, args.comparison)
    return _export(args, saved.comparison, saved.annotations, saved.facts, saved.record.title)


def _export(
    args: argparse.Namespace, comparison: Comparison, annotations=None, facts=None, title=""
) -> int:
    """Write an export format to -o FILE (or stdout for the text formats, JSON included)."""
    from desktop import export

    request = export.ExportRequest(
        comparison,
        annotations or {},
        include_unreviewed=not getattr(args, "reviewed_only", False),
        facts=facts or {},
        title=title,
    )
    if args.output is None:
        if FORMATS[args.format].binary:
            raise InputError(args.format, "is a binary format: give a file with -o FILE")
        return _emit(args, export.render(request, args.format))
    try:
        export.write(request, args.output, args.format)
    except OSError as exc:
        raise InputError(args.output, f"cannot be written ({exc.strerror or exc})") from exc
    return 0


def _emit(args: argparse.Namespace, text: str) -> int:
    if getattr(args, "output", None):
        try:
            with open(args.output, "w", encoding="utf-8") as out:
                out.write(text)
        except OSError as exc:
            raise InputError(args.output, f"cannot be written ({exc.strerror or exc})") from exc
    else:
        sys.stdout.write(text)
    return 0


def _cmd_sentences(args: argparse.Namespace) -> int:
    article = load_article(args.file, args.lang)
    for s in article.sentences:
        sys.stdout.write(" ".join(s.text.split()) + "\n")
    return 0


def _cmd_align(args: argparse.Namespace) -> int:
    try:
        stream = open(args.jsonl, encoding="utf-8") if args.jsonl != "-" else sys.stdin  # noqa: SIM115
    except OSError as exc:
        raise InputError(args.jsonl, exc.strerror or "cannot be read") from exc
    with stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                doc = json.loads(line)
                a, b = doc["a"], doc["b"]
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise InputError(
                    args.jsonl, f"line {number} is not a {{id, a, b}} JSON object"
                ) from exc
            lang = doc.get("lang") or "auto"
            if lang == "auto":
                from desktop.engine.language import detect_language

                lang = detect_language(" ".join(a + b))
            aligner = Aligner(a, b, lang)
            links = aligner.links(args.threshold)
            pairs = sorted({(i, j) for link in links for i in link.left for j in link.right})
            out = {"id": doc.get("id"), "pairs": [list(p) for p in pairs]}
            if args.scores:
                rows, cols = np.nonzero(aligner.scores > 0)
                out["scores"] = [
                    [int(i), int(j), round(float(aligner.scores[i, j]), 2)]
                    for i, j in zip(rows, cols, strict=True)
                ]
            sys.stdout.write(json.dumps(out) + "\n")
    return 0


def _cmd_annotations(args: argparse.Namespace) -> int:
    from desktop.export.annotations import annotations_output

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

    p = sub.add_parser(
        "align",
        help="align already-split document pairs (JSONL in, JSONL out)",
        description='Align sentences already split: each input line {"id", "a": [...], "b": '
        '[...]} (optionally "lang": "de" or "en") gives one output line {"id", "pairs": '
        "[[i, j], ...]} of the linked sentence indices.",
    )
    p.add_argument(
        "--jsonl",
        required=True,
        metavar="FILE",
        help='file with lines {"id", "a": [...], "b": [...]}; - for stdin',
    )
    p.add_argument(
        "--threshold", type=threshold, default=DEFAULT_THRESHOLD, metavar="N", help=THRESHOLD_HELP
    )
    p.add_argument(
        "--scores",
        action="store_true",
        help='add "scores": [[i, j, score], ...] for every pair scoring above 0',
    )
    p.set_defaults(func=_cmd_align)

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

    quotes_cli.register(sub)
    return parser


def run(argv: Sequence[str]) -> int:
    """Run a subcommand; bad input is one line on stderr and exit code 2."""
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except InputError as exc:
        sys.stderr.write(f"twofold: {exc}\n")
        return EXIT_BAD_INPUT
    except StoreError as exc:
        sys.stderr.write(f"twofold: {exc}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
