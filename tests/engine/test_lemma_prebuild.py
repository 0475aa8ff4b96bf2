"""A first start writes its word lists in a second process, and the window waits for that one."""

import pytest

from desktop.engine import lemma_cache, lemma_memo, lemma_prebuild, lemmas
from desktop.paths import SEED_LEFT, SEED_RIGHT


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TWOFOLD_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(lemma_cache, "_loaded", set())
    monkeypatch.setattr(lemma_prebuild, "_child", None)
    lemma_cache.lemmatizer.cache_clear()
    lemmas.lemma.cache_clear()
    lemma_memo.forget()
    yield tmp_path / "cache"
    lemma_prebuild.wait()
    lemma_cache.lemmatizer.cache_clear()
    lemmas.lemma.cache_clear()
    lemma_memo.forget()


def test_the_languages_of_local_text_articles_are_told_from_their_first_bytes(tmp_path):
    from desktop.window_args import likely_languages

    english = tmp_path / "report.md"
    english.write_text("The minister said on Monday that the talks were over.", "utf-8")
    word = tmp_path / "bericht.docx"
    word.write_bytes(b"PK\x03\x04 not text")
    assert likely_languages([SEED_LEFT, SEED_RIGHT]) == ["de"]
    assert likely_languages([english, SEED_LEFT]) == ["en", "de"]
    assert likely_languages([word, "https://example.org/a.html"]) == []
    assert likely_languages([tmp_path / "missing.txt"]) == []


def test_the_second_process_writes_the_word_list_once(cache_dir):
    assert lemma_prebuild.missing("de")
    lemma_prebuild.start(["de"])
    assert lemma_prebuild._child is not None
    lemma_prebuild.wait()
    assert not lemma_prebuild.busy() and lemma_prebuild._child.returncode == 0
    assert [p.name for p in cache_dir.iterdir()] == [lemma_cache.cache_path("de").name]
    assert lemma_cache._open(lemma_cache.cache_path("de")) is not None
    first = lemma_prebuild._child
    lemma_prebuild.start(["de"])  # there now: nothing is started
    assert lemma_prebuild._child is first


def test_the_first_comparison_waits_for_it_instead_of_writing_the_list_too(cache_dir, monkeypatch):
    lemma_prebuild.start(["de"])

    def refuse(table):
        raise AssertionError("the word list was written a second time")

    monkeypatch.setattr(lemma_cache, "dump", refuse)
    assert not lemmas.ready("de")
    lemmas.prepare("de")
    assert lemmas.lemmas_of(["Die Söhne standen."], "de") == [["der", "sohn", "stehen"]]
