"""Moving through the items: next and previous, the next unique sentence, disagreeing pair or
one-sided sentence worth checking, and only the items shown while differences only is on (a
mixin of the Workspace)."""

from __future__ import annotations

from desktop.engine.items import to_check
from desktop.review.changes import NOTHING, Changes
from desktop.review.filtering import is_difference
from desktop.wording import phrase


class Navigation:
    """Uses the workspace's `items`, `current`, `comparison`, `differences_only` and
    `select`."""

    def move(self, step: int) -> Changes:
        if not self.items:
            return NOTHING
        if self.differences_only:  # the folded items are skipped
            shown = self.shown_items()
            if not shown:
                return Changes(notice=phrase("The articles differ nowhere at this sensitivity"))
            if self.current < 0:
                return self.select(shown[0] if step > 0 else shown[-1])
            ahead = [i for i in shown if (i - self.current) * step > 0]
            return self.select((min if step > 0 else max)(ahead, default=self.current))
        if self.current < 0:
            return self.select(0 if step > 0 else len(self.items) - 1)
        return self.select(self.current + step)

    def shown_items(self) -> list[int]:
        """The indices of the items the window shows (all, unless differences only)."""
        c = self.comparison
        if not self.differences_only or c is None:
            return list(range(len(self.items)))
        return [n for n, item in enumerate(self.items) if is_difference(item, c)]

    def move_unique(self, step: int) -> Changes:
        unique = [i for i, item in enumerate(self.items) if item.pair is None]
        if not unique:
            return Changes(notice=phrase("Every sentence has a partner at this sensitivity"))
        return self._move_among(unique, step)

    def move_disagreeing(self, step: int) -> Changes:
        """To the next (previous) pair whose sentences state something differently."""
        found = [i for i, item in enumerate(self.items) if item.pair and item.pair.discrepancies]
        if not found:
            return Changes(notice=phrase("No pair disagrees at this sensitivity"))
        return self._move_among(found, step)

    def move_to_check(self, step: int) -> Changes:
        """To the next (previous) sentence only one article has whose closest sentence in the
        other came near to being linked: the likeliest missed links (align.worth_checking)."""
        found = [i for i, item in enumerate(self.items) if self.worth_checking(item)]
        if not found:
            return Changes(notice=phrase("No one-sided sentence came close to a link"))
        return self._move_among(found, step)

    def worth_checking(self, item) -> bool:
        """A one-sided, non-boilerplate item whose closest sentence came close to a link."""
        return self.comparison is not None and to_check(self.comparison, item)

    def _move_among(self, indices: list[int], step: int) -> Changes:
        """To the first of `indices` after (before) the current item, wrapping around."""
        if step > 0:
            later = [i for i in indices if i > self.current]
            return self.select(later[0] if later else indices[0])
        earlier = [i for i in indices if i < self.current] if self.current >= 0 else []
        return self.select(earlier[-1] if earlier else indices[-1])
