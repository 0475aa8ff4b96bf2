"""Where an article came from, as the tooltip on its pane's title (every value escaped)."""

from __future__ import annotations

from html import escape

from desktop.engine.fingerprint import fingerprint
from desktop.engine.models import Article
from desktop.engine.sources.address import is_address
from desktop.ui.i18n import tr


def facts(article: Article) -> list[tuple[str, str]]:
    """(label, value) lines: source, final address, when read, title, author, date, site, hash."""
    p = article.provenance
    lines: list[tuple[str, str]] = []
    if p is None or not p.location:
        lines.append((tr("Source"), tr("typed, pasted or dropped text (no file)")))
    elif is_address(p.location):
        lines.append((tr("Address"), p.location))
    elif p.location.startswith("pasted"):
        lines.append((tr("Source"), tr("{what} from the clipboard", what=p.location)))
    else:
        lines.append((tr("File"), p.location))
    if p is not None:
        if p.final_url and p.final_url != p.location:
            lines.append((tr("Final address"), p.final_url))
        for label, value in (
            (tr("Read"), p.fetched),
            (tr("Title"), p.title),
            (tr("Author"), p.author),
            (tr("Published"), p.date),
            (tr("Site"), p.site),
            (tr("Type"), p.content_type),
        ):
            if value:
                lines.append((label, value))
    lines.append(
        (
            tr("Language"),
            tr(
                "{language}, {count} sentences",
                language=article.language,
                count=len(article.sentences),
            ),
        )
    )
    lines.append(("SHA-256", (p.sha256 if p is not None else "") or fingerprint(article.text)))
    return lines


def tooltip(article: Article | None) -> str:
    """Rich text for QLabel.setToolTip: a two-column table; titles and addresses are data,
    so `<b>` in a page title shows as typed."""
    if article is None:
        return tr("Open a file (Ctrl+O), a web address (Ctrl+Shift+O), drop one here or paste text")
    rows = "".join(
        f"<tr><td><b>{escape(label)}</b>&nbsp;</td><td>{escape(value)}</td></tr>"
        for label, value in facts(article)
    )
    return f"<qt><table>{rows}</table></qt>"
