"""The `twofold align --jsonl FILE` subcommand: sentence lists in, linked pairs out, a line each.

Each input line is checked before it is aligned: a line that is not UTF-8, not JSON, or whose
"a"/"b" are not lists of strings (or "lang" not a language) gets one line on stderr naming it,
the other lines are still answered, and the exit code is then 2."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

import numpy as np

from desktop.engine import limits
from desktop.engine.align import Aligner
from desktop.engine.errors import InputError
from desktop.engine.language import NAMES

EXIT_BAD_INPUT = 2
LANGS = ("auto", *NAMES)


def run(args: argparse.Namespace) -> int:
    bad = 0
    with _open(args.jsonl) as stream:
        for number, raw in _lines(stream, args.jsonl):
            try:
                if isinstance(raw, InputError):
                    raise raw
                out = _answer(_document(raw, args.jsonl, number), args, number)
            except InputError as exc:
                sys.stderr.write(f"twofold: {exc}\n")
                bad += 1
                continue
            sys.stdout.write(json.dumps(out) + "\n")
    return EXIT_BAD_INPUT if bad else 0


def _open(location: str) -> BinaryIO:
    if location == "-":
        return sys.stdin.buffer
    if Path(location).is_dir():
        raise InputError(location, "is a folder, not a file")
    try:
        return open(location, "rb")  # noqa: SIM115 - closed by the caller's with
    except OSError as exc:
        raise InputError(location, f"cannot be read ({exc.strerror or exc})") from exc


def _lines(stream: BinaryIO, source: str) -> Iterator[tuple[int, bytes | InputError]]:
    """(number, raw line) for each non-blank line; a line over the size limit is an error."""
    number = 0
    while True:
        raw = stream.readline(limits.FILE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > limits.FILE_BYTES and not raw.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass  # the rest of the long line is skipped
            yield number, _bad(source, number, f"is longer than {limits.amount(limits.FILE_BYTES)}")
        elif raw.strip():
            yield number, raw


def _bad(source: str, number: int, problem: str) -> InputError:
    return InputError(source, f"line {number} {problem}")


def _document(raw: bytes, source: str, number: int) -> tuple[object, list[str], list[str], str]:
    """(id, a, b, lang) of a valid line; InputError naming what is wrong with it."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise _bad(source, number, "is not UTF-8 text") from None
    try:
        doc = json.loads(text.removeprefix("\ufeff") if number == 1 else text)
    except (json.JSONDecodeError, RecursionError):
        raise _bad(source, number, "is not JSON") from None
    if not isinstance(doc, dict):
        raise _bad(source, number, f'is not an {{"id", "a", "b"}} JSON object but {_kind(doc)}')
    for key in ("a", "b"):
        if key not in doc:
            raise _bad(source, number, f'has no "{key}" (a list of sentences)')
        value = doc[key]
        if not isinstance(value, list) or not all(isinstance(s, str) for s in value):
            raise _bad(source, number, f'has "{key}" as {_kind(value)}, not a list of strings')
    lang = doc.get("lang") or "auto"
    if not isinstance(lang, str) or lang not in LANGS:
        shown = json.dumps(lang, ensure_ascii=True)[:40]
        raise _bad(source, number, f'has "lang" {shown}; it must be "de", "en" or "auto"')
    return doc.get("id"), doc["a"], doc["b"], lang


def _kind(value: object, inside: bool = False) -> str:
    """What a JSON value is, as a message says it ("a list holding a number")."""
    if isinstance(value, list) and not inside:
        odd = [v for v in value if not isinstance(v, str)][:1]
        return f"a list holding {_kind(odd[0], inside=True)}" if odd else "a list"
    return {
        list: "a list",
        str: "a string",
        bool: "true/false",
        int: "a number",
        float: "a number",
        dict: "an object",
        type(None): "null",
    }.get(type(value), "something else")


def _answer(doc, args: argparse.Namespace, number: int) -> dict:
    ident, a, b, lang = doc
    limits.check_pairs(len(a), len(b), source=f"{args.jsonl}: line {number}")
    # Sentences longer than the scoring limit are scored on their beginning, and the answer
    # says which: the indices stay those of the input.
    a, cut_a = limits.scoring_prefixes(a)
    b, cut_b = limits.scoring_prefixes(b)
    if lang == "auto":
        from desktop.engine.language import detect_language

        lang = detect_language(" ".join(a + b))
    aligner = Aligner(a, b, lang)
    links = aligner.links(args.threshold)
    pairs = sorted({(i, j) for link in links for i in link.left for j in link.right})
    out: dict = {"id": ident, "pairs": [list(p) for p in pairs]}
    if cut_a or cut_b:
        out["cut"] = {"a": cut_a, "b": cut_b}
    if args.scores:
        rows, cols = np.nonzero(aligner.scores > 0)
        out["scores"] = [
            [int(i), int(j), round(float(aligner.scores[i, j]), 2)]
            for i, j in zip(rows, cols, strict=True)
        ]
    return out


def register(sub: argparse._SubParsersAction, threshold, threshold_help: str, default: float):
    """Add the subcommand to the `twofold` parser."""
    p = sub.add_parser(
        "align",
        help="align already-split document pairs (JSONL in, JSONL out)",
        description='Align sentences already split: each input line {"id", "a": [...], "b": '
        '[...]} (optionally "lang": "de" or "en") gives one output line {"id", "pairs": '
        '[[i, j], ...]} of the linked sentence indices ("cut": {"a": [...], "b": [...]} names '
        f"sentences longer than {limits.SENTENCE_CHARS:,} characters, scored on their "
        "beginning). A bad line is one line on stderr; the others are still aligned, and the "
        "exit code is then 2.",
    )
    p.add_argument(
        "--jsonl",
        required=True,
        metavar="FILE",
        help='file with lines {"id", "a": [...], "b": [...]}; - for stdin',
    )
    p.add_argument("--threshold", type=threshold, default=default, metavar="N", help=threshold_help)
    p.add_argument(
        "--scores",
        action="store_true",
        help='add "scores": [[i, j, score], ...] for every pair scoring above 0',
    )
    p.set_defaults(func=run)
