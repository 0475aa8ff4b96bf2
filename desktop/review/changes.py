"""What an operation changed, so each view redraws only what it has to (like Anki's OpChanges)."""

from __future__ import annotations

from dataclasses import dataclass, fields

FLAGS = ("articles", "alignment", "selection", "annotations", "link", "find", "ask", "quotes")
MESSAGES = ("done", "notice", "refused", "problem")


@dataclass(frozen=True, slots=True)
class Changes:
    """Flags an operation returns, and what to tell the user about it.

    Flags name the state that changed: `articles` (which articles are shown), `alignment` (the
    comparison, its threshold and switches), `selection` (the current item), `annotations`
    (labels, notes, reviewed marks, progress), `link` (linking by hand started, moved or ended),
    `find` (what is searched for, its matches and the current one),
    `quotes` (the quotations were checked, or another one was gone to).
    `reveal` asks the panes to bring the current item into view, kept still on `anchor`'s side.
    `ask`: the workspace has a question for the user (`offer`: the articles changed since their
    saved review).

    Messages: `done` names an action committed to the store; `notice` is information;
    `refused` says why nothing was done; `problem` is an error the user has to see."""

    articles: bool = False
    alignment: bool = False
    selection: bool = False
    annotations: bool = False
    link: bool = False
    find: bool = False
    ask: bool = False
    quotes: bool = False
    reveal: bool = False
    anchor: str = ""
    done: str = ""
    notice: str = ""
    refused: str = ""
    problem: str = ""

    def __or__(self, other: Changes) -> Changes:
        """Both operations' changes; of two messages of one kind the later one wins."""
        merged = {}
        for f in fields(self):
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            merged[f.name] = (mine or theirs) if isinstance(mine, bool) else (theirs or mine)
        return Changes(**merged)

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in FLAGS)

    @property
    def message(self) -> str:
        """The one line the status bar shows for this change, if any."""
        return self.problem or self.refused or self.notice or self.done


NOTHING = Changes()
