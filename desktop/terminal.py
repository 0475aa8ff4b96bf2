"""What `twofold compare` prints in a terminal: pairs side by side, what only one side says."""

from __future__ import annotations

import shutil
import sys
import textwrap
from collections.abc import Sequence

from desktop.engine import lemmas, limits
from desktop.engine.align import worth_checking
from desktop.engine.compare import warnings
from desktop.engine.items import ONLY_LEFT, items
from desktop.engine.language import NAMES
from desktop.engine.models import Comparison
from desktop.engine.text import without_controls
from desktop.vocabulary import DIFFERS


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
    if left.cut or right.cut:
        out[-1:] = [limits.cut_note(left, right), ""]
    notes = warnings(comparison)  # two languages; nothing shared
    if notes:
        out[-1:] = [*notes, ""]
    for item in items(comparison):
        if item.pair is not None:
            p = item.pair
            lt = " ".join(left.sentences[i].text for i in p.left)
            rt = " ".join(right.sentences[j].text for j in p.right)
            flags = "".join(
                f"  ! {d.kind}: {', '.join(d.left)} {DIFFERS} {', '.join(d.right)}"
                for d in p.discrepancies
            )
            mark = DIFFERS if p.discrepancies else "="
            out.append(f"{mark} {p.score:3.0f} ─ {_label(p.left)} ↔ {_label(p.right)}{flags}")
            out.extend(_columns(lt, rt, col))
        elif item.kind == ONLY_LEFT:
            out.append(f"< only left ─ L{item.left[0] + 1}{_furniture(item)}")
            out.extend(_columns(left.sentences[item.left[0]].text, "", col))
            out.extend(_closest(comparison, "left", item.left[0]))
        else:
            out.append(f"> only right ─ R{item.right[0] + 1}{_furniture(item)}")
            out.extend(_columns("", right.sentences[item.right[0]].text, col))
            out.extend(_closest(comparison, "right", item.right[0]))
        out.append("")
    return without_controls("\n".join(out))


CUT_NOTE = limits.CUT_NOTE  # `twofold sentences` says it too


def _closest(comparison: Comparison, side: str, sid: int) -> list[str]:
    """ "  worth checking, closest: R2, score 16 (außenminister, besuch, …)" for a one-sided
    sentence: the other article's sentences that came nearest to a link with it."""
    near = comparison.closest(side, sid)
    other = "R" if side == "left" else "L"
    found = "; ".join(
        f"{other}{n.sid + 1}, score {n.score:.0f} ({', '.join(n.evidence[:6]) or 'no word'})"
        for n in near
    )
    head = "worth checking, closest" if worth_checking(near) else "closest"
    return [f"  {head}: {found}"] if near else []


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


def prepare_word_lists(langs: set[str]) -> None:
    """Writes the word list of a language used for the first time, saying so on a terminal
    (the second or so it takes would otherwise look like a hang; scripts see no extra line)."""
    for lang in sorted(langs):
        if lemmas.ready(lang):
            continue
        if sys.stderr.isatty():
            name = NAMES.get(lang, lang)
            sys.stderr.write(f"twofold: preparing the {name} word list (first time only)…\n")
            sys.stderr.flush()
        lemmas.prepare(lang)
