"""Linux desktop integration files pass their validators and match the project."""

import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "io.github.twofold.Twofold"


def _tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.fail(f"{name} is missing: packaging/linux/system-deps.sh installs it")
    return path


def test_desktop_file_validates():
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(LINUX / f"{APP_ID}.desktop")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "error" not in result.stdout.lower()


def test_metainfo_validates():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(LINUX / f"{APP_ID}.metainfo.xml")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_metainfo_release_is_the_project_version():
    version = __version__  # the one place it is written; pyproject.toml reads it
    assert f'<release version="{version}"' in (LINUX / f"{APP_ID}.metainfo.xml").read_text()


def test_icon_exists_as_svg_and_png_sizes():
    icons = ROOT / "resources" / "icons"
    assert (icons / "twofold.svg").read_text().lstrip().startswith("<svg")
    for size in (16, 32, 48, 64, 128, 256, 512):
        data = (icons / f"twofold-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        width, height = int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
        assert (width, height) == (size, size)


def test_licence_list_names_every_runtime_dependency():
    listed = (ROOT / "packaging" / "THIRD-PARTY-LICENSES.md").read_text(encoding="utf-8").lower()
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for dep in deps:
        name = re.split(r"[<>=!~ ;\[]", dep)[0].lower().replace("_", "-")
        assert f"| {name} |" in listed.replace("_", "-"), f"{name} missing from the licence list"
    assert "lgpl" in listed and "source" in listed
