"""The detail panel: the selected pair side by side with word-level differences and flags."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.engine.items import Item
from desktop.engine.models import Comparison, WordOp
from desktop.ui import theme

_NO_SPACE_BEFORE = tuple(".,;:!?)]}»“\"'%")


def _join(pieces: list[str]) -> str:
    out = ""
    for piece in pieces:
        if out and not piece.startswith(_NO_SPACE_BEFORE) and not out.endswith(("(", "„", "«")):
            out += " "
        out += piece
    return out


def _mark(text: str, colour: str, struck: bool) -> str:
    deco = "line-through" if struck else "underline"
    return (
        f'<span style="background-color:{colour}; text-decoration:{deco}; font-weight:600">'
        f"{escape(text)}</span>"
    )


def diff_html(ops: tuple[WordOp, ...]) -> tuple[str, str]:
    """Left and right sentences as escaped HTML with the words that differ marked."""
    removed = theme.tint(theme.ONLY_LEFT, 1.0).name()
    added = theme.tint(theme.ONLY_RIGHT, 1.0).name()
    left: list[str] = []
    right: list[str] = []
    for op in ops:
        if op.tag == "equal":
            left.append(escape(op.left))
            right.append(escape(op.right))
            continue
        if op.left:
            left.append(_mark(op.left, removed, struck=True))
        if op.right:
            right.append(_mark(op.right, added, struck=False))
    return _join(left), _join(right)


class DetailPanel(QTextEdit):
    """Read-only; everything from an article is escaped, so nothing in it is interpreted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detail")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.show_hint()

    def show_hint(self) -> None:
        self.setHtml(
            "<p>Press <b>J</b> for the next item, <b>U</b> for the next unique sentence, "
            "or click a sentence. <b>?</b> lists every shortcut.</p>"
        )

    def show_item(self, comparison: Comparison | None, item: Item | None) -> None:
        if comparison is None or item is None:
            self.show_hint()
            return
        lname, rname = escape(comparison.left.name), escape(comparison.right.name)
        ltext = " ".join(comparison.left.sentences[i].text for i in item.left)
        rtext = " ".join(comparison.right.sentences[j].text for j in item.right)
        if item.pair is None:
            side, name, text = (
                ("left", lname, ltext) if item.kind == theme.ONLY_LEFT else ("right", rname, rtext)
            )
            colour = theme.marker_colour(item.kind, self.palette()).name()
            self.setHtml(
                f'<p><b style="color:{colour}">{theme.GLYPHS[item.kind]} Only in the {side} '
                f"article</b> ({name}) — the other article has no sentence reporting this.</p>"
                f"<p>{escape(text)}</p>"
            )
            return
        pair = item.pair
        left_html, right_html = (
            diff_html(pair.word_diff)
            if pair.word_diff
            else (
                escape(ltext),
                escape(rtext),
            )
        )
        flags = "".join(
            f"<li><b>{escape(d.kind)}</b> differs: left {escape(', '.join(d.left) or '—')} "
            f"· right {escape(', '.join(d.right) or '—')}</li>"
            for d in pair.discrepancies
        )
        flags_html = (
            f'<p style="color:{theme.marker_colour(theme.ONLY_LEFT, self.palette()).name()}">'
            f"<b>⚠ Check:</b></p><ul>{flags}</ul>"
            if flags
            else "<p>No differing numbers, dates or names found.</p>"
        )
        manual = " · linked by hand" if pair.manual else ""
        self.setHtml(
            f"<p><b>{theme.GLYPHS[theme.PAIRED]} Same fact in both</b> — score "
            f"<b>{pair.score:.0f}</b> / 100{manual}</p>"
            f'<table width="100%" cellspacing="6"><tr>'
            f'<td width="50%" valign="top"><i>{lname}</i><br>{left_html}</td>'
            f'<td width="50%" valign="top"><i>{rname}</i><br>{right_html}</td>'
            f"</tr></table>{flags_html}"
        )
