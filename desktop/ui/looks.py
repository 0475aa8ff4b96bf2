"""How text looks in a pane: one character format per state, kept per palette.

Every format sets its text colour for its background (theme.text_on), so each state keeps
4.5:1 contrast in any palette, and has an underline style of its own, so none relies on
colour alone."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette, QTextCharFormat

from desktop.ui import theme

Line = QTextCharFormat.UnderlineStyle
# Solid for pairs, dashed for pairs that disagree, dotted for boilerplate, wavy for what only
# one side says (a whole sentence, or the unique part of a partly reported one).
UNDERLINES = {
    theme.PAIRED: Line.SingleUnderline,
    theme.DISAGREE: Line.DashUnderline,
    theme.BOILERPLATE: Line.DotLine,
    theme.ONLY_LEFT: Line.WaveUnderline,
    theme.ONLY_RIGHT: Line.WaveUnderline,
}
SPAN_LINE = Line.WaveUnderline  # the unique part of a partly reported sentence
DIFFERS_LINE = Line.DashDotLine  # the words a disagreeing pair states differently
MATCH_LINE = Line.DashDotDotLine  # a find match


class Looks:
    """Formats made once per look and palette, shared by every sentence that has it."""

    def __init__(self) -> None:
        self._made: dict[tuple, QTextCharFormat] = {}

    def _format(
        self,
        palette: QPalette,
        background: QColor,
        line: Line,
        line_colour: QColor,
        under: QColor | None = None,
    ) -> QTextCharFormat:
        # Opaque, composed over what lies under it (the page, or the current item's stroke for
        # the words marked inside it): the text colour is chosen for what is really shown.
        shown = theme.over(background, under or theme.page(palette))
        fmt = QTextCharFormat()
        fmt.setBackground(shown)
        fmt.setForeground(theme.text_on(shown, palette))
        fmt.setUnderlineStyle(line)
        fmt.setUnderlineColor(line_colour)
        return fmt

    def _cached(self, key: tuple, palette: QPalette, make) -> QTextCharFormat:
        key = (*key, palette.cacheKey())
        fmt = self._made.get(key)
        if fmt is None:
            fmt = self._made[key] = make()
        return fmt

    def sentence(
        self, state: str, strength: float, chosen: bool, palette: QPalette
    ) -> QTextCharFormat:
        """A whole sentence in `state` (strength: a pair's closeness); `chosen`: it is part
        of the current item, which is highlighted whatever its state."""

        def make() -> QTextCharFormat:
            background = (
                theme.current_tint(palette) if chosen else theme.tint(state, strength, palette)
            )
            fmt = self._format(
                palette, background, UNDERLINES[state], theme.marker_colour(state, palette)
            )
            if state == theme.BOILERPLATE and not chosen:
                # Present, not a finding: greyed, as far as contrast allows.
                fmt.setForeground(theme.muted_text(palette, fmt.background().color()))
            return fmt

        return self._cached(("sentence", state, round(strength, 2), chosen), palette, make)

    def span(self, only: str, chosen: bool, palette: QPalette) -> QTextCharFormat:
        """The part of a partly reported sentence the other article does not report; in the
        current item only its line, so the item reads as one highlighted run."""
        return self._cached(
            ("span", only, chosen),
            palette,
            lambda: self._format(
                palette,
                theme.current_tint(palette) if chosen else theme.strong_tint(only, palette),
                SPAN_LINE,
                theme.marker_colour(only, palette),
            ),
        )

    def differs(self, chosen: bool, palette: QPalette) -> QTextCharFormat:
        """The words of a disagreeing pair that the other side states differently, marked
        strongly in the current item too."""
        under = theme.over(theme.current_tint(palette), theme.page(palette)) if chosen else None
        return self._cached(
            ("differs", chosen),
            palette,
            lambda: self._format(
                palette,
                theme.strong_tint(theme.DISAGREE, palette),
                DIFFERS_LINE,
                theme.marker_colour(theme.DISAGREE, palette),
                under,
            ),
        )

    def match(self, current: bool, palette: QPalette) -> QTextCharFormat:
        """A find match: the palette's selection colour; the current match inverted (text
        colour as background), so it stands out from the others and from any state."""

        def make() -> QTextCharFormat:
            if not current:
                highlight = palette.color(QPalette.ColorRole.Highlight)
                return self._format(palette, highlight, MATCH_LINE, theme.frame_colour(palette))
            fmt = self._format(
                palette, theme.frame_colour(palette), MATCH_LINE, theme.page(palette)
            )
            fmt.setForeground(theme.page(palette))
            return fmt

        return self._cached(("match", current), palette, make)

    def folded(self, palette: QPalette) -> QTextCharFormat:
        """The line that stands for sentences folded away: greyed, dotted."""

        def make() -> QTextCharFormat:
            fmt = self._format(
                palette, theme.page(palette), Line.DotLine, theme.muted_text(palette)
            )
            fmt.setForeground(theme.muted_text(palette))
            return fmt

        return self._cached(("folded",), palette, make)

    def all_formats(self, palette: QPalette) -> list[tuple[str, QTextCharFormat]]:
        """Every look a pane can draw, named (for the contrast test and the legend)."""
        out = []
        for state in theme.STATES:
            for strength in (0.0, 0.3, 0.6, 1.0):
                for chosen in (False, True):
                    name = f"{state} {strength:.1f}" + (" current" if chosen else "")
                    out.append((name, self.sentence(state, strength, chosen, palette)))
        for only in theme.UNIQUE:
            out.append((f"{only} part", self.span(only, False, palette)))
            out.append((f"{only} part current", self.span(only, True, palette)))
        out.append(("differing words", self.differs(False, palette)))
        out.append(("differing words current", self.differs(True, palette)))
        out += [
            ("find match", self.match(False, palette)),
            ("current match", self.match(True, palette)),
        ]
        return out
