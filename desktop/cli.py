"""The `twofold` command-line subcommands: compare, sentences, align."""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import textwrap
from collections.abc import Sequence

from desktop import __version__
from desktop.engine.align import DEFAULT_THRESHOLD, Aligner
from desktop.engine.compare import PreparedComparison, compare
from desktop.engine.errors import InputError
from desktop.engine.items import ONLY_LEFT, items
from desktop.engine.load import load_article
from desktop.engine.models import Article, Comparison
from desktop.store.errors import StoreError

EXIT_BAD_INPUT = 2
EXPORT_FORMATS = ["json", "html", "pdf", "docx", "md", "csv"]


def comparison_json(comparison: Comparison) -> dict:
    """The comparison as plain JSON-ready data (the documented `--format json` shape)."""

    def side(article: Article) -> dict:
        return {
            "path": article.path,
            "language": article.language,
            "sentences": [
                {"id": s.id, "text": s.text, "start": s.start, "end": s.end}
                for s in article.sentences
            ],
        }

    return {
        "left": side(comparison.left),
        "right": side(comparison.right),
        "threshold": comparison.threshold,
        "pairs": [
            {
                "left": list(p.left),
                "right": list(p.right),
                "score": round(p.score, 1),
                "differences": [
                    {"kind": d.kind, "left": list(d.left), "right": list(d.right)}
                    for d in p.discrepancies
                ],
                "word_diff": [[op.tag, op.left, op.right] for op in p.word_diff],
            }
            for p in comparison.pairs
        ],
        "unique_left": list(comparison.unique_left),
        "unique_right": list(comparison.unique_right),
        # Furniture (donation appeals, source lines): not counted as unique or in coverage.
        "boilerplate_left": sorted(comparison.left.boilerplate),
        "boilerplate_right": sorted(comparison.right.boilerplate),
        "coverage": {
            "left_in_right": round(comparison.coverage.left_in_right, 4),
            "right_in_left": round(comparison.coverage.right_in_left, 4),
            "left_chars_in_right": round(comparison.coverage.left_chars_in_right, 4),
            "right_chars_in_left": round(comparison.coverage.right_chars_in_left, 4),
        },
    }


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
        f"Only left: {len(comparison.unique_left)}, only right: {len(comparison.unique_right)}.",
        "",
    ]
    for item in items(comparison):
        if item.pair is not None:
            p = item.pair
            lt = " ".join(left.sentences[i].text for i in p.left)
            rt = " ".join(right.sentences[j].text for j in p.right)
            flags = "".join(
                f"  ! {d.kind}: {', '.join(d.left)} ≠ {', '.join(d.right)}" for d in p.discrepancies
            )
            out.append(f"= {p.score:3.0f} ─ {_label(p.left)} ↔ {_label(p.right)}{flags}")
            out.extend(_columns(lt, rt, col))
        elif item.kind == ONLY_LEFT:
            out.append(f"< only left ─ L{item.left[0] + 1}{_furniture(item)}")
            out.extend(_columns(left.sentences[item.left[0]].text, "", col))
        else:
            out.append(f"> only right ─ R{item.right[0] + 1}{_furniture(item)}")
            out.extend(_columns("", right.sentences[item.right[0]].text, col))
        out.append("")
    return "\n".join(out)


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
    if args.format == "json":
        return _emit(args, _json(comparison_json(comparison)))
    return _export(args, comparison)


def _cmd_export(args: argparse.Namespace) -> int:
    from desktop.store.annotations_cli import open_for_reading

    with open_for_reading(args.db) as store:
        record = store.comparison(args.comparison)
        left = store.article(record.left_article_id)
        right = store.article(record.right_article_id)
        comparison = PreparedComparison(left, right).at(
            record.threshold,
            manual=store.manual_links(record.id),
            unlinked=store.unlinks(record.id),
        )
        annotations = store.annotations(record.id)
    extra = {"Comparison": f"{record.id} ({record.title})"}
    return _export(args, comparison, annotations, extra)


def _export(args: argparse.Namespace, comparison: Comparison, annotations=None, extra=None) -> int:
    """Write an export format to -o FILE (or stdout for the text formats)."""
    from desktop import export

    provenance = export.make_provenance(comparison, extra=extra)
    include = not getattr(args, "reviewed_only", False)
    if args.output is None:
        if args.format not in export.TEXT_FORMATS:
            raise InputError(args.format, "is a binary format: give a file with -o FILE")
        return _emit(args, export.render(comparison, args.format, annotations, include, provenance))
    # A headless export shows no window, so it needs no display (CI, servers, ssh).
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from desktop.ui.pdf_export import write_export  # loads Qt only for exports that write files

    try:
        write_export(comparison, args.output, args.format, annotations, include, provenance)
    except OSError as exc:
        raise InputError(args.output, f"cannot be written ({exc.strerror or exc})") from exc
    return 0


def _json(data: dict) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


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
            links = Aligner(a, b, lang).links(args.threshold)
            pairs = sorted({(i, j) for link in links for i in link.left for j in link.right})
            sys.stdout.write(
                json.dumps({"id": doc.get("id"), "pairs": [list(p) for p in pairs]}) + "\n"
            )
    return 0


def _cmd_annotations(args: argparse.Namespace) -> int:
    from desktop.store.annotations_cli import annotations_output

    sys.stdout.write(annotations_output(args.db, args.comparison, args.format))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="twofold", description=__doc__)
    parser.add_argument("--version", action="version", version=f"Twofold {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("compare", help="compare two articles and print the result")
    p.add_argument("left")
    p.add_argument("right")
    p.add_argument("--format", choices=["text", *EXPORT_FORMATS], default="text")
    p.add_argument("-o", "--output", help="write to this file instead of the terminal")
    p.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    p.add_argument("--lang", choices=["auto", "de", "en"], default="auto")
    p.set_defaults(func=_cmd_compare)

    p = sub.add_parser("sentences", help="print the sentences of an article, one a line")
    p.add_argument("file")
    p.add_argument("--lang", choices=["auto", "de", "en"], default="auto")
    p.set_defaults(func=_cmd_sentences)

    p = sub.add_parser("align", help="align already-split document pairs (JSONL in, JSONL out)")
    p.add_argument(
        "--jsonl", required=True, help='file with lines {"id", "a": [...], "b": [...]}; - for stdin'
    )
    p.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD)
    p.set_defaults(func=_cmd_align)

    p = sub.add_parser("annotations", help="list every saved annotation (JSON or CSV)")
    p.add_argument("--db", help="review database (default: the one in your user data folder)")
    p.add_argument("--comparison", type=int, help="only this comparison id")
    p.add_argument("--format", choices=["json", "csv"], default="json")
    p.set_defaults(func=_cmd_annotations)

    p = sub.add_parser("export", help="export a saved comparison with all its annotations")
    p.add_argument("--db", help="review database (default: the one in your user data folder)")
    p.add_argument("--comparison", type=int, required=True, help="comparison id (see the library)")
    p.add_argument("--format", choices=EXPORT_FORMATS, required=True)
    p.add_argument("-o", "--output", help="the file to write (stdout for html, md, csv, json)")
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
