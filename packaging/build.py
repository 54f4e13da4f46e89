"""Build Khedmat's one-folder bundle, and on Windows its installer.

    uv run --group packaging python packaging/build.py [--no-installer]

1. compiles translations/khedmat_*.ts to .qm (a bundle has no pyside6-lrelease to do it at
   its first start) and draws the program's icon (build/khedmat.ico);
2. runs PyInstaller on packaging/khedmat.spec: dist/khedmat/ holds `khedmat` (the window) and
   `khedmat-cli` (the same program with a console, for the sub-commands);
3. on Windows, when Inno Setup 6's ISCC is found, compiles packaging/khedmat.iss into
   dist/Khedmat-Setup-VERSION.exe, the version taken from pyproject.toml.

Linux makes the same bundle (CI smoke-tests it: tests/packaging/).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
DIST = ROOT / "dist"
BUNDLE = DIST / "khedmat"
ISCC_PLACES = (r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe", r"C:\Program Files\Inno Setup 6\ISCC.exe")
FARSI_ISL = "https://raw.githubusercontent.com/jrsoftware/issrc/is6/Files/Languages/Unofficial/Farsi.isl"
"""Setup's Persian pages: a translation Inno Setup keeps in its sources but does not install
(the is6 branch: the messages of Inno Setup 6, which khedmat.iss is written for)."""


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def _tool(name: str) -> str:
    beside = [p for p in (Path(sys.executable).parent / name, Path(sys.executable).parent / f"{name}.exe")
              if p.is_file()]
    found = shutil.which(name) or (str(beside[0]) if beside else None)
    if found is None:
        sys.exit(f"{name} not found: run this with `uv run --group packaging python packaging/build.py`")
    return found


def compile_translations() -> list[Path]:
    compiled = []
    for source in sorted((ROOT / "translations").glob("khedmat_*.ts")):
        target = source.with_suffix(".qm")
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)], check=True)
        compiled.append(target)
    return compiled


ICON = ROOT / "build" / "khedmat.ico"


def draw_icon() -> Path:
    """The program's icon: خ, the first letter of خدمت / خدمة, in the bundled Vazirmatn Bold on a
    teal tile; drawn with Qt rather than kept as a binary beside its source."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontDatabase, QGuiApplication, QImage, QPainter

    QGuiApplication.instance() or QGuiApplication([])  # fonts and painting need one
    family = QFontDatabase.applicationFontFamilies(
        QFontDatabase.addApplicationFont(str(ROOT / "resources" / "fonts" / "Vazirmatn-Bold.ttf")))[0]
    size = 256
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#00796b"))
    painter.drawRoundedRect(QRectF(8, 8, size - 16, size - 16), 44, 44)
    font = QFont(family)
    font.setPixelSize(190)
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(QRectF(0, -12, size, size), Qt.AlignmentFlag.AlignCenter, "خ")
    painter.end()
    ICON.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(ICON), "ICO"):
        sys.exit(f"could not write {ICON}")
    return ICON


def bundle() -> Path:
    subprocess.run([_tool("pyinstaller"), "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build"), str(PACKAGING / "khedmat.spec")],
                   check=True, cwd=ROOT)
    return BUNDLE


def iscc() -> str | None:
    return shutil.which("ISCC") or next((p for p in ISCC_PLACES if Path(p).exists()), None)


def farsi_messages(compiler: str) -> Path:
    for place in (PACKAGING / "Farsi.isl", Path(compiler).parent / "Languages" / "Unofficial" / "Farsi.isl"):
        if place.is_file():
            return place
    sys.exit(f"Setup's Persian messages are missing: save {FARSI_ISL} as {PACKAGING / 'Farsi.isl'}")


def installer(compiler: str) -> Path:
    subprocess.run([compiler, f"/DAppVersion={version()}", f"/DBundleDir={BUNDLE}", f"/DIconFile={ICON}",
                    f"/DFarsiMessages={farsi_messages(compiler)}", f"/O{DIST}", str(PACKAGING / "khedmat.iss")],
                   check=True, cwd=PACKAGING)
    return DIST / f"Khedmat-Setup-{version()}.exe"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--no-installer", action="store_true", help="only the bundle, even on Windows")
    args = parser.parse_args()
    compile_translations()
    draw_icon()
    print(f"bundle: {bundle()}")
    if os.name == "nt" and not args.no_installer:
        compiler = iscc()
        if compiler is None:
            print("Inno Setup 6 (ISCC.exe) not found: no installer made", file=sys.stderr)
            return 1
        print(f"installer: {installer(compiler)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
