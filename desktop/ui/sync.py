"""Keeps the two panes scrolled so that linked sentences sit level with each other."""

from __future__ import annotations

from desktop.engine.models import Pair
from desktop.ui.pane import ArticlePane

LEVEL = 1 / 3  # the current item sits a third of the way down both panes


class ScrollSync:
    """Maps a scroll position in one pane to the other through the pairs (like a diff viewer):
    between two pairs the other pane moves proportionally, at a pair both are level."""

    def __init__(self, left: ArticlePane, right: ArticlePane):
        self.panes = {"left": left, "right": right}
        self.pairs: tuple[Pair, ...] = ()
        self._anchors: list[tuple[int, int]] | None = None
        self._busy = False  # our own scrolling must not echo back
        for pane in (left, right):
            pane.geometryChanged.connect(self.invalidate)

    def set_pairs(self, pairs: tuple[Pair, ...]) -> None:
        self.pairs = pairs
        self.invalidate()

    def invalidate(self) -> None:
        self._anchors = None

    def anchors(self) -> list[tuple[int, int]]:
        """(left doc y, right doc y) per pair, kept monotonic, with both ends added."""
        if self._anchors is None:
            left, right = self.panes["left"], self.panes["right"]
            points = [(0, 0)]
            if left.article and right.article:
                for pair in self.pairs:
                    ly, ry = left.doc_top(pair.left[0]), right.doc_top(pair.right[0])
                    # Crossing pairs (reordered content) cannot all be level; keep the first.
                    if ly >= points[-1][0] and ry >= points[-1][1]:
                        points.append((ly, ry))
            lbar, rbar = left.verticalScrollBar(), right.verticalScrollBar()
            end = (lbar.maximum() + lbar.pageStep(), rbar.maximum() + rbar.pageStep())
            if end[0] >= points[-1][0] and end[1] >= points[-1][1]:
                points.append(end)
            self._anchors = points
        return self._anchors

    def follow(self, side: str) -> None:
        """The user scrolled `side`; bring the other pane along."""
        if self._busy:
            return
        self._busy = True
        try:
            self._align(self.panes[side], self.panes["right" if side == "left" else "left"])
        finally:
            self._busy = False

    def level(self, ids: dict[str, tuple[int, ...]], anchor_side: str | None = None) -> None:
        """Scroll so these sentences (per side) sit level. A clicked pane stays put if it can;
        otherwise they go a third of the way down, or as near to that as both panes can scroll."""
        shown = [side for side in ("left", "right") if ids.get(side)]
        if not shown:
            return
        panes = [self.panes[side] for side in shown]
        tops = [pane.doc_top(ids[side][0]) for side, pane in zip(shown, panes, strict=True)]
        if anchor_side in shown:
            wanted = self.panes[anchor_side].sentence_rect(ids[anchor_side][0]).top()
        else:
            wanted = int(panes[0].viewport().height() * LEVEL)
        # y is where the sentences land in the viewport; each pane can only scroll 0..maximum.
        low = max(
            top - pane.verticalScrollBar().maximum() for top, pane in zip(tops, panes, strict=True)
        )
        high = min(tops)
        y = max(low, min(high, wanted)) if low <= high else wanted
        self._busy = True
        try:
            for top, pane in zip(tops, panes, strict=True):
                pane.scroll_to_doc_y(top - y)
            if len(panes) == 1:
                self._align(panes[0], self.panes["right" if shown[0] == "left" else "left"])
        finally:
            self._busy = False

    def _align(self, src: ArticlePane, dst: ArticlePane) -> None:
        if not (src.article and dst.article):
            return
        points = self.anchors()
        if src.side == "right":
            points = [(b, a) for a, b in points]
        ref = src.verticalScrollBar().value() + src.viewport().height() * LEVEL
        mapped = points[-1][1]
        for (a0, b0), (a1, b1) in zip(points, points[1:], strict=False):
            if a0 <= ref <= a1:
                mapped = b0 + (b1 - b0) * ((ref - a0) / (a1 - a0) if a1 > a0 else 0)
                break
        dst.scroll_to_doc_y(mapped - dst.viewport().height() * LEVEL)
