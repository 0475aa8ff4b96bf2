"""A link being made by hand: the chosen sentences of one side and those picked on the other."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True, slots=True)
class LinkDraft:
    """`fixed` sentences of `side`, and a run of the other side's from `candidate` (`extra`
    more after it) among its `count` sentences; every move returns a new draft."""

    fixed: tuple[int, ...]
    candidate: int
    count: int
    extra: int = 0
    side: str = "left"  # whose sentences are fixed: linking starts from this pane

    @classmethod
    def start(
        cls, fixed: tuple[int, ...], candidate: int, count: int, side: str = "left"
    ) -> LinkDraft:
        return cls(tuple(fixed), max(0, min(count - 1, candidate)), count, side=side)

    @property
    def other(self) -> str:
        """The side whose sentences are picked."""
        return "right" if self.side == "left" else "left"

    @property
    def picked(self) -> tuple[int, ...]:
        return tuple(range(self.candidate, self.candidate + self.extra + 1))

    @property
    def left(self) -> tuple[int, ...]:
        return self.fixed if self.side == "left" else self.picked

    @property
    def right(self) -> tuple[int, ...]:
        return self.picked if self.side == "left" else self.fixed

    def next(self) -> LinkDraft:
        """The sentence after the picked ones."""
        return replace(
            self, candidate=min(self.count - 1, self.candidate + self.extra + 1), extra=0
        )

    def previous(self) -> LinkDraft:
        return replace(self, candidate=max(0, self.candidate - 1), extra=0)

    def more(self) -> LinkDraft:
        """One more sentence picked (an n:m link)."""
        return replace(self, extra=min(self.count - 1 - self.candidate, self.extra + 1))

    def fewer(self) -> LinkDraft:
        return replace(self, extra=max(0, self.extra - 1))

    def pick(self, side: str, sid: int) -> LinkDraft:
        """A clicked sentence: on the fixed side it is the one to link, on the other the partner."""
        if side == self.side:
            return replace(self, fixed=(sid,))
        return replace(self, candidate=max(0, min(self.count - 1, sid)), extra=0)

    def describe(self) -> str:
        return f"Linking left {numbers(self.left)} to right {numbers(self.right)}"


def numbers(ids: tuple[int, ...]) -> str:
    """Sentence numbers as a reader counts them: "sentence 3" or "sentences 3–5"."""
    first, last = ids[0] + 1, ids[-1] + 1
    return f"sentence {first}" if first == last else f"sentences {first}–{last}"
