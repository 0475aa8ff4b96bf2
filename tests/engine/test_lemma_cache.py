"""The on-disk lemma dictionary: simplemma's lemmas, written once and whole, nothing left over."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest
import simplemma
from simplemma.strategies.dictionaries import dictionary_factory, frontcode

from desktop.engine import cache_files, lemma_cache, lemma_memo, lemmas
from desktop.paths import ROOT, SEED_LEFT, SEED_RIGHT

SEED_WORDS = sorted(
    {w for p in (SEED_LEFT, SEED_RIGHT) for w in lemmas.TOKEN.findall(p.read_text("utf-8"))}
)
# Compounds, hyphens, case and unknown words: simplemma's strategies run on the table too.
HARD_WORDS = ["Söhne", "söhne", "Fentanyl-Schmuggels", "Grenztunneln", "Xylophonbauer", "zzq"]


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TWOFOLD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lemma_cache, "_loaded", set())
    lemma_cache.lemmatizer.cache_clear()
    lemmas.lemma.cache_clear()
    lemma_memo.forget()
    yield tmp_path
    lemma_cache.lemmatizer.cache_clear()
    lemmas.lemma.cache_clear()
    lemma_memo.forget()


def _reopen():
    """As a new process would: the file on disk, nothing this process holds."""
    lemma_cache.lemmatizer.cache_clear()
    lemma_cache._loaded.clear()
    lemmas.lemma.cache_clear()
    lemma_memo.forget()
    return lemma_cache.lemmatizer("de")


def test_the_cache_gives_simplemmas_lemmas(cache_dir):
    assert not lemma_cache.ready("de")
    disk = lemma_cache.lemmatizer("de")
    assert lemma_cache.ready("de") and lemma_cache.cache_path("de").is_file()
    for lemmatizer in (disk, _reopen()):
        words = SEED_WORDS + HARD_WORDS
        assert [lemmatizer.lemmatize(w, "de") for w in words] == [
            simplemma.lemmatize(w, lang="de") for w in words
        ]


def test_first_use_leaves_one_complete_file_and_removes_stale_ones(cache_dir):
    stale = [
        "lemmas-simplemma-1.1.2-de.sqlite",  # the SQLite cache of earlier Twofolds
        "lemmas-simplemma-1.1.2-de.sqlite.4242.77.partial",
        "lemmas-simplemma-1.1.2-de.sqlite.4242.77.partial-journal",
        f"lemmas-{lemma_cache.FORMAT - 1}-simplemma-{simplemma.__version__}-de.bin",
        f"lemmas-{lemma_cache.FORMAT}-simplemma-0.0.1-de.bin",
    ]
    for name in stale:
        (cache_dir / name).write_bytes(b"old")
    old_temp = cache_dir / ".lemmas-x.bin.abc.tmp"  # a writer killed long ago (not on Linux)
    old_temp.write_bytes(b"half")
    os.utime(old_temp, (time.time() - 3600,) * 2)
    (cache_dir / "notes.txt").write_text("not ours")
    lemma_cache.lemmatizer("de")
    assert sorted(p.name for p in cache_dir.iterdir()) == sorted(
        [lemma_cache.cache_path("de").name, "notes.txt"]
    )
    size = lemma_cache.cache_path("de").stat().st_size
    assert 5_000_000 < size < 12_000_000  # the README states about 8 MB


def test_a_large_job_never_decodes_the_whole_dictionary(cache_dir, monkeypatch):
    lemma_cache.lemmatizer("de")
    _reopen()

    def refuse(*args, **kwargs):
        raise AssertionError("simplemma's whole dictionary was decoded")

    monkeypatch.setattr(dictionary_factory, "_read_decompressed", refuse)  # any whole read
    monkeypatch.setattr(frontcode, "_decode_stream", refuse)
    monkeypatch.setattr(simplemma, "lemmatize", refuse)
    rng = random.Random(4)
    letters = "aeinrstbdgklmu"
    words = sorted({"".join(rng.choices(letters, k=rng.randint(3, 12))) for _ in range(20_000)})
    sentences = [" ".join(words[i : i + 10]) for i in range(0, len(words), 10)]
    result = lemmas.lemmas_of(["Die Regierungen verschärften die Kontrollen.", *sentences], "de")
    assert result[0] == ["der", "regierung", "verschärfen", "der", "kontrolle"]
    assert sum(len(s) for s in result[1:]) == len(words)


def test_a_damaged_cache_is_written_again(cache_dir):
    path = lemma_cache.cache_path("de")
    path.write_bytes(b"not a lemma table")
    assert lemma_cache.lemmatizer("de").lemmatize("Häuser", "de") == "Haus"
    assert path.stat().st_size > 5_000_000
    content = path.read_bytes()
    path.write_bytes(content[: len(content) // 2])  # cut short, as by a full disk
    assert _reopen().lemmatize("Söhne", "de") == "Sohn"
    assert path.read_bytes() == content


def test_an_unwritable_cache_folder_still_lemmatises(cache_dir, monkeypatch):
    def refuse(path, content, replace=False):
        raise PermissionError("read-only")

    monkeypatch.setattr(cache_files, "publish", refuse)
    assert lemmas.lemmas_of(["Die Häuser standen."], "de") == [["der", "haus", "stehen"]]
    assert list(cache_dir.iterdir()) == []


def test_without_unnamed_files_a_named_temporary_file_is_renamed(cache_dir, monkeypatch):
    monkeypatch.setattr(cache_files, "_publish_unnamed", lambda path, content, replace: False)
    cache_files.publish(cache_dir / "x.bin", b"content")
    assert [p.name for p in cache_dir.iterdir()] == ["x.bin"]
    assert (cache_dir / "x.bin").read_bytes() == b"content"
    cache_files.publish(cache_dir / "x.bin", b"new", replace=True)
    assert [p.name for p in cache_dir.iterdir()] == ["x.bin"]
    assert (cache_dir / "x.bin").read_bytes() == b"new"


def test_a_replaced_file_is_whole_and_alone(cache_dir):
    cache_files.publish(cache_dir / "x.bin", b"first")
    cache_files.publish(cache_dir / "x.bin", b"second")  # a cache of fixed data: kept
    assert (cache_dir / "x.bin").read_bytes() == b"first"
    cache_files.publish(cache_dir / "x.bin", b"second", replace=True)
    assert [p.name for p in cache_dir.iterdir()] == ["x.bin"]
    assert (cache_dir / "x.bin").read_bytes() == b"second"


def test_a_language_without_a_dictionary_falls_back_to_lower_case(cache_dir):
    assert lemma_cache.lemmatizer("xx") is None and lemma_cache.ready("xx")
    assert lemmas.lemmas_of(["Große Häuser"], "xx") == [["große", "häuser"]]
    assert list(cache_dir.iterdir()) == []


@pytest.mark.slow
def test_twenty_comparisons_killed_at_random_moments_leave_no_partial_file(tmp_path):
    env = {**os.environ, "TWOFOLD_CACHE_DIR": str(tmp_path)}
    command = [sys.executable, "-m", "desktop", "compare", str(SEED_LEFT), str(SEED_RIGHT)]
    rng = random.Random(11)
    path = tmp_path / lemma_cache.cache_path("de").name
    memo = tmp_path / lemma_memo.path("de").name
    finished = 0
    for _ in range(20):
        path.unlink(missing_ok=True)  # every run is a first run: each one writes the cache
        memo.unlink(missing_ok=True)
        proc = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL)
        time.sleep(rng.uniform(0.1, 1.6))
        proc.send_signal(signal.SIGKILL)
        finished += proc.wait() == 0
        left = [p.name for p in tmp_path.iterdir()]
        assert sorted(left) in ([], [path.name], [path.name, memo.name]), left
        if left:  # whatever is there is whole
            assert lemma_cache._open(path) is not None
        if memo.name in left:
            lemma_memo.forget()
            assert len(lemma_memo._read(tmp_path, "de")) > 100
    assert finished < 20  # the kills did land while the cache was being written
