"""Window fixtures: isolated settings, the seed comparison opened and aligned."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from desktop.paths import SEED_LEFT, SEED_RIGHT


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    """Recent files and other settings go to a throw-away folder, never the user's."""
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings")
    )
    yield


@pytest.fixture
def make_window(qtbot):
    from desktop.ui.window import MainWindow

    def make(left=SEED_LEFT, right=SEED_RIGHT, **kwargs):
        window = MainWindow(**kwargs)
        qtbot.addWidget(window)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        if left and right:
            window.open_paths(left, right)
            qtbot.waitUntil(lambda: window.comparison is not None, timeout=20000)
        return window

    yield make


@pytest.fixture
def window(make_window):
    return make_window()


def find_sentence(article, fragment: str) -> int:
    """A sentence id by a piece of its text (splitter and aligner improve; indices move)."""
    hits = [s.id for s in article.sentences if fragment in s.text]
    assert hits, f"no sentence contains {fragment!r}"
    return hits[0]


def pytest_collection_modifyitems(items):
    # The offscreen platform cannot pass size hints to a window system, nor raise a window
    # above another, and says so each time; that is the test platform talking, not Twofold.
    for item in items:
        if "tests/ui/" in item.nodeid or "tests\\ui\\" in item.nodeid:
            item.add_marker(
                pytest.mark.qt_log_ignore(
                    "This plugin does not support propagateSizeHints",
                    "This plugin does not support raise",
                )
            )
