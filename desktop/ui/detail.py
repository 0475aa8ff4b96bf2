"""The detail panel: the selected pair side by side with word-level differences and flags."""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTextEdit, QWidget

from desktop.engine import limits
from desktop.engine.align import worth_checking
from desktop.engine.diff import marked_spans as spans
from desktop.engine.items import Item
from desktop.engine.models import Article, Comparison, Near, WordOp
from desktop.export.model import excerpt
from desktop.review.draft import LinkDraft, numbers
from desktop.store.records import Annotation
from desktop.ui import theme
from desktop.ui.i18n import tr, translated
from desktop.ui.marks import label_chip_html
from desktop.vocabulary import CHANGED, CUT_GLYPH, NOTE_GLYPH, REVIEWED
from desktop.wording import phrase

NEAR_CHARS = 140  # a close sentence is quoted this far: enough to recognise it

# What differs, as the detail panel names it (engine/agreement.py's KINDS).
KINDS = {
    "number": phrase("number"),
    "date": phrase("date"),
    "name": phrase("name"),
    "person": phrase("person"),
    "negation": phrase("negation"),
    "opposite": phrase("opposite"),
    "quote": phrase("quote"),
}


def mark_style(side: str, palette: QPalette | None = None) -> str:
    """How a word the other side lacks is marked: the side's strong tint, its text readable."""
    kind = theme.ONLY_LEFT if side == "left" else theme.ONLY_RIGHT
    background = theme.over(theme.strong_tint(kind, palette), theme.page(palette))
    text = theme.text_on(background, palette)
    return f"background-color:{background.name()}; color:{text.name()}; text-decoration:underline"


def diff_html(
    original: str, ops: tuple[WordOp, ...], side: str, palette: QPalette | None = None
) -> str:
    """A sentence as escaped HTML with the words the other side lacks marked (tint + underline)."""
    style = mark_style(side, palette)
    html = []
    for piece, changed in spans(original, ops, side):
        if not changed:
            html.append(escape(piece))
            continue
        lead = piece[: len(piece) - len(piece.lstrip())]
        html.append(f'{escape(lead)}<span style="{style}">{escape(piece.lstrip())}</span>')
    return "".join(html)


class DetailPanel(QTextEdit):
    """Read-only; everything from an article is escaped, so nothing in it is interpreted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("detail")
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.show_hint()

    def show_hint(self, html: str | None = None) -> None:
        """`html` says what the window is doing; by default, how to start reviewing."""
        self.setHtml(
            html
            or tr(
                "<p>Press <b>J</b> for the next item, <b>U</b> for the next unique sentence, "
                "or click a sentence. <b>?</b> lists every shortcut.</p>"
            )
        )

    def show_item(
        self,
        comparison: Comparison | None,
        item: Item | None,
        annotation: Annotation | None = None,
        changed: tuple[str, ...] = (),
        computed: float | None = None,
        quotes: str = "",
        near: tuple[Near, ...] = (),
        link_key: str = "",
    ) -> None:
        """The item side by side, its review (label, reviewed, note) above it, the sides whose
        sentences are `changed` since the earlier version's review, and its quotations
        (`quotes`, HTML: their verdicts are findings of their own); `computed`: what the
        aligner scored a hand-made link; `near`: a unique sentence's closest ones on the other
        side, and `link_key` the key that links by hand."""
        if comparison is None or item is None:
            self.show_hint()
            return
        self.setHtml(
            changed_html(changed, self.palette())
            + review_html(annotation)
            + quotes
            + item_html(comparison, item, self.palette(), computed, near, link_key)
        )

    def show_link(self, left: Article, right: Article, draft: LinkDraft, hint: str) -> None:
        """The sentences a hand-made link would join, and the keys that make it (`hint`)."""
        left_text = " ".join(left.sentences[i].text for i in draft.left)
        right_text = " ".join(right.sentences[j].text for j in draft.right)
        self.setHtml(
            tr("<p><b>Link by hand</b> — {keys}</p>", keys=escape(hint))
            + '<table width="100%" cellspacing="6"><tr><td width="50%" valign="top">'
            + tr("<i>Left {sentences}</i>", sentences=numbers(draft.left))
            + f"<br>{escape(left_text)}</td>"
            + '<td width="50%" valign="top">'
            + tr("<i>Right {sentences}</i>", sentences=numbers(draft.right))
            + f"<br>{escape(right_text)}</td></tr></table>"
        )


def changed_html(sides: tuple[str, ...], palette) -> str:
    """The line above an item with sentences new or edited since the earlier version."""
    if not sides:
        return ""
    colour = theme.marker_colour(CHANGED.key, palette).name()
    if sides == ("left",):
        told = tr(
            "the left sentence is new or edited in this version of the article; look at it again."
        )
    elif sides == ("right",):
        told = tr(
            "the right sentence is new or edited in this version of the article; look at it again."
        )
    else:
        told = tr(
            "the left and right sentence is new or edited in this version of the article; "
            "look at it again."
        )
    return (
        f'<p><b style="color:{colour}">{CHANGED.glyph} {translated(CHANGED.legend)}</b>: {told}</p>'
    )


def review_html(annotation: Annotation | None) -> str:
    """The journalist's label, reviewed mark and note as one line, or nothing."""
    if annotation is None:
        return ""
    parts = []
    if annotation.labels:  # all of them: a merged pair may hold sentences labelled differently
        parts.append(" + ".join(label_chip_html(name) for name in annotation.labels))
    if annotation.reviewed:
        parts.append(translated(REVIEWED))
    if annotation.note:
        note = escape(annotation.note).replace(chr(10), "<br>")
        parts.append(f"{NOTE_GLYPH} <i>{note}</i>")
    return "<p>" + " · ".join(parts) + "</p>" if parts else ""


