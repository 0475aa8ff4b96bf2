"""The one-folder application builds from this checkout, starts, and passes its self-test."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from desktop import __version__

ROOT = Path(__file__).resolve().parents[2]


def _folder_size(path: Path) -> int:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink())


@pytest.fixture(scope="module")
def built_app(tmp_path_factory) -> Path:
    if shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None:
        pytest.fail("pyinstaller is missing: `make test` installs it with the test extras")
    work = tmp_path_factory.mktemp("pyinstaller")
    result = subprocess.run(
        [
            str(Path(sys.executable).parent / "pyinstaller"),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(ROOT / "packaging" / "twofold.spec"),
        ],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    app = work / "dist" / "twofold"
    print(f"\nbuilt application folder: {_folder_size(app) / 1e6:.0f} MB (target < 250 MB)")
    return app


def _run(app: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.pop("DISPLAY", None)
    return subprocess.run(
        [str(app / "twofold"), *args], capture_output=True, text=True, timeout=300, env=env
    )


def test_built_app_reports_the_project_version(built_app):
    version = __version__  # the one place it is written; pyproject.toml reads it
    result = _run(built_app, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Twofold {version}"


def test_built_app_passes_its_self_test(built_app):
    result = _run(built_app, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Self-test passed." in result.stdout
    assert "FAIL" not in result.stdout


def test_built_app_ships_licences_and_sample_articles(built_app):
    internal = built_app / "_internal"
    licences = (internal / "THIRD-PARTY-LICENSES.md").read_text(encoding="utf-8")
    assert "PySide6" in licences and "LGPL" in licences
    assert (internal / "seeds" / "nachrichtenbericht-rubio-mexiko.txt").is_file()
