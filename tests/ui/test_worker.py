"""Long articles align off the GUI thread with progress, and the window keeps responding."""

from __future__ import annotations

import random
import threading

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.engine.load import article_from_text
from desktop.paths import SEED_LEFT, SEED_RIGHT

WORDS = [
    "Regierung",
    "Minister",
    "Grenze",
    "Abkommen",
    "Kartell",
    "Polizei",
    "Zoll",
    "Hafen",
    "Bericht",
    "Gericht",
    "Wahl",
    "Partei",
    "Präsident",
    "Bürger",
    "Stadt",
    "Behörde",
    "Gesetz",
    "Vertrag",
    "Handel",
    "Sicherheit",
    "Gesundheit",
    "Straße",
    "Schule",
]


def long_article(seed: int, sentences: int = 2000) -> str:
    rng = random.Random(seed)
    paragraphs = []
    for start in range(0, sentences, 8):
        paragraphs.append(
            " ".join(
                f"Am Tag {i} sprach die {rng.choice(WORDS)} über {rng.choice(WORDS)} und "
                f"{rng.choice(WORDS)} mit der {rng.choice(WORDS)}."
                for i in range(start, min(start + 8, sentences))
            )
        )
    return "\n\n".join(paragraphs)


def test_long_articles_align_in_a_worker_with_progress(make_window, qtbot):
    window = make_window(left=None, right=None)
    left = article_from_text(long_article(1), title="Links", lang="de")
    right = article_from_text(long_article(2), title="Rechts", lang="de")
    assert len(left.sentences) >= 2000
    progress, ticks, threads = [], [], set()
    window.runner.progress.connect(lambda d, t: progress.append((d, t)))
    window.runner.signals.progress.connect(
        lambda *_: threads.add(threading.get_ident()), Qt.ConnectionType.DirectConnection
    )
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    with qtbot.waitSignal(window.runner.done, timeout=120000):
        window.set_articles(left=left, right=right)
        assert window.progress.isVisible()
        assert window.comparison is None  # set_articles returned before the alignment finished
    timer.stop()
    assert len(progress) > 1
    assert threading.get_ident() not in threads
    assert len(ticks) > 1  # the event loop kept running while the worker aligned
    assert window.comparison is not None and not window.progress.isVisible()
    assert len(window.panes["left"].states) == len(left.sentences)


def test_a_newer_alignment_wins_over_an_older_one(make_window, qtbot):
    window = make_window(left=None, right=None)
    old = article_from_text(long_article(3, 600), title="Alt", lang="de")
    new = article_from_text("Kurzer Text über die Grenze. Noch ein Satz.", title="Neu", lang="de")
    window.set_articles(left=old, right=old)
    with qtbot.waitSignal(window.runner.done, timeout=60000):
        window.set_articles(left=new)
    qtbot.waitUntil(lambda: window.comparison is not None)
    assert window.comparison.left is new
    window.runner.wait()
    QApplication.processEvents()  # deliver any late signal from the first job; it must be ignored
    assert window.comparison.left is new


def test_a_failing_alignment_is_reported_and_the_window_recovers(make_window, qtbot, monkeypatch):
    import desktop.ui.worker as worker

    def broken(*_args, **_kwargs):
        raise MemoryError("out of memory")

    window = make_window(left=None, right=None)
    monkeypatch.setattr(worker, "PreparedComparison", broken)
    with qtbot.waitSignal(window.runner.failed, timeout=10000):
        window.set_text("left", "Ein Satz. Noch einer.", "A")
        window.set_text("right", "Ein Satz. Ein anderer.", "B")
    assert "Alignment failed" in window.last_error and not window.progress.isVisible()
    monkeypatch.undo()
    window.set_text("right", "Ein Satz. Ganz neu.", "C")
    qtbot.waitUntil(lambda: window.comparison is not None)


def test_the_first_comparison_says_it_writes_the_word_list(
    make_window, qtbot, tmp_path, monkeypatch
):
    from desktop.engine import lemma_cache, lemma_memo, lemmas

    cache = tmp_path / "cache"
    monkeypatch.setenv("TWOFOLD_CACHE_DIR", str(cache))
    monkeypatch.setattr(lemma_cache, "_loaded", set())
    lemma_cache.lemmatizer.cache_clear()
    lemmas.lemma.cache_clear()
    lemma_memo.forget()
    try:
        window = make_window(left=None, right=None)
        seen = []
        window.runner.stage.connect(lambda _text: seen.append(window.coverage_label.text()))
        window.open_paths(SEED_LEFT, SEED_RIGHT)
        qtbot.waitUntil(lambda: window.comparison is not None, timeout=30000)
        assert seen == ["Preparing the German word list (first time only)…"]
        assert "of the left article is in the right" in window.coverage_label.text()
        # the dictionary, and the memo of the words the comparison asked it for
        assert sorted(p.name for p in cache.iterdir()) == [
            lemma_cache.cache_path("de").name,
            lemma_memo.path("de").name,
        ]
        window.set_articles(left=window.articles["right"], right=window.articles["left"])
        qtbot.waitUntil(lambda: window.comparison is not None, timeout=30000)
        assert len(seen) == 1  # written once
    finally:
        lemma_cache.lemmatizer.cache_clear()
        lemmas.lemma.cache_clear()
        lemma_memo.forget()
