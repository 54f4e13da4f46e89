"""The embedded document font (Vazirmatn, SIL OFL), registered once with reportlab."""
from __future__ import annotations

from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

FONTS_DIR = Path(__file__).resolve().parent.parent.parent / "resources" / "fonts"
REGULAR, BOLD = "Vazirmatn", "Vazirmatn-Bold"


def register_fonts() -> tuple[str, str]:
    """Register Vazirmatn (regular and bold) and return their names.

    Text is shaped by arabic-reshaper before it reaches reportlab, so reportlab's own
    shaping is turned off (`shapable=False`)."""
    registered = pdfmetrics.getRegisteredFontNames()
    for name, file in ((REGULAR, "Vazirmatn-Regular.ttf"), (BOLD, "Vazirmatn-Bold.ttf")):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, str(FONTS_DIR / file), shapable=False))
    return REGULAR, BOLD
