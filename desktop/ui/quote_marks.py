"""Quotations in the panes and the detail panel: quote marks, the speaker on hover, the verdict."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QToolTip

from desktop.review.changes import Changes
from desktop.review.quote_index import QuoteEntry
from desktop.review.quotes import current_quote, item_quotes
from desktop.review.workspace import SIDES, Workspace
from desktop.ui import theme
from desktop.ui.gutter import QuoteMark
from desktop.ui.pane import ArticlePane
from desktop.vocabulary import QUOTE_GLYPH, VERDICTS, verdict_line, word_change

EXCERPT = 140  # characters of a quotation the hover text and the detail panel show
SHOWN_CHANGES = 12  # differing stretches listed before "… and N more"
SHOWN_QUOTES = 6  # quotations of one item the detail panel lists (a merged pair has hundreds)


def verdict_colour(verdict: str, palette: QPalette | None = None) -> QColor:
    """The verdict's hue, lightened on dark themes like the state markers."""
    colour = QColor(VERDICTS[verdict].hue)
    return colour.lighter(135) if theme.is_dark(palette) else colour


def excerpt(text: str, limit: int = EXCERPT) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def speaker_text(entry: QuoteEntry) -> str:
    """ "Sheinbaum", or "speaker unknown"."""
    name = entry.check.quote.speaker.name
    return name if name else "speaker unknown"


def verdict_text(entry: QuoteEntry) -> str:
    """ "⇄ attributed differently: the other article gives it to someone else (there: Smith)"."""
    other = entry.check.other_speaker
    return verdict_line(entry.verdict, other.name or "unknown" if other is not None else "")


def changes_text(entry: QuoteEntry, limit: int = SHOWN_CHANGES) -> list[str]:
    """The differing words, "Verbrechen → Kriminalität", at most `limit` and a count."""
    ops = entry.check.differences
    shown = [word_change(op.left, op.right) for op in ops[:limit]]
    if len(ops) > limit:
        shown.append(f"… and {len(ops) - limit} more")
    return shown


def tooltip(entry: QuoteEntry) -> str:
    """What hovering over a quotation says: who said it and what the other article has."""
    lines = [
        f"<b>{QUOTE_GLYPH} {escape(entry.label)} · {escape(speaker_text(entry))}</b>",
        f"“{escape(excerpt(entry.check.quote.text))}”",
        escape(verdict_text(entry)),
    ]
    changed = changes_text(entry, 4)
    if changed:
        lines.append("<i>Differs:</i> " + escape(" · ".join(changed)))
    # Rich text with everything escaped: article text is data, never markup.
    return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


def detail_html(entries: list[QuoteEntry], current: QuoteEntry | None, palette) -> str:
    """The current item's quotations for the top of the detail panel: who, the verdict and the
    words that differ, one short paragraph each (the item's text follows below)."""
    if not entries:
        return ""
    at = entries.index(current) if current in entries else 0
    first = max(0, min(at - 1, len(entries) - SHOWN_QUOTES))
    shown = entries[first : first + SHOWN_QUOTES]
    out = []
    for entry in shown:
        colour = verdict_colour(entry.verdict, palette).name()
        head = f"<b>{escape(entry.label)} {escape(speaker_text(entry))}</b>"
        if entry is current and len(entries) > 1:
            head = f"<u>{head}</u>"  # the one gone to with Q or the list
        glyph, _, verdict = verdict_text(entry).partition(" ")
        name, _, meaning = verdict.partition(": ")
        words = escape(excerpt(entry.check.quote.text, 60))
        changed = changes_text(entry)
        differs = "<br><i>Words that differ:</i> " + escape(" · ".join(changed)) if changed else ""
        out.append(
            f'<p style="margin:0 0 4px 0">{QUOTE_GLYPH} {head} “{words}” — '
            f'<b style="color:{colour}">{glyph}</b> <b>{escape(name)}</b>: {escape(meaning)}'
            f"{differs}</p>"
        )
    more = len(entries) - len(shown)
    if more:
        out.append(f"<p><i>… and {more} more quotations in this item (all in the list).</i></p>")
    return "".join(out)


def current_entry(ws: Workspace) -> QuoteEntry | None:
    index = current_quote(ws)
    return ws.quotes.entries[index] if index >= 0 else None


def item_detail(ws: Workspace, palette) -> str:
    """The detail panel's quotation part for the current item ("" when it has none)."""
    return detail_html(item_quotes(ws), current_entry(ws), palette)


def marks(ws: Workspace, palette: QPalette | None = None) -> dict[str, list[QuoteMark]]:
    """Per side, the quotations to mark in its pane, in text order."""
    out: dict[str, list[QuoteMark]] = {side: [] for side in SIDES}
    if ws.quotes is None:
        return out
    colours = {verdict: verdict_colour(verdict, palette) for verdict in VERDICTS}
    for entry in ws.quotes.entries:
        q = entry.check.quote
        colour = colours[entry.verdict]
        mark = QuoteMark(q.start, q.end, entry.verdict, colour, lambda e=entry: tooltip(e))
        out[entry.side].append(mark)
    for side in SIDES:
        out[side].sort(key=lambda m: m.start)
    return out


class QuoteMarksView:
    """The quote marks in both panes' gutters, redrawn when the quotations arrive or the
    palette changes (a light/dark switch comes as an alignment change)."""

    def __init__(self, panes: dict[str, ArticlePane]):
        self.panes = panes
        self._shown: tuple | None = None

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if not (changes.quotes or changes.articles or changes.alignment):
            return
        palette = self.panes["left"].palette()
        token = (ws.quotes, palette.cacheKey())
        if token == self._shown:
            return
        self._shown = token
        found = marks(ws, palette)
        for side in SIDES:
            self.panes[side].gutter.set_quotes(found[side])


class QuoteTips(QObject):
    """Hovering over quoted words in a pane shows who said them and the verdict."""

    def __init__(self, pane: ArticlePane):
        super().__init__(pane)
        pane.viewport().installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return False
        pane = self.parent()
        if pane.article is None or pane.is_loading():
            return False
        offset = pane.from_qt(pane.cursorForPosition(event.pos()).position())
        tips = [m.tip() for m in pane.gutter.quotes if m.start <= offset < m.end]
        if not tips:
            QToolTip.hideText()
            return False
        QToolTip.showText(event.globalPos(), "<hr>".join(tips), pane.viewport())
        return True
