"""Reopening a saved comparison: the same comparison the window showed, boilerplate included."""

from __future__ import annotations

from desktop.review import annotate, links, saved


def test_rebuild_is_what_the_window_showed(ws):
    ws.select(0)
    annotate.toggle_label(ws, "4")
    lonely = next(n for n, item in enumerate(ws.items) if item.kind == "left")
    links.link(ws, ws.items[lonely].left, (0,))
    again = saved.rebuild(ws.store, ws.session.id)
    assert again.comparison.pairs == ws.comparison.pairs
    assert again.comparison.unique_left == ws.comparison.unique_left
    assert again.comparison.unique_right == ws.comparison.unique_right
    assert again.annotations == ws.annotations
    assert again.facts == ws.export_facts() == {"Comparison": f"1 ({ws.session.record.title})"}


def test_rebuild_knows_the_boilerplate(ws):
    # Stored articles keep sentences, not which are furniture: rebuilding must find it again.
    assert ws.articles["left"].boilerplate | ws.articles["right"].boilerplate
    again = saved.rebuild(ws.store, ws.session.id)
    assert again.comparison.left.boilerplate == ws.articles["left"].boilerplate
    assert again.comparison.right.boilerplate == ws.articles["right"].boilerplate


def test_open_saved_puts_the_stored_articles_in_the_workspace(ws):
    comparison_id = ws.session.id
    ws.swap_sides()
    changes = ws.open_saved(comparison_id)
    assert changes.articles and ws.session.id == comparison_id
    assert ws.open_saved(99).problem.startswith("Comparison 99")
