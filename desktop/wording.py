"""Sentences the user reads, marked so the window can show them in German or English (no Qt)."""

from __future__ import annotations


class Phrase(str):
    """Reads as its English text everywhere (exports, the command line, logs); `template` and
    `values` let the window say it in the interface language (desktop/ui/i18n.py), values
    that are phrases themselves included."""

    __slots__ = ("template", "values")

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, values: dict[str, object] | None = None) -> Phrase:
        values = values or {}
        self = super().__new__(cls, template.format(**values) if values else template)
        self.template, self.values = template, values
        return self

    def __reduce__(self):
        return Phrase, (self.template, self.values)


def phrase(template: str, **values: object) -> Phrase:
    """A sentence for the user, `{name}` places filled from `values` (str.format).

    Write the template as a literal at the call, never an f-string: `make translations`
    (lupdate) collects the literals into resources/i18n/twofold_de.ts. A count that changes the
    wording takes two templates ("1 pair disagrees" / "{count} pairs disagree")."""
    return Phrase(template, values)


def reason(error: BaseException) -> str:
    """What an exception says, as the phrase it was raised with when it was raised with one."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, Phrase) else str(error)


def joined(separator: str, parts: list[str]) -> Phrase:
    """`parts` (phrases or data) joined, each part translated on its own."""
    return Phrase(
        separator.join(f"{{p{n}}}" for n in range(len(parts))),
        {f"p{n}": part for n, part in enumerate(parts)},
    )
