"""The working state of one comparison: articles, alignment, items, current item, its session."""

from __future__ import annotations

from pathlib import Path

from desktop.engine import limits
from desktop.engine.align import DEFAULT_THRESHOLD
from desktop.engine.clock import minutes
from desktop.engine.compare import PreparedComparison
from desktop.engine.items import Item, items
from desktop.engine.models import Article, Comparison
from desktop.review import rescue, saved
from desktop.review.changes import NOTHING, Changes
from desktop.review.draft import LinkDraft
from desktop.review.found import Found, refound
from desktop.review.history import History
from desktop.review.navigation import Navigation
from desktop.review.quote_index import QuoteList
from desktop.review.session import READ_ONLY_NEW, Session
from desktop.review.versions import ASKED, NO_CHANGE, Offer, changed_sentences
from desktop.store.anchors import Placement, combine, moved_text, place, touching
from desktop.store.errors import DatabaseLost, ReadOnlyStore, StoreError
from desktop.store.records import Annotation
from desktop.store.store import Store
from desktop.wording import phrase, reason

SIDES = ("left", "right")


class Workspace(Navigation):
    """Everything a window shows, without the window: each operation returns its Changes.

    The articles are aligned elsewhere (a background task) and handed in with `aligned`;
    thresholds, switches and hand-made links then recompute the comparison here."""

    def __init__(self) -> None:
        self.articles: dict[str, Article | None] = {"left": None, "right": None}
        self.prepared: PreparedComparison | None = None
        self.comparison: Comparison | None = None
        self.items: tuple[Item, ...] = ()
        self.current = -1
        self.range_start = -1  # Shift+J/K: the run of items from here to the current one
        self.threshold = DEFAULT_THRESHOLD
        self.include_boilerplate = False
        self.differences_only = False  # fold away what both report alike
        self.store: Store | None = None
        self.session: Session | None = None
        self.problem = ""  # why nothing is saved, when a store could not be used
        self.pending_position = ""  # the saved position, until the first alignment
        self.history = History()
        self.link: LinkDraft | None = None
        self.found = Found()  # what Ctrl+F searches for and finds
        # The question when the articles opened changed since their saved review (see
        # review/reopen.py), and per side the sentences new or edited since the earlier version.
        self.offer: Offer | None = None
        self.changed: dict[str, frozenset[int]] = NO_CHANGE
        self.view_as_earlier: int | None = None  # the next attach shows this version read-only
        self.quotes: QuoteList | None = None  # checked in the background; None until then
        self.quote = -1  # the quotation last gone to
        self._item_of: dict[tuple[str, int], int] = {}
        self._placed: tuple[tuple, Placement] | None = None

    # -- reading the state -------------------------------------------------------------------
    @property
    def ready(self) -> bool:
        """Both articles are there (and can be aligned)."""
        return self.articles["left"] is not None and self.articles["right"] is not None

    @property
    def current_item(self) -> Item | None:
        return self.items[self.current] if 0 <= self.current < len(self.items) else None

    @property
    def placement(self) -> Placement | None:
        """The saved annotations on the items shown (None when nothing is saved)."""
        if self.session is None:
            return None
        token = (id(self.items), self.session.id, self.session.version)
        if self._placed is None or self._placed[0] != token:
            keys = [item.key for item in self.items]
            self._placed = (token, place(self.session.marks, keys))
        return self._placed[1]

    @property
    def annotations(self) -> dict[str, Annotation]:
        """Item key -> what that item shows of the annotations on its sentences ({} when
        nothing is saved)."""
        placement = self.placement
        return placement.shown if placement is not None else {}

    def shown(self, key: str) -> Annotation | None:
        """What the item `key` shows (also for an item no longer on screen)."""
        if self.session is None:
            return None
        if key in self.annotations:
            return self.annotations[key]
        marks = self.session.marks
        return combine(key, [marks[a] for a in touching(marks, key)])

    def index_of(self, key: str) -> int | None:
        return next((n for n, item in enumerate(self.items) if item.key == key), None)

    def item_at(self, side: str, sid: int) -> int | None:
        """The index of the item holding this sentence, if it is one."""
        return self._item_of.get((side, sid))

    @property
    def title(self) -> str:
        """The saved comparison's title ("" when nothing is saved)."""
        return self.session.record.title if self.session is not None else ""

    def export_facts(self) -> dict[str, str]:
        """Lines an export adds to its provenance, e.g. {"Comparison": "7 (title)"}."""
        return saved.export_facts(self.session.record) if self.session is not None else {}

    def progress(self) -> tuple[int, int] | None:
        """(reviewed, total) items, or None when nothing is saved."""
        placement = self.placement
        return placement.progress if placement is not None else None

    @property
    def lost(self) -> str:
        """Why the database can no longer be written ("" while it can): deleted, replaced..."""
        return self.store.lost if self.store is not None else ""

    def refusal(self) -> str:
        """Why review actions cannot be saved now ("" when they can)."""
        if self.offer is not None:
            return ASKED
        if self.session is not None:
            if self.session.earlier:
                return phrase(
                    "This is the {earlier}, shown read-only; nothing is saved.",
                    earlier=self.earlier_text,
                )
            if self.session.read_only:
                return reason(ReadOnlyStore(self.store.why_read_only))
            return self.lost
        if self.comparison is None:
            return phrase("Open two articles first.")
        return self.problem or phrase("Reviews are not saved in this window.")

    # -- the database ------------------------------------------------------------------------
    def use_store(self, store: Store | None, message: str = "") -> Changes:
        """The database to save to (None: none could be used; `message` says why)."""
        self.store = store
        self.problem = message if store is None else ""
        changes = Changes(annotations=True, problem=message)
        if self.ready:
            changes = changes | self._attach() | self.realign()
        return changes

    def check_store(self) -> Changes:
        """Look at the database file now: gone, replaced or read-only is said once."""
        if self.store is None or self.store.read_only or self.lost:
            return NOTHING
        problem = self.store.check()
        return Changes(annotations=True, problem=problem) if problem else NOTHING

    def save_to(self, path: str | Path) -> Changes:
        """Save the review to a new database file and go on saving there."""
        if self.session is None:
            return Changes(refused=phrase("There is no saved review in this window to save."))
        left, right = self.articles["left"], self.articles["right"]
        try:
            session = rescue.save_to(self.store, self.session, left, right, Path(path))
        except (StoreError, OSError) as error:
            return Changes(problem=rescue.not_saved(path, error))
        self.store.close()
        self.store, self.session, self.problem = session.store, session, ""
        self.history.clear()  # its steps write to the old file
        return Changes(annotations=True, done=rescue.saved_in(path))

    def close(self) -> None:
        self.session = None
        self.history.clear()
        if self.store is not None:
            self.store.close()
            self.store = None

    @property
    def earlier_text(self) -> str:
        """ "earlier version, from 2026-11-23 10:20 UTC" while one is shown, else ""."""
        if self.session is None or not self.session.earlier:
            return ""
        return phrase("earlier version, from {when}", when=minutes(self.session.record.created))

    def _attach(self) -> Changes:
        """Both articles are set: resume (or start) their saved comparison before aligning;
        articles that changed since their saved review ask first (`offer`, Changes.ask)."""
        self.history.clear()
        self.session, self.offer, self.changed = None, None, NO_CHANGE
        self.pending_position = ""
        earlier, self.view_as_earlier = self.view_as_earlier, None
        if self.store is None or not self.ready:
            return NOTHING
        left, right = self.articles["left"], self.articles["right"]
        try:
            if earlier is not None:
                self.session = Session.earlier_version(self.store, earlier)
            else:
                self.offer = Session.offer(self.store, left, right)
                if self.offer is not None:
                    return Changes(annotations=True, ask=True)
                self.session = Session.attach(self.store, left, right)
        except ReadOnlyStore:
            self.problem = READ_ONLY_NEW
            return Changes(notice=self.problem)
        except StoreError as error:
            self.problem = phrase("{error} Nothing is saved in this window.", error=reason(error))
            return Changes(problem=self.problem)
        return self.resumed()

    def resumed(self) -> Changes:
        """The session is open: the sentences its review used, where it stopped, what changed."""
        record = self.session.record
        for side, article_id in zip(
            SIDES, (record.left_article_id, record.right_article_id), strict=True
        ):
            stored = self.store.article(article_id)
            self.articles[side] = saved.reviewed_sentences(self.articles[side], stored)
        if self.quotes is not None:  # the saved review's sentences may differ
            self.quotes.place(self.articles["left"], self.articles["right"])
        self.pending_position = record.position
        self.threshold = max(0.0, min(100.0, float(record.threshold)))
        self.changed = changed_sentences(self.store, record)
        return Changes(alignment=True, annotations=True, notice=self.session.carried)

    def open_saved(self, comparison_id: int) -> Changes:
        """A saved comparison from its stored articles (the sentences it was reviewed with)."""
        try:
            record = self.store.comparison(comparison_id)
            left, right = saved.saved_articles(self.store, record)
        except StoreError as error:
            return Changes(problem=reason(error))
        return self.set_articles(left=left, right=right)

    def comparison_renamed(self, comparison_id: int) -> Changes:
        if self.session is not None and self.session.id == comparison_id:
            self.session.record = self.store.comparison(comparison_id)
        return NOTHING

    def comparison_deleted(self, comparison_id: int) -> Changes:
        """The comparison shown was deleted: keep showing it, saving nothing more."""
        if self.session is None or self.session.id != comparison_id:
            return NOTHING
        self.session = None
        self.history.clear()
        self.problem = phrase(
            "This comparison was deleted from the library; changes are not saved."
        )
        return Changes(annotations=True)

    # -- articles and alignment --------------------------------------------------------------
    def set_articles(self, left: Article | None = None, right: Article | None = None) -> Changes:
        """New article(s): the old alignment goes; the pair's saved review is resumed."""
        if left is not None:
            self.articles["left"] = left
        if right is not None:
            self.articles["right"] = right
        self.prepared = None
        self.comparison = None
        self.items = ()
        self.current = -1
        self._item_of = {}
        self.link, self.quotes, self.quote = None, None, -1
        self.found = refound(self.found, self.articles, self.item_at)
        changes = Changes(
            articles=True,
            alignment=True,
            selection=True,
            annotations=True,
            link=True,
            find=True,
            quotes=True,
        )
        if self.ready:
            changes = changes | self._attach()
        return changes

    def swap_sides(self) -> Changes:
        left, right = self.articles["left"], self.articles["right"]
        if left is None or right is None:
            return NOTHING
        return self.set_articles(left=right, right=left)

    def aligned(self, prepared: PreparedComparison) -> Changes:
        """The background alignment is done: show it, at the saved position the first time."""
        self.prepared = prepared
        changes = self.realign()
        note = limits.cut_note(prepared.left, prepared.right)
        if note:  # said when the alignment arrives (a notice of the review's own goes first)
            changes = Changes(notice=note) | changes
        if self.pending_position:
            position, self.pending_position = self.pending_position, ""
            index = self.index_of(position)
            if index is not None:
                changes = changes | self.select(index)
        return changes

    def set_threshold(self, threshold: float) -> Changes:
        threshold = max(0.0, min(100.0, float(threshold)))
        if threshold == self.threshold and self.comparison is not None:
            return NOTHING
        self.threshold = threshold
        if self.prepared is None:
            return Changes(alignment=True)
        return self.realign() | self._moved()

    def set_include_boilerplate(self, include: bool) -> Changes:
        """Count furniture sentences (donation appeals, credits) in coverage and as unique."""
        self.include_boilerplate = include
        return Changes(alignment=True) | self.realign() | self._moved()

    def _moved(self) -> Changes:
        """Say so when annotations now sit on merged or split items."""
        placement = self.placement
        if placement is None:
            return NOTHING
        text = moved_text(placement, self.session.marks)
        return Changes(notice=text) if text else NOTHING

    def realign(self) -> Changes:
        """Recompute the comparison (hand-made links and unlinks included) if it is aligned;
        the current item stays where it was, and the alignment is saved."""
        if self.prepared is None:
            return NOTHING
        item = self.current_item
        anchor = None
        if item is not None:
            anchor = ("left", item.left[0]) if item.left else ("right", item.right[0])
        overrides = self.session.overrides() if self.session is not None else {}
        self.comparison = self.prepared.at(
            self.threshold, include_boilerplate=self.include_boilerplate, **overrides
        )
        self.items = items(self.comparison)
        self._item_of = {}
        for index, each in enumerate(self.items):
            for i in each.left:
                self._item_of[("left", i)] = index
            for j in each.right:
                self._item_of[("right", j)] = index
        self.current = self._item_of.get(anchor, -1) if anchor else -1
        self.range_start = -1
        self.found = refound(self.found, self.articles, self.item_at)
        changes = Changes(alignment=True, selection=True, annotations=True, find=True)
        if self.session is not None and not self.session.read_only and not self.lost:
            try:
                self.session.save_alignment(self.comparison, self.items)
            except DatabaseLost as error:
                changes = changes | Changes(problem=reason(error))
            except StoreError as error:
                changes = changes | Changes(
                    notice=phrase("The alignment was not saved: {error}", error=reason(error))
                )
        return changes | self._remember()

    # -- the current item --------------------------------------------------------------------
    def select(self, index: int, anchor: str = "") -> Changes:
        """Make item `index` current and bring it into view (kept still on `anchor`'s side)."""
        if not self.items:
            return NOTHING
        self.current = max(0, min(len(self.items) - 1, index))
        self.range_start = -1  # a run is extended with review/ranges.extend only
        return Changes(selection=True, reveal=True, anchor=anchor) | self._remember()

    def select_sentence(self, side: str, sid: int) -> Changes:
        index = self.item_at(side, sid)
        return self.select(index, anchor=side) if index is not None else NOTHING

    def target(self) -> tuple[Item | None, Changes]:
        """The item a review action acts on: the current one, else the first (selected)."""
        changes = self.select(0) if self.current_item is None else NOTHING
        return self.current_item, changes

    def _remember(self) -> Changes:
        """Save the position, to come back to it when the comparison is reopened."""
        session, item = self.session, self.current_item
        if session is None or session.read_only or self.lost or self.pending_position or not item:
            return NOTHING
        try:
            session.set_position(item.key)
        except DatabaseLost as error:
            return Changes(problem=reason(error))
        except StoreError as error:
            return Changes(
                notice=phrase("The position was not saved: {error}", error=reason(error))
            )
        return NOTHING