def item_html(
    comparison: Comparison,
    item: Item,
    palette,
    computed: float | None = None,
    near: tuple[Near, ...] = (),
    link_key: str = "",
) -> str:
    """A pair with its differing words and flags, or a sentence only one side has (with the
    other side's closest sentences, `near`, and the key that links by hand, `link_key`)."""
    lname, rname = escape(comparison.left.name), escape(comparison.right.name)
    ltext = " ".join(comparison.left.sentences[i].text for i in item.left)
    rtext = " ".join(comparison.right.sentences[j].text for j in item.right)
    if item.pair is None:
        side, name, text = (
            ("left", lname, ltext) if item.kind == theme.ONLY_LEFT else ("right", rname, rtext)
        )
        colour = theme.marker_colour(item.kind, palette).name()
        where = (
            tr("Only in the left article") if side == "left" else tr("Only in the right article")
        )
        if near:
            said = tr(
                "({name}) — no sentence of the other article scores {threshold:.0f} or more "
                "with it.",
                name=name,
                threshold=comparison.threshold,
            )
        else:
            said = tr("({name}) — the other article has no sentence reporting this.", name=name)
        return (
            f'<p><b style="color:{colour}">{theme.GLYPHS[item.kind]} {where}</b> {said}'
            f"</p><p>{escape(text)}</p>{_near_html(comparison, side, near, link_key)}"
            f"{_cut_html(comparison, item)}"
        )
    pair = item.pair
    left_html = diff_html(ltext, pair.word_diff, "left", palette)
    right_html = diff_html(rtext, pair.word_diff, "right", palette)
    flags = "".join(
        tr(
            "<li><b>{kind}</b> differs: left {left} · right {right}</li>",
            kind=escape(translated(KINDS.get(d.kind, d.kind))),
            left=escape(", ".join(d.left) or "—"),
            right=escape(", ".join(d.right) or "—"),
        )
        for d in pair.discrepancies
    )
    flags_html = (
        f'<p style="color:{theme.marker_colour(theme.DISAGREE, palette).name()}">'
        + tr("<b>⚠ The sources disagree:</b>")
        + f"</p><ul>{flags}</ul>"
        if flags
        else tr(
            "<p>No differing numbers, dates, names, persons, negations, opposites or quotes.</p>"
        )
    )
    score = tr("score <b>{score:.0f}</b> / 100", score=pair.score)
    if pair.manual:  # its score only says it was linked by hand: what the aligner found
        if computed is not None:
            score = tr("linked by hand (computed similarity {score:.0f})", score=computed)
        else:
            score = tr("linked by hand")
    state = theme.DISAGREE if pair.discrepancies else theme.PAIRED
    headline = (
        tr("Same fact, stated differently") if pair.discrepancies else tr("Same fact in both")
    )
    colour = theme.marker_colour(state, palette).name()
    evidence = (
        tr("<p><i>Linked on:</i> {words}</p>", words=escape(", ".join(pair.evidence[:12])))
        if pair.evidence
        else ""
    )
    return (
        f'<p><b style="color:{colour}">{theme.GLYPHS[state]} {headline}</b> — {score}</p>'
        f'<table width="100%" cellspacing="6"><tr>'
        f'<td width="50%" valign="top"><i>{lname}</i><br>{left_html}</td>'
        f'<td width="50%" valign="top"><i>{rname}</i><br>{right_html}</td>'
        f"</tr></table>{flags_html}{evidence}{_cut_html(comparison, item)}"
    )


def _near_html(comparison: Comparison, side: str, near: tuple[Near, ...], link_key: str) -> str:
    """The other article's closest sentences to a unique one: each with its score and the
    words they share, so the journalist can check "only in one source" before relying on it."""
    if not near:
        return ""
    other = comparison.right if side == "left" else comparison.left
    rows = "".join(
        tr(
            "<li>{sentence} · score {score:.0f} · shared: {words} — «{sentence_text}»</li>",
            sentence=escape(translated(numbers((n.sid,)))),
            score=n.score,
            words=escape(", ".join(n.evidence[:6]) or tr("no word")),
            sentence_text=escape(excerpt(other.sentences[n.sid].text, NEAR_CHARS)),
        )
        for n in near
    )
    keys = tr("{key} links it by hand.", key=escape(link_key)) if link_key else ""
    keys = f"<p>{keys}</p>" if keys else ""
    heading = tr("Closest in {name}, not linked:", name=escape(other.name))
    # the same rule as the C key's walk: the likeliest missed links
    check = tr("<p><b>Worth checking:</b> it came close to a link.</p>")
    check = check if worth_checking(near) else ""
    return f"{check}<p><i>{heading}</i></p><ul>{rows}</ul>{keys}"


def _cut_html(comparison: Comparison, item: Item) -> str:
    """Says so when the item holds a piece of a sentence too long to compare whole."""
    cut = set(item.left) & comparison.left.cut or set(item.right) & comparison.right.cut
    return f"<p><i>{CUT_GLYPH} {escape(translated(limits.PIECE_NOTE))}.</i></p>" if cut else ""
