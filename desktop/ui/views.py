"""The window's views: each redraws from the workspace what an operation's Changes name."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtWidgets import QLabel, QSlider

from desktop.engine.compare import warnings
from desktop.engine.diff import marked_offsets
from desktop.engine.facts import PARTLY
from desktop.engine.items import unpaired_boilerplate
from desktop.engine.sources.address import is_address
from desktop.review.changes import Changes
from desktop.review.filtering import hidden_sentences, is_difference
from desktop.review.links import nearest, similarity
from desktop.review.ranges import selected
from desktop.review.workspace import SIDES, Workspace
from desktop.ui import provenance, theme
from desktop.ui.connector import ConnectorBand
from desktop.ui.detail import DetailPanel
from desktop.ui.i18n import tr, translated
from desktop.ui.marks import ReviewStrip
from desktop.ui.overview import OverviewStrip
from desktop.ui.pane import ArticlePane
from desktop.ui.quote_marks import item_detail
from desktop.ui.sync import ScrollSync
from desktop.ui.web_open import Fetcher


class View(Protocol):
    def refresh(self, ws: Workspace, changes: Changes) -> None: ...


def title_text(ws: Workspace, fetcher: Fetcher, side: str) -> str:
    article = ws.articles[side]
    left = side == "left"
    if article is not None:
        what = tr(
            "{name} — {count} sentences ({language})",
            name=article.name,
            count=len(article.sentences),
            language=article.language,
        )
        return tr("Left: {what}", what=what) if left else tr("Right: {what}", what=what)
    address = fetcher.address_pending(side)
    if address:  # a web page is fetched; a large local file is read in the background too
        fetching = is_address(address)
        if left and fetching:
            return tr("Left: fetching {address} …", address=address)
        if fetching:
            return tr("Right: fetching {address} …", address=address)
        if left:
            return tr("Left: reading {address} …", address=address)
        return tr("Right: reading {address} …", address=address)
    if left:
        return tr("Left: drop or paste an article here")
    return tr("Right: drop or paste an article here")


class TitlesView:
    """The line above each pane: name, sentence count, language; the tooltip says the origin."""

    def __init__(self, titles: dict[str, QLabel], fetcher: Fetcher):
        self.titles, self.fetcher = titles, fetcher

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if changes.articles:
            self.refresh_pending(ws)
            for side in SIDES:
                self.titles[side].setToolTip(provenance.tooltip(ws.articles[side]))

    def refresh_pending(self, ws: Workspace) -> None:
        """A download started or ended: an empty side says what it is fetching."""
        for side in SIDES:
            self.titles[side].setText(title_text(ws, self.fetcher, side))


class PanesView:
    """Both articles: text, state tints and glyphs, the current item, the overview strips."""

    def __init__(
        self,
        panes: dict[str, ArticlePane],
        overviews: dict[str, OverviewStrip],
        sync: ScrollSync,
        band: ConnectorBand,
    ):
        self.panes, self.overviews, self.sync, self.band = panes, overviews, sync, band

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if changes.articles:
            for side in SIDES:
                self.panes[side].set_article(ws.articles[side])
        if changes.alignment:
            self.sync.set_pairs(shown_pairs(ws))
            states = sentence_states(ws)
            spans, differing = partly_spans(ws), differing_spans(ws)
            hidden = hidden_sentences(ws.items, ws.comparison if ws.differences_only else None)
            for side in SIDES:
                self.panes[side].set_states(states[side], spans[side], differing[side])
                self.panes[side].set_hidden(hidden[side])
                self.overviews[side].refresh()
        if ws.link is not None and (changes.link or changes.selection or changes.alignment):
            self.panes["left"].set_current(ws.link.left)
            self.panes["right"].set_current(ws.link.right)
            other = self.panes[ws.link.other]  # where the partner is picked: its pick in view
            other.scroll_to_doc_y(other.doc_top(ws.link.candidate) - other.viewport().height() // 3)
            self.band.update()
        elif changes.selection or changes.alignment or changes.link:
            # The current item, or the whole run Shift+J/K selected.
            chosen = [ws.items[i] for i in selected(ws)] or [ws.current_item] * bool(
                ws.current_item
            )
            for side in SIDES:
                ids = [
                    sid for item in chosen for sid in (item.left if side == "left" else item.right)
                ]
                self.panes[side].set_current(tuple(sorted(ids)))
        if changes.reveal and ws.link is None and ws.current_item is not None:
            item = ws.current_item
            self.sync.level({"left": item.left, "right": item.right}, changes.anchor or None)
            self.band.update()


def sentence_states(ws: Workspace) -> dict[str, dict[int, tuple[str, float]]]:
    """Sentence id -> (state, strength) per side, strength a pair's closeness."""
    states: dict[str, dict[int, tuple[str, float]]] = {"left": {}, "right": {}}
    comparison = ws.comparison
    if comparison is None:
        return states
    for pair in comparison.pairs:
        state = theme.DISAGREE if pair.discrepancies else theme.PAIRED
        for i in pair.left:
            states["left"][i] = (state, pair.score / 100)
        for j in pair.right:
            states["right"][j] = (state, pair.score / 100)
    for i in comparison.unique_left:
        states["left"][i] = (theme.ONLY_LEFT, 1.0)
    for j in comparison.unique_right:
        states["right"][j] = (theme.ONLY_RIGHT, 1.0)
    for side, ids in zip(SIDES, unpaired_boilerplate(comparison), strict=True):
        for sid in ids:
            states[side][sid] = (theme.BOILERPLATE, 0.6)
    return states


