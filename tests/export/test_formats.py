"""The formats table is the only list of formats: writer, command line and dialog all read it."""

from __future__ import annotations

import pytest

from desktop import export
from desktop.app import main
from desktop.export import FORMATS, ExportRequest, Format
from desktop.paths import SEED_LEFT, SEED_RIGHT
from tests.export.fixtures import seed_comparison

PLAIN = Format("plain", ".plain", "Plain text", False, "tests.export.plain_format:render")


@pytest.fixture
def plain(monkeypatch):
    monkeypatch.setitem(FORMATS, "plain", PLAIN)
    return PLAIN


def test_a_new_format_is_one_module_and_one_table_row(plain, tmp_path, capsys):
    path = export.write(ExportRequest(seed_comparison()), tmp_path / "r.plain")
    assert path.read_text(encoding="utf-8").startswith("1. ")
    assert main(["compare", str(SEED_LEFT), str(SEED_RIGHT), "--format", "plain"]) == 0
    assert "Außenminister" in capsys.readouterr().out
    out = tmp_path / "cli.plain"
    assert (
        main(["compare", str(SEED_LEFT), str(SEED_RIGHT), "--format", "plain", "-o", str(out)]) == 0
    )
    assert out.read_text(encoding="utf-8") == path.read_text(encoding="utf-8")


def test_every_format_has_its_own_suffix_and_a_renderer():
    assert len({f.suffix for f in FORMATS.values()}) == len(FORMATS)
    for fmt in FORMATS.values():
        assert callable(fmt.function()), fmt.name
        assert export.format_for_path(f"report{fmt.suffix.upper()}") == fmt.name


def test_binary_formats_go_to_files_only(capsys):
    binary = [f.name for f in FORMATS.values() if f.binary]
    assert sorted(binary) == ["docx", "pdf"]
    code = main(["compare", str(SEED_LEFT), str(SEED_RIGHT), "--format", "docx"])
    assert code == 2 and "-o FILE" in capsys.readouterr().err
