"""A start that checks itself and quits, for the bundle's smoke test (tests/packaging/):
with KHEDMAT_SMOKE_REPORT=FILE the window, once on screen, writes what a clerk would see
first to FILE (as JSON) and closes the way a clerk closes it. KHEDMAT_SMOKE_PDF=FILE also
draws that PDF's first page as the print preview does: a bundle lacking pdfium fails there."""
from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

REPORT_ENV = "KHEDMAT_SMOKE_REPORT"
PDF_ENV = "KHEDMAT_SMOKE_PDF"
QT_OWN_WORD = ("QFileDialog", "Detail View")
"""A word of Qt's own catalogue (qtbase_fa.qm / qtbase_ar.qm), not of ours: passed to translate
as a tuple, so lupdate does not copy it into our catalogue, which would then answer for Qt's."""


def arm(window: QWidget) -> None:
    target = os.environ.get(REPORT_ENV)
    if target:
        QTimer.singleShot(0, lambda: _report_and_close(window, Path(target)))


def _pdf_page(pdf: Path) -> dict[str, Any]:
    import pypdfium2

    from app.ui.printing import page_image

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        image = page_image(document[0], 1.0)
    finally:
        document.close()
    dark = sum(1 for x in range(0, image.width(), 4) for y in range(0, image.height(), 4)
               if image.pixelColor(x, y).lightness() < 128)
    return {"width": image.width(), "height": image.height(), "dark_samples": dark}


def _report_and_close(window: QWidget, target: Path) -> None:
    deadline = time.monotonic() + 30
    while not (window.windowHandle() is not None and window.windowHandle().isExposed()):
        if time.monotonic() > deadline:
            break
        QApplication.processEvents()
    report: dict[str, Any] = {
        "exposed": window.windowHandle() is not None and window.windowHandle().isExposed(),
        "title": window.windowTitle(),
        "right_to_left": QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft,
        "qt_word": QCoreApplication.translate(*QT_OWN_WORD),
        "font": QApplication.font().family(),
    }
    pdf = os.environ.get(PDF_ENV)
    if pdf:
        report["pdf_page"] = _pdf_page(Path(pdf))
    target.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    window.close()
