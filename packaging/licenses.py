"""Write THIRD-PARTY-LICENSES.md: every package Twofold ships with, its version and licence."""

import re
import sys
from importlib import metadata
from pathlib import Path

OUT = Path(__file__).resolve().parent / "THIRD-PARTY-LICENSES.md"
QT_NOTE = """\
## Qt and PySide6 (LGPL-3.0)

Twofold's window uses Qt 6 through PySide6 (the `PySide6-Essentials` and `shiboken6` packages),
both used under the GNU Lesser General Public License version 3. They are linked dynamically:
the Qt and PySide6 libraries ship as separate files in the application folder, and you may replace
them with your own builds. Their source code is available from the Qt Project
(https://download.qt.io/official_releases/qt/ and https://code.qt.io/) and from
https://download.qt.io/official_releases/QtForPython/ ; the licence texts are at
https://www.gnu.org/licenses/lgpl-3.0.html and https://www.gnu.org/licenses/gpl-3.0.html .
"""


def _name(requirement: str) -> str:
    return re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0]


def runtime_distributions(root: str = "twofold") -> list[metadata.Distribution]:
    """The installed distributions Twofold needs at run time (its dependencies, recursively)."""
    seen: dict[str, metadata.Distribution] = {}
    todo = [r for r in metadata.requires(root) or [] if "extra ==" not in r]
    while todo:
        name = _name(todo.pop()).lower().replace("_", "-")
        if name in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[name] = dist
        todo += [r for r in dist.requires or [] if "extra ==" not in r]
    return sorted(seen.values(), key=lambda d: d.metadata["Name"].lower())


def licence(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    text = meta.get("License-Expression") or ""
    if not text:
        raw = (meta.get("License") or "").strip()
        text = raw.splitlines()[0][:80] if raw and len(raw) < 200 else ""
    if not text:
        classifiers = [
            c.split(" :: ")[-1]
            for c in meta.get_all("Classifier") or []
            if c.startswith("License ::")
        ]
        text = ", ".join(classifiers)
    return text or "see the package's metadata"


def render() -> str:
    rows = [
        f"| {d.metadata['Name']} | {d.version} | {licence(d)} | {d.metadata.get('Home-page') or ''} |"
        for d in runtime_distributions()
    ]
    return (
        "# Third-party licences\n\nTwofold (GPL-3.0-or-later) ships with these packages.\n\n"
        "| package | version | licence | home page |\n|---|---|---|---|\n"
        + "\n".join(rows)
        + "\n\n"
        + QT_NOTE
    )


def main() -> int:
    OUT.write_text(render(), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
