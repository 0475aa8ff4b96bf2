"""The on-disk lemma dictionary gives simplemma's lemmas without decoding its whole dictionary."""

import pytest
import simplemma

from desktop.engine import lemma_cache, lemmas
from desktop.paths import SEED_LEFT

WORDS = sorted(set(lemmas._TOKEN.findall(SEED_LEFT.read_text(encoding="utf-8"))))


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TWOFOLD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lemmas, "_in_memory", set())
    monkeypatch.setattr(lemmas, "_from_disk", {})
    monkeypatch.setattr(lemma_cache, "_building", set())
    lemma_cache.disk_lemmatizer.cache_clear()
    lemmas.lemma.cache_clear()
    yield tmp_path
    lemma_cache.disk_lemmatizer.cache_clear()
    lemmas.lemma.cache_clear()


def test_cached_dictionary_gives_the_same_lemmas(cache_dir):
    path = lemma_cache.build("de")
    assert path.parent == cache_dir and path.stat().st_size > 1_000_000
    disk = lemma_cache.disk_lemmatizer("de")
    assert [disk.lemmatize(w, "de") for w in WORDS] == [
        simplemma.lemmatize(w, lang="de") for w in WORDS
    ]


def test_a_small_job_does_not_load_the_whole_dictionary(cache_dir, monkeypatch):
    lemma_cache.build("de")

    def refuse(*args, **kwargs):
        raise AssertionError("the in-memory dictionary was used")

    monkeypatch.setattr(simplemma, "lemmatize", refuse)
    result = lemmas.lemmas_of(["Die Regierungen verschärften die Kontrollen."], "de")
    assert result == [["der", "regierung", "verschärfen", "der", "kontrolle"]]


def test_a_large_job_or_a_damaged_cache_uses_the_dictionary_in_memory(cache_dir):
    lemma_cache.cache_path("de").parent.mkdir(parents=True, exist_ok=True)
    lemma_cache.cache_path("de").write_bytes(b"not a database")
    assert lemma_cache.disk_lemmatizer("de") is None
    assert lemmas.lemmas_of(["Die Häuser standen."], "de") == [["der", "haus", "stehen"]]
    assert "de" in lemmas._in_memory


def test_writing_the_cache_happens_once_in_the_background(cache_dir):
    thread = lemma_cache.build_in_background("de")
    assert thread is not None
    thread.join(timeout=120)
    assert lemma_cache.cache_path("de").is_file()
    assert lemma_cache.build_in_background("de") is None  # already there
