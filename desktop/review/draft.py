"""A link being made by hand: the chosen left sentences and the right ones picked so far."""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.wording import phrase


@dataclass(frozen=True, slots=True)
class LinkDraft:
    """Left sentences, and a run of right ones from `candidate` (`extra` more after it) among
    `count` right sentences; every move returns a new draft."""

    left: tuple[int, ...]
    candidate: int
    count: int
    extra: int = 0

    @classmethod
    def start(cls, left: tuple[int, ...], candidate: int, count: int) -> LinkDraft:
        return cls(tuple(left), max(0, min(count - 1, candidate)), count)

    @property
    def picked(self) -> tuple[int, ...]:
        return tuple(range(self.candidate, self.candidate + self.extra + 1))

    def next(self) -> LinkDraft:
        """The right sentence after the picked ones."""
        return replace(
            self, candidate=min(self.count - 1, self.candidate + self.extra + 1), extra=0
        )

    def previous(self) -> LinkDraft:
        return replace(self, candidate=max(0, self.candidate - 1), extra=0)

    def more(self) -> LinkDraft:
        """One more right sentence (an n:m link)."""
        return replace(self, extra=min(self.count - 1 - self.candidate, self.extra + 1))

    def fewer(self) -> LinkDraft:
        return replace(self, extra=max(0, self.extra - 1))

    def pick(self, side: str, sid: int) -> LinkDraft:
        """A clicked sentence: on the left it is the one to link, on the right the partner."""
        if side == "left":
            return replace(self, left=(sid,))
        return replace(self, candidate=max(0, min(self.count - 1, sid)), extra=0)

    def describe(self) -> str:
        return phrase(
            "Linking left {left} to right {right}",
            left=numbers(self.left),
            right=numbers(self.picked),
        )


def numbers(ids: tuple[int, ...]) -> str:
    """Sentence numbers as a reader counts them: "sentence 3" or "sentences 3–5"."""
    first, last = ids[0] + 1, ids[-1] + 1
    if first == last:
        return phrase("sentence {number}", number=first)
    return phrase("sentences {first}–{last}", first=first, last=last)
