"""The bundled Vazirmatn font: Persian and Arabic glyphs on every machine."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QFont, QFontDatabase

FONTS_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def load_app_font(point_size: int = 10) -> QFont:
    families: list[str] = []
    for path in sorted(FONTS_DIR.glob("Vazirmatn-*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(path))
        families += QFontDatabase.applicationFontFamilies(font_id)
    font = QFont(families[0] if families else "", point_size)
    return font
