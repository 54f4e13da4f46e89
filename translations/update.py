"""Refresh the .ts sources from the code: `uv run python translations/update.py`.

New strings arrive as unfinished entries; translate them in the .ts file (Qt Linguist or
any editor). tests/test_translations.py fails while any entry is unfinished or missing.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("fa", "ar")


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "app").rglob("*.py"))


def lupdate(targets: list[Path], extra: tuple[str, ...] = ()) -> None:
    tool = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    subprocess.run([tool, *sources(), "-locations", "none", "-no-obsolete", *extra,
                    "-ts", *map(str, targets)], cwd=ROOT, check=True, capture_output=True)


def main() -> None:
    lupdate([ROOT / "translations" / f"khedmat_{lang}.ts" for lang in LANGUAGES])


if __name__ == "__main__":
    main()
