"""What the window remembers on this PC: its size, each list's column layout, and the
folder last used for each kind of file."""
from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from app.config import data_dir


class FilePurpose(StrEnum):
    """What a file dialog is for: each remembers its own folder (the clerk saves PDFs in one
    place and keeps the old workbooks in another). The values are the stored keys."""

    PDF = "pdf"
    EXPORT = "export"
    IMPORT = "import"
    LOGO = "logo"


def ui_settings() -> QSettings:
    return QSettings(str(data_dir() / "ui.ini"), QSettings.Format.IniFormat)


def documents_folder() -> Path:
    """The user's Documents folder; their home folder where there is none."""
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    return documents if documents.is_dir() else Path.home()


def start_folder(purpose: FilePurpose) -> Path:
    """The folder last used for `purpose`, while it exists; else the user's Documents folder
    (never the program's folder, which is where a dialog given no folder starts)."""
    last = ui_settings().value(f"{purpose.value}/folder")
    if isinstance(last, str) and last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember_folder(purpose: FilePurpose, chosen: Path) -> None:
    """Remember the folder of the file `chosen` for the next dialog of `purpose`."""
    settings = ui_settings()
    settings.setValue(f"{purpose.value}/folder", str(chosen.parent))
    settings.sync()
