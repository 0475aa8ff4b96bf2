"""Bringing articles into the window: files, addresses, dropped or pasted text, the recent list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from desktop.engine.errors import InputError
from desktop.engine.load import article_from_text, load_article
from desktop.engine.models import Article
from desktop.engine.sources import HTML_SUFFIXES
from desktop.engine.sources.address import is_address
from desktop.ui import clipboard, web_open
from desktop.ui.i18n import tr

MAX_RECENT = 8
SIDES = ("left", "right")
# Reading and splitting takes about a second per megabyte: larger files load off the GUI thread,
# and so do Word, PDF and saved pages of any size: packed text, layout and markup cost more
# than their size says (half a million empty paragraphs fit in 94 KB).
BACKGROUND_BYTES = 256 * 1024
BACKGROUND_SUFFIXES = (".docx", ".pdf", *HTML_SUFFIXES)


def _recent_key(location: str) -> str:
    return location.strip() if is_address(location) else str(Path(location).resolve())


def in_background(path: str | Path) -> bool:
    """Addresses and large files are read on a worker thread, so the window keeps responding."""
    if is_address(str(path)):
        return True
    try:
        if Path(path).suffix.lower() in BACKGROUND_SUFFIXES:
            return Path(path).is_file()
        return Path(path).is_file() and Path(path).stat().st_size > BACKGROUND_BYTES
    except OSError:
        return False  # the foreground read reports the problem


class Opening:
    """The window's ways in for articles (a mixin of MainWindow: it uses `set_articles`,
    `fetcher`, `settings`, `recent_menu` and `report_error`)."""

    def open_paths(self, left: str | Path, right: str | Path) -> bool:
        """Open both files or addresses; a side that fails keeps what it showed before.

        Addresses and large files are read in the background and arrive later; other files
        are read at once."""
        loaded = {}
        fetching = 0
        for side, path in zip(SIDES, (left, right), strict=True):
            if in_background(path):
                self.fetch(side, str(path).strip())
                fetching += 1
                continue
            article = self._load(path)
            if article is not None:
                loaded[side] = article
        if loaded:
            self.set_articles(**loaded)
        if len(loaded) == 2:
            self._remember(str(left), str(right))
        return len(loaded) + fetching == 2

    def fetch(self, side: str, address: str) -> None:
        """Download an address for one side without blocking; the side changes when it arrives."""
        self.fetcher.fetch(side, address)

    def _fetched(self, side: str, article: Article) -> None:
        self.set_articles(**{side: article})
        left, right = self.articles["left"], self.articles["right"]
        if left and right and left.path and right.path:
            self._remember(left.path, right.path)

    def load_side(self, side: str, path: str | Path) -> bool:
        if in_background(path):
            self.fetch(side, str(path).strip())
            return True
        article = self._load(path)
        if article is None:
            return False
        self.set_articles(**{side: article})
        other = self.articles["right" if side == "left" else "left"]
        if other is not None and other.path:
            pair = (str(path), other.path) if side == "left" else (other.path, str(path))
            self._remember(*pair)
        return True

    def set_text(self, side: str, text: str, title: str) -> bool:
        if is_address(text):  # a dropped or pasted link: open the page it names
            self.fetch(side, text.strip())
            return True
        try:
            article = article_from_text(text, title=title)
        except InputError as exc:
            self.report_error(
                tr("Cannot use “{title}”: {problem}", title=title, problem=exc.problem)
            )
            return False
        self.set_articles(**{side: article})
        return True

    def paste_into(self, side: str) -> bool:
        return clipboard.paste_into(self, side)

    def ask_open(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self, tr("Choose two articles: left, then right"), "", web_open.open_filter()
        )
        if len(paths) == 1:
            second, _ = QFileDialog.getOpenFileName(
                self, tr("Choose the right-hand article"), "", web_open.open_filter()
            )
            paths = [paths[0], second] if second else paths
        if len(paths) >= 2:
            self.open_paths(paths[0], paths[1])
        elif len(paths) == 1:
            self.load_side("left", paths[0])

    def _load(self, path: str | Path) -> Article | None:
        try:
            return load_article(path)
        except InputError as exc:
            self.report_error(
                tr("Cannot open {name}: {problem}", name=Path(exc.source).name, problem=exc.problem)
            )
            return None

    # -- recent ----------------------------------------------------------------------------
    def recent(self) -> list[tuple[str, str]]:
        raw = self.settings.value("recent", [])
        raw = [raw] if isinstance(raw, str) else list(raw or [])
        return [tuple(entry.split("\n", 1)) for entry in raw if "\n" in entry]

    def _remember(self, left: str, right: str) -> None:
        entries = [f"{_recent_key(left)}\n{_recent_key(right)}"]
        entries += [f"{a}\n{b}" for a, b in self.recent() if f"{a}\n{b}" != entries[0]]
        self.settings.setValue("recent", entries[:MAX_RECENT])
        self._rebuild_recent()

    def _rebuild_recent(self) -> None:
        self.recent_menu.clear()
        entries = self.recent()
        for left, right in entries:
            label = f"{Path(left).name} ↔ {Path(right).name}".replace("&", "&&")
            action = self.recent_menu.addAction(label)
            action.triggered.connect(lambda _c=False, a=left, b=right: self.open_paths(a, b))
        self.recent_menu.setEnabled(bool(entries))
