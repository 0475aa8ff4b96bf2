"""`twofold --self-test`: open the sample comparison offscreen, align, export HTML, check it."""

from __future__ import annotations

import os
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

# Runs on machines without a screen (right after installing, over ssh, in CI).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402

from desktop import __version__  # noqa: E402
from desktop.paths import SEED_LEFT, SEED_RIGHT  # noqa: E402

TIMEOUT_MS = 60_000
LEFT_ONLY = "Drogenbekämpfungsbehörde DEA"
RIGHT_ONLY = "öffentliche Gesundheit"


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.parts: list[str] = []
        self.tags: set[str] = set()

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)

    def handle_data(self, data):
        self.parts.append(data)


def _say(ok: bool, what: str) -> bool:
    print(f"{'ok  ' if ok else 'FAIL'} {what}", flush=True)
    return ok


def run_self_test() -> int:
    """Exit code 0 when every check passes; each check prints one line."""
    from desktop import export
    from desktop.ui.main import application
    from desktop.ui.window import MainWindow

    print(f"Twofold {__version__} self-test", flush=True)
    app = application()
    window = MainWindow()
    loop = QEventLoop()
    timer = QTimer(singleShot=True, interval=TIMEOUT_MS)
    timer.timeout.connect(loop.quit)
    window.runner.done.connect(lambda *_: QTimer.singleShot(0, loop.quit))
    window.runner.failed.connect(lambda *_: loop.quit())
    timer.start()
    opened = window.open_paths(SEED_LEFT, SEED_RIGHT)
    if opened and window.comparison is None:
        loop.exec()
    app.processEvents()
    c = window.comparison
    checks = [_say(opened, f"sample articles opened ({SEED_LEFT.name}, {SEED_RIGHT.name})")]
    checks.append(_say(c is not None and len(c.pairs) > 0, "aligned in the background"))
    if c is None:
        return 1
    left = {c.left.sentences[i].text for i in c.unique_left}
    right = {c.right.sentences[j].text for j in c.unique_right}
    checks.append(_say(any(LEFT_ONLY in t for t in left), "DEA/Sinaloa sentence only in the left"))
    checks.append(
        _say(any(RIGHT_ONLY in t for t in right), "public-health plans only in the right")
    )
    with tempfile.TemporaryDirectory(prefix="twofold-selftest-") as tmp:
        path = export.write(export.ExportRequest(c), Path(tmp) / "self-test.html", "html")
        parser = _Text()
        parser.feed(path.read_text(encoding="utf-8"))
        text = " ".join(" ".join(parser.parts).split())
        checks.append(
            _say(
                "Außenminister" in text and LEFT_ONLY in text and "script" not in parser.tags,
                f"HTML export written and read back ({path.stat().st_size:,} bytes)",
            )
        )
    window.close()
    passed = all(checks)
    print("Self-test passed." if passed else "Self-test FAILED.", flush=True)
    return 0 if passed else 1


if __name__ == "__main__":
    sys.exit(run_self_test())
