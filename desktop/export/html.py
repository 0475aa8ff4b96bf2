"""One self-contained HTML file: both articles side by side, review, summary, provenance."""

from __future__ import annotations

from html import escape

from desktop.engine.diff import marked_spans
from desktop.engine.items import ONLY_LEFT, ONLY_RIGHT, PAIR
from desktop.engine.text import without_controls
from desktop.export.model import (
    ExportModel,
    Provenance,
    Row,
    Section,
    Summary,
    count_name,
    coverage_text,
    excerpt,
    scope_text,
    sections,
)
from desktop.export.provenance import provenance_lines
from desktop.export.quotations import HEADING as QUOTATIONS
from desktop.export.quotations import QuoteRow, intro
from desktop.vocabulary import REVIEWED, STATES, VERDICTS

# Background tints: the window's colours at this opacity over white, pre-blended to opaque
# hex because Word cell shading has no alpha; HTML, PDF and DOCX then show the same tint.
TINT_ALPHA = 0.22
FONTS = "'DejaVu Sans', 'Noto Sans', 'Segoe UI', Arial, Helvetica, sans-serif"
# A document that cannot run scripts or load anything even if a browser found some.
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def tint(colour: str, alpha: float = TINT_ALPHA) -> str:
    """`colour` (#RRGGBB) at `alpha` opacity over white, as #rrggbb."""
    channels = (int(colour[i : i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{round(255 - (255 - c) * alpha):02x}" for c in channels)


def _e(text: str) -> str:
    return escape(without_controls(text), quote=True)


def _style() -> str:
    verdicts = "\n".join(
        f".vd-{i} {{ color: {v.hue}; font-weight: bold; }}" for i, v in enumerate(VERDICTS.values())
    )
    cells = "\n".join(
        f"td.{kind} {{ background-color: {tint(c)}; border-left: 4px {style} {c}; }}\n"
        f".mk-{kind} {{ color: {c}; font-weight: bold; }}"
        for kind, c, style in (
            (PAIR, STATES[PAIR].hue, "solid"),
            (ONLY_LEFT, STATES[ONLY_LEFT].hue, "dashed"),
            (ONLY_RIGHT, STATES[ONLY_RIGHT].hue, "dotted"),
        )
    )
    return f"""
body {{ font-family: {FONTS}; font-size: 10pt; color: #1a1a1a; margin: 1.5em; }}
h1 {{ font-size: 16pt; margin-bottom: 0.2em; }}
h2 {{ font-size: 13pt; margin-top: 1.2em; }}
table {{ border-collapse: collapse; }}
table.cmp {{ width: 100%; }}
table.cmp th {{ text-align: left; background-color: #eeeeee; padding: 4px; }}
table.cmp td {{ vertical-align: top; padding: 4px; border-bottom: 1px solid #cccccc; }}
td.num {{ color: #555555; font-size: 8pt; white-space: nowrap; }}
td.empty {{ background-color: #ffffff; }}
td.quarter {{ padding: 0; border: none; }}
td.review {{ font-size: 9pt; background-color: #fafafa; }}
.diff-left {{ background-color: {tint(STATES[ONLY_LEFT].hue, 0.35)}; text-decoration: underline; }}
.diff-right {{ background-color: {tint(STATES[ONLY_RIGHT].hue, 0.35)}; text-decoration: underline; }}
.note {{ font-style: italic; }}
.flag {{ color: #8a4b00; }}
.meta {{ color: #555555; font-size: 8pt; }}
table.kv td {{ padding: 2px 8px 2px 0; vertical-align: top; }}
code {{ font-family: 'DejaVu Sans Mono', Consolas, monospace; font-size: 8pt; }}
table.quotes td {{ vertical-align: top; padding: 3px 6px; border-bottom: 1px solid #cccccc; }}
{cells}
{verdicts}
"""


def render(model: ExportModel) -> str:
    """The whole export as an HTML document (article text and notes escaped)."""
    title = f"Twofold: {model.heading}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        f"<title>{_e(title)}</title>",
        f"<style>{_style()}</style></head><body>",
        f"<h1>{_e(title)}</h1>",
        f"<p><b>Left:</b> {_e(model.left_name)}<br><b>Right:</b> {_e(model.right_name)}</p>",
        _legend(),
        _summary(model.summary, model.include_unreviewed),
        _quotations(model.quotations),
        _table(model),
        _provenance(model.provenance),
        "</body></html>",
    ]
    return "\n".join(parts)


def _legend() -> str:
    cells = "".join(
        f'<td class="{kind}" width="33%"><span class="mk-{kind}">{STATES[kind].glyph}</span> '
        f"{text}</td>"
        for kind, text in (
            (PAIR, "paired: both sources report it; [P1] marks the pair on both sides"),
            (ONLY_LEFT, "only in the left source"),
            (ONLY_RIGHT, "only in the right source"),
        )
    )
    return (
        '<table class="legend" width="100%" cellspacing="4" cellpadding="4">'
        f"<tr>{cells}</tr></table>"
    )


def _summary(s: Summary, include_unreviewed: bool) -> str:
    out = ["<h2>Summary</h2>"]
    out.append(f"<p>{_e(coverage_text(s))}</p>")
    out.append(f"<p>{_e(scope_text(s, include_unreviewed))}</p>")
    counts = "".join(
        f"<tr><td>{_e(count_name(k))}</td><td align='right'>{n}</td></tr>"
        for k, n in s.label_counts.items()
    )
    out.append(f'<table class="kv">{counts}</table>')
    out.extend(_list(section) for section in sections(s))
    return "\n".join(out)


def _list(section: Section) -> str:
    out = [f"<h3>{_e(section.heading)} ({len(section.rows)})</h3>"]
    if not section.rows:
        out.append("<p class='meta'>None.</p>")
    else:
        out.append("<ul>")
        for r in section.rows:
            # The side-by-side table has the full text: here enough to recognise the item.
            if section.side == "left":
                text = _e(excerpt(r.left_text))
            elif section.side == "right":
                text = _e(excerpt(r.right_text))
            else:
                text = " · ".join(
                    f"<b>{name}:</b> {_e(excerpt(t))}"
                    for name, t in (("Left", r.left_text), ("Right", r.right_text))
                    if t
                )
            label = f" <b>{_e(r.label_text)}</b>" if r.label else ""
            note = "".join(f'<br><span class="flag">⚠ {_e(f)}</span>' for f in r.flags)
            note += f'<br><span class="note">Note: {_e(r.note)}</span>' if r.note else ""
            note += "".join(f'<br><span class="meta">{_e(x)}</span>' for x in r.closest_lines[:1])
            out.append(f"<li><span class='meta'>#{r.number}</span>{label} {text}{note}</li>")
        out.append("</ul>")
    if section.hidden:
        out.append(
            f"<p class='meta'>{section.hidden} more set aside as boilerplate or irrelevant, not listed.</p>"
        )
    return "\n".join(out)


def _marked(row: Row, texts: tuple[str, ...], side: str) -> str:
    """The text, with the words the other side says differently marked (as the window does)."""
    text = " ".join(texts)
    if not row.word_diff:
        return _e(text)
    out = []
    for piece, changed in marked_spans(text, row.word_diff, side):
        words = piece.lstrip()
        if changed and words:
            out.append(f'{_e(piece[: len(piece) - len(words)])}<span class="diff-{side}">')
            out.append(f"{_e(words)}</span>")
        else:
            out.append(_e(piece))
    return "".join(out)


def _side(row: Row, texts: tuple[str, ...], lang: str, side: str, span: int) -> str:
    if not texts:
        return f'<td class="empty" colspan="{span}"></td>'
    marker = f" [{row.marker}]" if row.marker else ""
    body = _marked(row, texts, side)
    return (
        f'<td class="{row.kind}" colspan="{span}" lang="{_e(lang)}"><span class="mk-{row.kind}">'
        f"{row.glyph}{marker}</span> {body}</td>"
    )


def _meta(row: Row) -> str:
    """Under the item's number: its score (or "by hand") and the reviewed mark."""
    meta = []
    if row.score is not None:
        meta.append("by hand" if row.manual else f"score {row.score:.0f}")
    if row.reviewed:
        meta.append(REVIEWED)
    return "".join(f"<br>{_e(m)}" for m in meta)


def _review(row: Row) -> str:
    """The journalist's label and note and the flags, as one line under the texts ("" if none)."""
    bits = []
    if row.label:
        bits.append(f"<b>{_e(row.label_text)}</b>")
    if row.note:
        bits.append(f'<span class="note">{_e(row.note)}</span>')
    bits.extend(f'<span class="flag">⚠ {_e(f)}</span>' for f in row.flags)
    return " · ".join(bits)


def _table(model: ExportModel) -> str:
    """Two text columns, each of two quarters: a pair's sentences take one column each, a
    sentence only one side has leans to its side over three quarters (the other side's blank
    still shows, without costing half the page)."""
    quarter = "<td class='quarter' width='24%'></td>"
    out = [
        "<h2>Side by side</h2>",
        '<table class="cmp" width="100%" cellspacing="0" cellpadding="4">',
        f"<thead><tr><td class='quarter' width='4%'></td>{quarter * 4}</tr>"
        "<tr><th>#</th>"
        f"<th colspan='2'>Left: {_e(model.left_name)}</th>"
        f"<th colspan='2'>Right: {_e(model.right_name)}</th></tr></thead><tbody>",
    ]
    left_lang, right_lang = model.provenance.left.language, model.provenance.right.language
    for row in model.rows:
        lean = {ONLY_LEFT: (3, 1), ONLY_RIGHT: (1, 3)}.get(row.kind, (2, 2))
        out.append(
            f'<tr><td class="num">{row.number}{_meta(row)}</td>'
            f"{_side(row, row.left_texts, left_lang, 'left', lean[0])}"
            f"{_side(row, row.right_texts, right_lang, 'right', lean[1])}</tr>"
        )
        review = _review(row)
        if review:
            out.append(f'<tr><td></td><td colspan="4" class="review">{review}</td></tr>')
    if not model.rows:
        out.append("<tr><td></td><td colspan='4'>No items to export.</td></tr>")
    out.append("</tbody></table>")
    return "\n".join(out)


def _provenance(p: Provenance) -> str:
    rows = [
        f"<tr><td>{_e(name)}</td><td>{_e(value)}</td></tr>" for name, value in provenance_lines(p)
    ]
    return f'<h2>Provenance</h2><table class="kv">{"".join(rows)}</table>'


def _verdict_class(verdict: str) -> str:
    return f"vd-{list(VERDICTS).index(verdict)}"


def _quotation(q: QuoteRow) -> str:
    other = f"<br><i>Other article:</i> {_e(q.other_text)}" if q.other_text else ""
    changes = f"<br><i>Words that differ:</i> {_e(' · '.join(q.changes))}" if q.changes else ""
    glyph, _, verdict = q.verdict_text.partition(" ")
    return (
        f'<tr><td class="num">{_e(q.label)}'
        + (f"<br>#{q.item}" if q.item is not None else "")
        + f"</td><td><b>{_e(q.speaker)}</b></td>"
        f'<td><span class="{_verdict_class(q.verdict)}">{_e(glyph)}</span> {_e(verdict)}</td>'
        f'<td class="quote">“{_e(q.text)}”{other}{changes}</td></tr>'
    )


def _quotations(rows: tuple[QuoteRow, ...]) -> str:
    out = [f"<h2>{QUOTATIONS} ({len(rows)})</h2>", f"<p>{_e(intro(rows))}</p>"]
    if rows:
        out.append(
            '<table class="quotes" width="100%" cellspacing="0" cellpadding="3">'
            "<thead><tr><th width='6%'>#</th><th width='20%'>Speaker</th>"
            "<th width='20%'>Verdict</th><th>Quotation</th></tr></thead><tbody>"
        )
        out.extend(_quotation(q) for q in rows)
        out.append("</tbody></table>")
    return "\n".join(out)
