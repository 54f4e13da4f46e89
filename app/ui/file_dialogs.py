"""The file dialogs: each starts in the folder last used for its purpose (else the user's
Documents folder) and remembers the folder the clerk chose.

Qt's own dialog speaks the clerk's language through Qt's catalogue (app.ui.translator);
on Windows the system's dialog is shown, in the system's language.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from app.ui.ui_state import FilePurpose, remember_folder, start_folder


def file_dialog(parent: QWidget | None, purpose: FilePurpose, title: str, filters: str, *,
                save_as: str | None = None) -> QFileDialog:
    """An open dialog, or with `save_as` (a file name) a save dialog offering that name, in
    the purpose's folder."""
    folder = start_folder(purpose)
    dialog = QFileDialog(parent, title, str(folder / save_as) if save_as else str(folder), filters)
    if save_as is not None:
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    else:
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _chosen(dialog: QFileDialog, purpose: FilePurpose) -> Path | None:
    try:
        if dialog.exec() != QFileDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        chosen = Path(dialog.selectedFiles()[0])
    finally:
        dialog.deleteLater()
    remember_folder(purpose, chosen)
    return chosen


def ask_open_file(parent: QWidget | None, purpose: FilePurpose, title: str, filters: str) -> Path | None:
    """The file the clerk opens, or None."""
    return _chosen(file_dialog(parent, purpose, title, filters), purpose)


def ask_save_file(parent: QWidget | None, purpose: FilePurpose, title: str, name: str, filters: str) -> Path | None:
    """Where the clerk saves a file first offered as `name`, or None."""
    return _chosen(file_dialog(parent, purpose, title, filters, save_as=name), purpose)
