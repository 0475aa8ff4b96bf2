"""Outputs are never written over an input or the review database, a failed write is one line
and exit 2 and leaves the file that was there, and article text cannot drive the terminal."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from pathlib import Path

import pytest

from desktop.app import main
from desktop.paths import SEED_LEFT, SEED_RIGHT
from tests.bounded import one_line, run_python, run_twofold

posix = pytest.mark.skipif(os.name != "posix", reason="/dev/full is POSIX")


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def articles(tmp_path) -> tuple[Path, Path]:
    left, right = tmp_path / "links.txt", tmp_path / "rechts.txt"
    shutil.copy(SEED_LEFT, left)
    shutil.copy(SEED_RIGHT, right)
    return left, right


def _saved_db(tmp_path: Path) -> tuple[Path, int]:
    from desktop.engine.load import load_article
    from desktop.store.store import Store

    db = tmp_path / "reviews.db"
    with Store.open(db) as store:
        left, right = load_article(SEED_LEFT), load_article(SEED_RIGHT)
        record = store.open_comparison(store.add_article(left), store.add_article(right), 50)
    return db, record.id


@pytest.mark.parametrize(("fmt", "side"), [("text", 0), ("json", 1), ("html", 0), ("pdf", 1)])
def test_compare_refuses_to_write_over_an_input(articles, capsys, fmt, side):
    before = [sha(p) for p in articles]
    target = articles[side]
    code = main(["compare", *map(str, articles), "--format", fmt, "-o", str(target)])
    err = capsys.readouterr().err
    assert code == 2
    which = "left" if side == 0 else "right"
    assert err == f"twofold: {target}: is the {which} article; write the output to another file\n"
    assert [sha(p) for p in articles] == before


def test_export_refuses_to_write_over_the_review_database(tmp_path, capsys):
    db, ident = _saved_db(tmp_path)
    before = sha(db)
    for fmt in ("json", "docx"):
        args = ["export", "--db", str(db), "--comparison", str(ident), "--format", fmt]
        assert main([*args, "-o", str(db)]) == 2
        assert "is the review database" in capsys.readouterr().err
    assert sha(db) == before


@pytest.mark.parametrize("suffix", ["-wal", "-shm"])
def test_export_refuses_the_review_databases_companion_files(tmp_path, capsys, suffix):
    db, ident = _saved_db(tmp_path)
    target = Path(f"{db}{suffix}")  # SQLite's files beside the database, there or not
    args = ["export", "--db", str(db), "--comparison", str(ident), "--format", "json"]
    assert main([*args, "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert f"is part of the review database (its {suffix} file)" in err and err.count("\n") == 1
    assert not target.exists() or not target.read_bytes().startswith(b"{")  # no export there


def test_a_database_or_jsonl_path_that_is_a_folder_is_one_line(tmp_path, capsys):
    for args in (
        ["annotations", "--db", str(tmp_path)],
        ["export", "--db", str(tmp_path), "--comparison", "1", "--format", "md"],
        ["align", "--jsonl", str(tmp_path)],
    ):
        assert main(args) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "is a folder" in err


@posix
@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "text"])
def test_a_full_disk_is_one_line_and_exit_2(fmt):
    outcome = run_twofold(
        "compare", str(SEED_LEFT), str(SEED_RIGHT), "--format", fmt, "-o", "/dev/full"
    )
    assert one_line(outcome) == "twofold: /dev/full: cannot be written (No space left on device)"


@posix
def test_a_full_disk_behind_the_terminal_is_one_line():
    code = (
        "import sys; sys.stdout = open('/dev/full', 'w')\n"
        "from desktop.app import main; sys.exit(main(['sentences', sys.argv[1]]))"
    )
    line = one_line(run_python(code, str(SEED_LEFT)))
    assert line == "twofold: the output cannot be written (No space left on device)"


@pytest.mark.parametrize("fmt", ["html", "pdf", "docx", "csv"])
def test_a_failed_export_leaves_the_previous_file(tmp_path, fmt):
    target = tmp_path / f"bericht.{fmt}"
    target.write_bytes(b"the previous export, still needed")
    # The disk fills up while the new file is written: flushing it to disk fails.
    code = (
        "import errno, os, sys\n"
        "def full(fd): raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))\n"
        "os.fsync = full\n"
        "from desktop.app import main\n"
        "sys.exit(main(['compare', sys.argv[1], sys.argv[2], '--format', sys.argv[3],"
        " '-o', sys.argv[4]]))"
    )
    outcome = run_python(code, str(SEED_LEFT), str(SEED_RIGHT), fmt, str(target))
    assert one_line(outcome) == f"twofold: {target}: cannot be written (No space left on device)"
    assert target.read_bytes() == b"the previous export, still needed"
    assert sorted(p.name for p in tmp_path.iterdir()) == [target.name]


def test_a_successful_export_replaces_the_file_and_keeps_its_permissions(tmp_path, capsys):
    target = tmp_path / "bericht.html"
    target.write_text("alt", encoding="utf-8")
    target.chmod(0o640)
    assert (
        main(["compare", str(SEED_LEFT), str(SEED_RIGHT), "--format", "html", "-o", str(target)])
        == 0
    )
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert target.stat().st_mode & 0o777 == 0o640
    assert [p.name for p in tmp_path.iterdir()] == ["bericht.html"]


HOSTILE = (
    "Der Minister \x1b]0;gekapert\x07sprach in Köln.\x1b[2J Er sagte \x9b31m nichts.\x0c "
    "Ein \x1b]8;;https://evil.example\x1b\\Link\x1b]8;;\x1b\\ blieb.\x08\x7f\n"
)
RAW_CONTROLS = {chr(c) for c in range(32) if chr(c) not in "\t\n"} | {
    chr(c) for c in range(0x7F, 0xA0)
}


def _raw_controls(text: str) -> set[str]:
    return {c for c in text.replace("\r\n", "\n") if c in RAW_CONTROLS}


@pytest.fixture
def hostile(tmp_path) -> Path:
    path = tmp_path / "feindlich.txt"
    # a few controls in a real article (more would make it binary data, refused)
    path.write_text(SEED_LEFT.read_text(encoding="utf-8") + "\n" + HOSTILE, encoding="utf-8")
    return path


def test_sentences_and_compare_print_no_control_characters(hostile, capsys):
    assert main(["sentences", str(hostile)]) == 0
    out = capsys.readouterr().out
    assert "sprach in Köln." in out and not _raw_controls(out)
    assert main(["compare", str(hostile), str(hostile)]) == 0
    out = capsys.readouterr().out
    assert "Köln" in out and not _raw_controls(out)
    assert main(["compare", str(hostile), str(hostile), "--format", "json"]) == 0
    out = capsys.readouterr().out
    assert not _raw_controls(out)
    texts = " ".join(s["text"] for s in json.loads(out)["left"]["sentences"])
    assert "\x1b]0;gekapert\x07" in texts  # JSON keeps the data, escaped
    assert main(["quotes", str(hostile), str(hostile)]) == 0
    assert not _raw_controls(capsys.readouterr().out)


@pytest.mark.parametrize("fmt", ["html", "csv", "md"])
def test_exports_replace_control_characters(hostile, tmp_path, capsys, fmt):
    target = tmp_path / f"export.{fmt}"
    args = ["compare", str(hostile), str(SEED_RIGHT), "--format", fmt, "-o", str(target)]
    assert main(args) == 0
    text = target.read_text(encoding="utf-8-sig")
    assert "Köln" in text and not _raw_controls(text)


def test_a_file_name_with_escape_codes_is_shown_inert(tmp_path, capsys):
    name = tmp_path / "\x1b]0;gekapert\x07.txt"
    assert main(["sentences", str(name)]) == 2
    err = capsys.readouterr().err
    assert err.endswith("no such file\n") and not _raw_controls(err)


def test_a_malformed_address_is_one_line(capsys):
    assert main(["sentences", "http://[::1"]) == 2
    assert capsys.readouterr().err == "twofold: http://[::1: is not a valid web address\n"
