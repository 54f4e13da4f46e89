"""Job cards and receipts from the screens: save as PDF, or hand to the system to print.

The documents are made by app.documents (the same PDFs as `khedmat jobcard`); Qt only
chooses where they go. Printing opens the PDF with the system's print command (Windows:
the default printer) or, elsewhere, with the PDF viewer, whose print dialog the clerk uses.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QWidget

from app.config import data_dir
from app.documents.job_card import write_job_card
from app.documents.receipt import write_receipt
from app.errors import KhedmatError
from app.services.desk import Desk
from app.ui.messages import show_error


class Document(StrEnum):
    JOB_CARD = "jobcard"
    RECEIPT = "receipt"


_WRITERS: dict[Document, Callable[..., Path]] = {Document.JOB_CARD: write_job_card,
                                                 Document.RECEIPT: write_receipt}


def write_document(desk: Desk, kind: Document, number: str, out: Path) -> Path:
    return _WRITERS[kind](desk, number, out, QCoreApplication.translate)


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save: the clerk's Documents folder is offered first."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    chosen, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("Printing", "Save as PDF"),
                                            str(Path(folder) / suggested), "PDF (*.pdf)")
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")


def save_document(parent: QWidget, desk: Desk, kind: Document, number: str,
                  ask: Callable[[QWidget, str], Path | None] = ask_pdf_path) -> Path | None:
    out = ask(parent, f"{kind.value}-{number}.pdf")
    if out is None:
        return None
    try:
        return write_document(desk, kind, number, out)
    except KhedmatError as error:
        show_error(parent, error)
        return None


def print_document(parent: QWidget, desk: Desk, kind: Document, number: str) -> Path | None:
    """Write the PDF to the data folder and hand it to the system to print."""
    folder = data_dir() / "print"
    folder.mkdir(parents=True, exist_ok=True)
    try:
        path = write_document(desk, kind, number, folder / f"{kind.value}-{number}.pdf")
    except KhedmatError as error:
        show_error(parent, error)
        return None
    if sys.platform == "win32":
        os.startfile(str(path), "print")  # type: ignore[attr-defined]  # noqa: S606 - the system's printer
    else:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
