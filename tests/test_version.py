"""The version is written once (desktop/__init__.py): the package metadata is built from it."""

import tomllib
from importlib import metadata

from desktop import __version__
from tests.conftest import ROOT


def test_pyproject_takes_the_version_from_the_package():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "version" not in project["project"] and "version" in project["project"]["dynamic"]
    assert project["tool"]["setuptools"]["dynamic"]["version"] == {"attr": "desktop.__version__"}


def test_the_installed_package_reports_that_version():
    assert metadata.version("twofold") == __version__
