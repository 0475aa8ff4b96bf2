"""`make translations`: collect the interface's texts into resources/i18n/twofold_de.ts
(lupdate) and compile the translations into twofold_de.qm (lrelease), which is committed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "i18n" / "twofold_de.ts"
QM = TS.with_suffix(".qm")
# Texts are marked with tr("…") in desktop/ui/ and phrase("…") (desktop/wording.py) anywhere;
# lupdate knows tr, and is told that phrase marks a text the same way.
ALIASES = "QT_TR_NOOP+=phrase"


def tool(name: str) -> str:
    """lupdate or lrelease as PySide6 ships them."""
    suffix = ".exe" if sys.platform == "win32" else ""
    return str(Path(PySide6.__file__).parent / f"{name}{suffix}")


def every() -> list[Path]:
    """Each language's .ts (twofold_<language>.ts)."""
    return sorted(TS.parent.glob("twofold_*.ts"))


def update(ts: Path = TS) -> None:
    """Every marked text of desktop/ into `ts`: new ones unfinished, vanished ones dropped.
    No source locations, so the file changes only when a text does."""
    subprocess.run(
        [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete", "-extensions", "py"]
        + ["-source-language", "en", "-target-language", ts.stem.split("_", 1)[1]]
        + ["-tr-function-alias", ALIASES]
        + [str(ROOT / "desktop"), "-ts", str(ts)],
        check=True,
    )


def release(ts: Path = TS, qm: Path | None = None) -> None:
    qm = ts.with_suffix(".qm") if qm is None else qm
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


if __name__ == "__main__":
    for ts in every():
        update(ts)
        release(ts)
        print(f"{ts.relative_to(ROOT)} and {ts.with_suffix('.qm').name} updated")
    print("Translate what is marked unfinished, then run this again to compile it.")
