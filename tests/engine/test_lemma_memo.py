"""The memo of words already looked up: same lemmas, no simplemma for known words, bounded."""

import json
import subprocess
import sys

import pytest
import simplemma

from desktop.engine import cache_files, lemma_cache, lemma_memo, lemmas, limits
from desktop.paths import ROOT, SEED_LEFT, SEED_RIGHT

WORDS = sorted(
    {w for p in (SEED_LEFT, SEED_RIGHT) for w in lemmas.TOKEN.findall(p.read_text("utf-8"))}
) + ["Söhne", "söhne", "Fentanyl-Schmuggels", "Xylophonbauer", "zzq"]

# A new process: lemmatises WORDS and says which lemmas it gave and whether simplemma loaded.
_PROCESS = """
import json, sys
from desktop.engine import lemmas
words = json.loads(sys.stdin.read())
found = lemmas.lemmas_of([" ".join(words)], "de")[0]
print(json.dumps({"lemmas": found, "simplemma": "simplemma" in sys.modules}))
"""


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("TWOFOLD_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lemma_cache, "_loaded", set())

    def fresh():  # as a new process starts
        lemma_cache.lemmatizer.cache_clear()
        lemmas.lemma.cache_clear()
        lemma_memo.forget()

    fresh()
    yield tmp_path
    fresh()


def _run(tmp_path, words):
    env = {"TWOFOLD_CACHE_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run(
        [sys.executable, "-c", _PROCESS],
        input=json.dumps(words),
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=True,
    )
    return json.loads(done.stdout)


def test_a_run_whose_words_are_known_never_loads_simplemma_and_gives_its_lemmas(cache_dir):
    first = _run(cache_dir, WORDS)
    tokens = lemmas.TOKEN.findall(" ".join(WORDS))
    expected = [
        w if lemmas.NUMBER.match(w) else simplemma.lemmatize(w, lang="de").lower() for w in tokens
    ]
    assert "sohn" in expected and "söhne" not in expected
    assert first["simplemma"] and first["lemmas"] == expected
    assert lemma_memo.path("de").is_file()
    second = _run(cache_dir, WORDS)
    assert second == {"lemmas": expected, "simplemma": False}
    # one word the memo does not have: simplemma loads, and the memo learns it
    third = _run(cache_dir, [*WORDS, "Wasserstandsmeldungen"])
    assert third["simplemma"] and third["lemmas"][-1] == "wasserstandsmeldung"
    assert _run(cache_dir, ["Wasserstandsmeldungen"])["simplemma"] is False


def test_the_memo_keeps_the_newest_words_up_to_its_bound(cache_dir, monkeypatch):
    monkeypatch.setattr(limits, "SEEN_WORDS", 3)
    lemmas.lemmas_of(["Häuser Bäume standen"], "de")
    lemmas.lemmas_of(["Söhne Kinder"], "de")
    lemma_memo.forget()
    assert lemma_memo.known("de") == {"standen": "stehen", "Söhne": "sohn", "Kinder": "kind"}


def test_a_damaged_memo_is_ignored_and_written_again(cache_dir):
    lemmas.lemmas_of(["Die Häuser standen."], "de")
    memo = lemma_memo.path("de")
    for damage in (b"", b"TWOFOLD-SEEN-1\x00\xff\x00", memo.read_bytes()[:-5], b"[1, 2]"):
        memo.write_bytes(damage)
        lemmas.lemma.cache_clear()
        lemma_memo.forget()
        assert lemmas.lemmas_of(["Die Häuser standen."], "de") == [["der", "haus", "stehen"]]
        lemma_memo.forget()
        assert lemma_memo.known("de")["Häuser"] == "haus"


def test_a_memo_is_used_only_beside_its_dictionary_and_goes_with_it(cache_dir):
    lemmas.lemmas_of(["Die Häuser standen."], "de")
    memo = lemma_memo.path("de")
    other = cache_dir / f"lemmas-{lemma_cache.FORMAT}-simplemma-0.0.1-de.bin.seen"
    other.write_bytes(memo.read_bytes())
    lemma_memo.forget()
    assert lemma_memo.known("de")["Häuser"] == "haus"  # no dictionary beside it: not a memo
    other.with_name(other.name.removesuffix(".seen")).write_bytes(b"an older dictionary")
    lemma_memo.forget()
    assert lemma_memo.known("de") == {}  # two versions side by side: neither is trusted
    lemma_cache.remove_stale(cache_dir)  # what a process that loads simplemma does
    assert sorted(p.name for p in cache_dir.iterdir()) == sorted(
        [lemma_cache.cache_path("de").name, memo.name]
    )
    lemma_memo.forget()
    assert lemma_memo.known("de")["Häuser"] == "haus"
    lemma_cache.cache_path("de").unlink()  # without its dictionary the memo says nothing
    lemma_memo.forget()
    assert lemma_memo.known("de") == {}


def test_an_unwritable_cache_folder_keeps_the_memo_in_this_process(cache_dir, monkeypatch):
    lemma_cache.lemmatizer("de")

    def refuse(path, content, replace=False):
        raise PermissionError("read-only")

    monkeypatch.setattr(cache_files, "publish", refuse)
    assert lemmas.lemmas_of(["Die Söhne"], "de") == [["der", "sohn"]]
    assert [p.name for p in cache_dir.iterdir()] == [lemma_cache.cache_path("de").name]
    assert lemma_memo.known("de")["Söhne"] == "sohn"
    assert simplemma.lemmatize("Söhne", lang="de") == "Sohn"


def test_with_a_memo_the_word_list_is_ready_without_loading_simplemma(cache_dir):
    env = {"TWOFOLD_CACHE_DIR": str(cache_dir), "PATH": "/usr/bin:/bin"}
    ask = "import sys; from desktop.engine import lemmas; print(lemmas.ready('de'), 'simplemma' in sys.modules)"
    answers = []
    for _ in range(2):
        done = subprocess.run(
            [sys.executable, "-c", ask], capture_output=True, text=True, cwd=ROOT, env=env
        )
        answers.append(done.stdout.split())
        lemmas.lemmas_of(["Die Häuser standen."], "de")  # writes the word list and the memo
    assert answers == [["False", "True"], ["True", "False"]]