def partly_spans(ws: Workspace) -> dict[str, dict[int, tuple[tuple[int, int], ...]]]:
    """Per side, the partly reported sentences and the spans the other article lacks."""
    c = ws.comparison
    out: dict[str, dict[int, tuple[tuple[int, int], ...]]] = {"left": {}, "right": {}}
    if c is None:
        return out
    for side, states, spans in (
        ("left", c.states_left, c.unique_spans_left),
        ("right", c.states_right, c.unique_spans_right),
    ):
        out[side] = {sid: spans[sid] for sid, state in enumerate(states) if state == PARTLY}
    return out


def differing_spans(ws: Workspace) -> dict[str, dict[int, tuple[tuple[int, int], ...]]]:
    """Per side, the sentences of pairs that disagree and the offsets of their differing words."""
    out: dict[str, dict[int, tuple[tuple[int, int], ...]]] = {"left": {}, "right": {}}
    c = ws.comparison
    if c is None:
        return out
    for pair in c.disagreeing:
        for side, ids in (("left", pair.left), ("right", pair.right)):
            article = c.left if side == "left" else c.right
            sentences = [article.sentences[i] for i in sorted(ids)]
            found = marked_offsets(article.text, sentences[0].start, pair.word_diff, side)
            for sentence in sentences:
                inside = tuple(
                    (max(a, sentence.start), min(b, sentence.end))
                    for a, b in found
                    if a < sentence.end and b > sentence.start
                )
                if inside:
                    out[side][sentence.id] = inside
    return out


def shown_pairs(ws: Workspace) -> tuple:
    """The pairs on screen: all, or with differences only those that are differences."""
    c = ws.comparison
    if c is None:
        return ()
    if not ws.differences_only:
        return c.pairs
    return tuple(item.pair for item in ws.items if item.pair and is_difference(item, c))


class BandView:
    def __init__(self, band: ConnectorBand):
        self.band = band

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if changes.selection or changes.alignment:
            item = ws.current_item
            self.band.set_pairs(shown_pairs(ws), item.pair if item else None)


class DetailView:
    """The detail panel's one writer: the link being made, else the current item, else what
    the window waits for (`waiting`: None when it waits for nothing)."""

    def __init__(
        self,
        detail: DetailPanel,
        link_hint: str,
        waiting: Callable[[], str | None] = lambda: None,
        link_key: str = "",
    ):
        self.detail, self.link_hint, self.waiting = detail, link_hint, waiting
        self.link_key = link_key  # the key that starts a link by hand, named beside near ones

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if not (
            changes.selection
            or changes.alignment
            or changes.annotations
            or changes.link
            or changes.quotes
        ):
            return
        if ws.link is not None:
            self.detail.show_link(
                ws.articles["left"], ws.articles["right"], ws.link, self.link_hint
            )
            return
        item = ws.current_item
        if item is None:
            self.detail.show_hint(self.waiting())
            return
        changed = [
            s for s, ids in (("left", item.left), ("right", item.right)) if ws.changed[s] & set(ids)
        ]
        computed = similarity(ws, item.left, item.right) if item.pair and item.pair.manual else None
        annotation = ws.annotations.get(item.key)
        quoted = item_detail(ws, self.detail.palette())
        near = nearest(ws, item)
        self.detail.show_item(
            ws.comparison, item, annotation, tuple(changed), computed, quoted, near, self.link_key
        )


