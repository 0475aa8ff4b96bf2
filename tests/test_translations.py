"""The German translation is complete and current: the .ts holds every marked text of the code,
each translated with the same placeholders, and the committed .qm is compiled from it."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC = importlib.util.spec_from_file_location(
    "translations", ROOT / "packaging" / "translations.py"
)
translations = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(translations)
HOW = "run `make translations`, then translate what it marks unfinished in " + str(
    translations.TS.relative_to(ROOT)
)
MARKERS = {"tr", "phrase"}


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).getroot().iter("message"))


def test_the_ts_holds_exactly_the_texts_marked_in_the_code(tmp_path):
    fresh = tmp_path / "twofold_de.ts"
    shutil.copy(translations.TS, fresh)
    translations.update(fresh)
    committed = {m.findtext("source") for m in messages(translations.TS)}
    current = {m.findtext("source") for m in messages(fresh)}
    assert not current - committed, f"new texts {sorted(current - committed)}: {HOW}"
    assert not committed - current, f"texts gone from the code {sorted(committed - current)}: {HOW}"
    assert fresh.read_bytes() == translations.TS.read_bytes(), HOW


def test_every_text_is_translated():
    unfinished = [
        m.findtext("source")
        for m in messages(translations.TS)
        if m.find("translation").get("type") or not (m.findtext("translation") or "").strip()
    ]
    assert not unfinished, f"{unfinished}: {HOW}"
    assert len(messages(translations.TS)) > 300


PLACES = re.compile(r"\{[^{}]*\}")
TAGS = re.compile(r"</?\w+>")


@pytest.mark.parametrize(
    "message", messages(translations.TS), ids=lambda m: m.findtext("source")[:40]
)
def test_a_translation_keeps_placeholders_markup_and_one_accelerator(message):
    source, german = message.findtext("source"), message.findtext("translation")
    assert set(PLACES.findall(german)) == set(PLACES.findall(source))
    assert sorted(TAGS.findall(german)) == sorted(TAGS.findall(source))
    assert german.replace("&&", "").count("&") == source.replace("&&", "").count("&")
    assert german.count("\n") == source.count("\n")
    # A text that is put after another keeps its leading space, and no other text gains one.
    assert german[:1].isspace() == source[:1].isspace()
    assert german[-1:].isspace() == source[-1:].isspace()


def test_the_committed_qm_is_compiled_from_the_ts(tmp_path):
    compiled = tmp_path / "twofold_de.qm"
    translations.release(translations.TS, compiled)
    assert compiled.read_bytes() == translations.QM.read_bytes(), HOW


def _marker_calls():
    for path in sorted((ROOT / "desktop").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in MARKERS
            ):
                yield path, node


def test_texts_are_marked_as_literals_lupdate_can_read():
    bad = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path, node in _marker_calls()
        if not (
            node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        )
    ]
    assert not bad, f"tr()/phrase() need a string literal (no f-string, no variable): {bad}"
    assert sum(1 for _ in _marker_calls()) > 300
