"""The `twofold quotes LEFT RIGHT` subcommand: every quotation, its speaker and its verdict."""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import textwrap
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the engine is loaded when the command runs, not by every `twofold` start
    from desktop.engine.models import Article
    from desktop.engine.quotes import QuoteCheck

_EXCERPT = 160  # characters of a quotation or its match shown in the text output


def register(sub: argparse._SubParsersAction, lang_help: str) -> None:
    """Add the subcommand to the `twofold` parser (`lang_help`: the shared --lang text)."""
    p = sub.add_parser(
        "quotes",
        help="check every quotation against the other article",
        description="Find the quotations of both articles, who said them, and whether the "
        "other article has them word for word, altered, paraphrased, attributed to someone "
        "else, or not at all.",
    )
    p.add_argument("left", help="the left article: a file or an https:// address")
    p.add_argument("right", help="the right article: a file or an https:// address")
    p.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help='text (default) or json ({"quotes": [...]})',
    )
    p.add_argument("--lang", choices=["auto", "de", "en"], default="auto", help=lang_help)
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from desktop.engine.load import load_article
    from desktop.engine.quotes import compare_quotes, quotes_json
    from desktop.engine.text import json_for_terminal, without_controls
    from desktop.terminal import prepare_word_lists

    left = load_article(args.left, args.lang)
    right = load_article(args.right, args.lang)
    prepare_word_lists({left.language, right.language})
    checks = compare_quotes(left, right)
    if args.format == "json":
        data = json.dumps(quotes_json(checks), ensure_ascii=False, indent=2)
        sys.stdout.write(json_for_terminal(data) + "\n")
    else:
        # article text on a terminal: no escape sequence in it may run
        sys.stdout.write(without_controls(quotes_text(left, right, checks)) + "\n")
    return 0


def quotes_text(
    left: Article, right: Article, checks: tuple[QuoteCheck, ...], width: int | None = None
) -> str:
    """A terminal listing: each quotation with speaker and verdict, the other article's words
    and what differs."""
    from desktop.engine.quotes import ABSENT
    from desktop.vocabulary import DIFFERS

    width = width or shutil.get_terminal_size((100, 40)).columns
    counts = {side: sum(c.side == side for c in checks) for side in ("left", "right")}
    out = [
        f"LEFT  {left.name}: {_count(counts['left'])}",
        f"RIGHT {right.name}: {_count(counts['right'])}",
    ]
    numbers = {"left": 0, "right": 0}
    for c in checks:
        numbers[c.side] += 1
        label = f"{'L' if c.side == 'left' else 'R'}{numbers[c.side]}"
        other = right if c.side == "left" else left
        out.append("")
        out.extend(_wrapped(f'{label} {c.quote.speaker_name}: "{_cut(c.quote.text)}"', width))
        verdict = c.verdict if c.wording in (c.verdict, ABSENT) else f"{c.verdict} ({c.wording})"
        out.append(f"   {verdict}")
        if c.match is not None:
            matched = _cut(other.text[c.match[0] : c.match[1]])
            who = f" ({c.other_speaker.name})" if c.other_speaker and c.other_speaker.name else ""
            out.extend(_wrapped(f"   other{who}: {matched}", width))
        for op in c.differences:
            mine, theirs = op.left or "–", op.right or "–"
            out.extend(_wrapped(f"   {DIFFERS} {mine}  →  {theirs}", width))
    return "\n".join(out)


def _count(n: int) -> str:
    return f"{n} quotation" + ("" if n == 1 else "s")


def _cut(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1].rstrip() + "…"


def _wrapped(line: str, width: int) -> list[str]:
    return textwrap.wrap(line, max(40, width), subsequent_indent="     ") or [""]