class MarksView:
    """The review strips: label chip, note and reviewed marks beside each item's sentences."""

    def __init__(self, strips: dict[str, ReviewStrip]):
        self.strips = strips

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if not (changes.alignment or changes.annotations):
            return
        marks: dict[str, dict] = {"left": {}, "right": {}}
        for item in ws.items:
            annotation = ws.annotations.get(item.key)
            if annotation is not None:
                if item.left:
                    marks["left"][item.left[0]] = annotation
                if item.right:
                    marks["right"][item.right[0]] = annotation
        for side in SIDES:
            self.strips[side].set_marks(marks[side])
            self.strips[side].pane.gutter.set_changed(ws.changed[side])


class ProgressView:
    """ "3 / 29 reviewed" in the status bar, or why nothing is saved."""

    def __init__(self, label: QLabel):
        self.label = label

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if not (changes.annotations or changes.alignment or changes.articles):
            return
        progress = ws.progress()
        if progress is None:
            self.label.setText(tr("Not saved") if ws.problem else "")
            self.label.setToolTip(translated(ws.problem))
            return
        text = tr("{reviewed} / {total} reviewed", reviewed=progress[0], total=progress[1])
        if ws.earlier_text:
            text = tr("{progress} · {earlier}, read-only", progress=text, earlier=ws.earlier_text)
        elif ws.session.read_only:
            text = tr("{progress} · read-only", progress=text)
        self.label.setText(text)
        self.label.setToolTip(translated(ws.problem) or tr("Saved in {path}", path=ws.store.path))


class CoverageView:
    """Where the review is and how much of each article the other one has."""

    def __init__(self, label: QLabel):
        self.label = label
        self.stage = ""  # what the alignment is doing before it scores (a word list loading)

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if not (changes.selection or changes.alignment or changes.articles):
            return
        c = ws.comparison
        if c is None:
            waiting = self.stage or tr("Aligning…")
            self.label.setText(waiting if ws.ready else tr("Open two articles to compare"))
            return
        self.stage = ""
        position = ""
        if ws.current >= 0:
            position = tr("item {number} of {count} · ", number=ws.current + 1, count=len(ws.items))
        if ws.differences_only:
            position = tr("differences only · {position}", position=position)
        # Two languages, nothing shared: said before the figures.
        notes = [translated(note) for note in warnings(c)]
        if not c.pairs:
            self.label.setText(position + " · ".join(notes))
            return
        position += "".join(f"{note} · " for note in notes)
        disagree = len(c.disagreeing)
        if disagree == 0:
            disagreeing = tr("none disagree")
        elif disagree == 1:
            disagreeing = tr("1 pair disagrees")
        else:
            disagreeing = tr("{count} pairs disagree", count=disagree)
        self.label.setText(
            position
            + tr(
                "{left:.0f} % of the left article is in the right one · "
                "{right:.0f} % of the right is in the left · "
                "only left: {only_left} · only right: {only_right} · {disagreeing}",
                left=c.coverage.left_in_right * 100,
                right=c.coverage.right_in_left * 100,
                only_left=len(c.unique_left),
                only_right=len(c.unique_right),
                disagreeing=disagreeing,
            )
        )


class SliderView:
    """The sensitivity slider and its label follow the threshold (without echoing back)."""

    def __init__(self, slider: QSlider, label: QLabel):
        self.slider, self.label = slider, label

    def refresh(self, ws: Workspace, changes: Changes) -> None:
        if not (changes.alignment or changes.articles):
            return
        self.slider.blockSignals(True)
        self.slider.setValue(int(round(ws.threshold)))
        self.slider.blockSignals(False)
        pairs = len(ws.comparison.pairs) if ws.comparison else 0
        if pairs == 1:
            text = tr("links at score ≥ {threshold:.0f} · 1 pair", threshold=ws.threshold)
        else:
            text = tr(
                "links at score ≥ {threshold:.0f} · {pairs} pairs",
                threshold=ws.threshold,
                pairs=pairs,
            )
        self.label.setText(text)
