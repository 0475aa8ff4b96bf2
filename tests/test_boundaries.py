"""Import direction: engine ← store ← {export, review} ← ui ← app; PySide6 only in desktop/ui/."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "desktop"
# Layer -> rank: a module imports only from lower ranks (export and review are siblings).
RANKS = {"engine": 0, "store": 1, "export": 2, "review": 2, "ui": 3}
LAYERS = list(RANKS)


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def _modules():
    return sorted(PACKAGE.rglob("*.py"))


# PDF needs Qt's text layout; that one export module may use Qt, without widgets.
QT_LAYOUT = {Path("export/pdf.py"): {"PySide6.QtCore", "PySide6.QtGui"}}


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(PACKAGE.parent)))
def test_pyside_only_in_ui(path):
    relative = path.relative_to(PACKAGE)
    if relative.parts[0] == "ui":
        return
    qt = {name for name in _imports(path) if name.split(".")[0] in {"PySide6", "shiboken6"}}
    qt -= QT_LAYOUT.get(relative, set())
    assert not qt, f"{path.name} imports {qt}; Qt belongs in desktop/ui/"


def test_exports_on_the_command_line_need_no_window_package():
    probe = (
        "import sys, desktop.cli, desktop.export, desktop.export.pdf; "
        "print(sorted(m for m in sys.modules if m.startswith(('desktop.ui', 'PySide6.QtWidgets'))))"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


@pytest.mark.parametrize("layer", LAYERS)
def test_layers_import_only_downwards(layer):
    forbidden = {
        f"desktop.{name}" for name, rank in RANKS.items() if rank >= RANKS[layer] and name != layer
    }
    forbidden |= {"desktop.app", "desktop.cli"}
    for path in (PACKAGE / layer).rglob("*.py"):
        bad = {n for n in _imports(path) if any(n == f or n.startswith(f + ".") for f in forbidden)}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {bad} from a layer above it"


def test_the_review_rules_need_no_qt():
    review = list((PACKAGE / "review").rglob("*.py"))
    assert len(review) > 5
    for path in review:
        qt = {name for name in _imports(path) if name.split(".")[0] in {"PySide6", "shiboken6"}}
        assert not qt, f"{path.relative_to(PACKAGE)} imports {qt}; the review rules run without Qt"


def test_boundary_check_sees_a_violation(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("from PySide6.QtCore import QObject\nimport desktop.ui.window\n")
    assert _imports(sample) == {"PySide6.QtCore", "desktop.ui.window"}


def test_no_difflib_anywhere():
    for path in _modules():
        assert "difflib" not in _imports(path), f"{path.name} uses difflib; use rapidfuzz"
