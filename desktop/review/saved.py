"""Reopening a saved comparison: its stored articles, hand-made links and annotations."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.engine.boilerplate import boilerplate_ids
from desktop.engine.compare import PreparedComparison
from desktop.engine.items import items
from desktop.engine.models import Article, Comparison
from desktop.store.anchors import place
from desktop.store.records import Annotation, ComparisonRecord
from desktop.store.store import Store


@dataclass(frozen=True, slots=True)
class Saved:
    """A saved comparison rebuilt as the window shows it."""

    record: ComparisonRecord
    comparison: Comparison
    annotations: dict[str, Annotation]  # item key -> what the item shows

    @property
    def facts(self) -> dict[str, str]:
        return export_facts(self.record)


def export_facts(record: ComparisonRecord) -> dict[str, str]:
    """What an export adds to its provenance about the saved comparison it shows."""
    return {"Comparison": f"{record.id} ({record.title})"}


def stored_article(store: Store, article_id: int) -> Article:
    """A stored article with the sentences it was reviewed with and its boilerplate marked
    (the store keeps sentences, not which of them are furniture)."""
    article = store.article(article_id)
    return replace(article, boilerplate=_boilerplate(article))


def reviewed_sentences(loaded: Article, stored: Article) -> Article:
    """The loaded article, with the sentences its saved review used if splitting changed since
    (item keys name sentence ids)."""
    if [(s.start, s.end) for s in loaded.sentences] == [(s.start, s.end) for s in stored.sentences]:
        return loaded
    return replace(loaded, sentences=stored.sentences, boilerplate=_boilerplate(stored))


def _boilerplate(article: Article) -> frozenset[int]:
    return boilerplate_ids([s.text for s in article.sentences], article.language)


def saved_articles(store: Store, record: ComparisonRecord) -> tuple[Article, Article]:
    return (
        stored_article(store, record.left_article_id),
        stored_article(store, record.right_article_id),
    )


def overrides(store: Store, comparison_id: int) -> dict[str, object]:
    """Keyword arguments for PreparedComparison.at: hand-made links and unlinks."""
    return {
        "manual": store.manual_links(comparison_id),
        "unlinked": store.unlinks(comparison_id),
    }


def rebuild(store: Store, comparison_id: int, include_boilerplate: bool = False) -> Saved:
    """The saved comparison at its threshold, with its overrides, as the window would show it."""
    record = store.comparison(comparison_id)
    left, right = saved_articles(store, record)
    comparison = PreparedComparison(left, right).at(
        record.threshold, include_boilerplate=include_boilerplate, **overrides(store, record.id)
    )
    keys = [item.key for item in items(comparison)]
    return Saved(record, comparison, place(store.annotations(record.id), keys).shown)
