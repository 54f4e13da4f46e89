"""What the window remembers on this PC: its size and each list's column layout."""
from __future__ import annotations

from PySide6.QtCore import QSettings

from app.config import data_dir


def ui_settings() -> QSettings:
    return QSettings(str(data_dir() / "ui.ini"), QSettings.Format.IniFormat)
