"""Export to Excel… for the list a tab shows: exactly its rows (every page, not only those
loaded), with its filter and sort, its columns in their order.

The workbook is written by app.services.list_export, reading the rows from the database
a batch at a time; this module asks where to save, shows the progress (cancellable), and
says where the file went.
"""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from app.errors import KhedmatError
from app.services.desk import Desk
from app.services.output_files import output_path
from app.ui.messages import button_text, open_folder, show_error
from app.ui.models.paged_table import PagedTableModel
from app.ui.ui_state import FilePurpose, remember_folder, start_folder

SHOW_PROGRESS_AFTER_MS = 400
"""A short list is written before a progress window would be worth showing."""


def suggested_file_name(desk: Desk, list_name: str, suffix: str) -> str:
    """'پذیرش‌ها 1404-03-25.xlsx': the list's name and today in the user's calendar, with
    Latin digits and dashes (a slash cannot be in a file name)."""
    today = replace(desk.locale, native_digits=False).date(desk.today()).replace("/", "-")
    return f"{list_name} {today}{suffix}"


def row_progress(parent: QWidget, title: str, label: str, cancel: str, total: int) -> QProgressDialog:
    """The window-modal progress of a whole list being written (an export, a print-out), shown
    only when it takes a while; the clerk may press Cancel meanwhile."""
    progress = QProgressDialog(label, cancel, 0, max(total, 1), parent)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)
    return progress


def step(progress: QProgressDialog, done: int) -> bool:
    """Show how many rows are done; False once Cancel was pressed."""
    progress.setValue(min(done, progress.maximum()))
    return not progress.wasCanceled()


class ListExport(QObject):
    """The window's Export to Excel…: one per main window, for whichever list is shown."""

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.window = parent

    def export(self, model: PagedTableModel, list_name: str, total: int) -> Path | None:
        """Ask where, write the workbook of what `model` shows, and say where it went; the
        path written, or None when the clerk cancelled or it could not be written."""
        chosen = self.ask_path(start_folder(FilePurpose.EXPORT) / suggested_file_name(self.desk, list_name, ".xlsx"))
        if chosen is None:
            return None
        try:
            out = output_path(chosen, ".xlsx", database=self.desk.store.url)
        except KhedmatError as error:
            show_error(self.window, error)
            return None
        # openpyxl waits until a list is exported: the window starts without it
        from app.services.list_export import ExportCancelled, write_list_workbook

        progress = self._progress(total)
        try:
            count = write_list_workbook(
                self.desk, model.source, model.columns, model.query(), out, QCoreApplication.translate, list_name,
                lambda written: step(progress, written))
        except ExportCancelled:
            return None
        except KhedmatError as error:
            progress.close()
            show_error(self.window, error)
            return None
        finally:
            progress.close()
            progress.deleteLater()
        remember_folder(FilePurpose.EXPORT, out)
        self.tell_saved(out, count)
        return out

    def ask_path(self, suggested: Path) -> Path | None:
        """The save dialog (tests replace this method); the file as chosen, None if none was."""
        chosen, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export to Excel"), str(suggested),
                                                self.tr("Excel workbook (*.xlsx)"))
        return Path(chosen) if chosen else None

    def tell_saved(self, path: Path, count: int) -> None:
        """Where the workbook went, with a way to open its folder."""
        text = self.tr("%n rows written to {path}.", "", count).replace(str(count), self.desk.locale.digits(count))
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Export to Excel"), text.format(path=path),
                          QMessageBox.StandardButton.Close, self.window)
        box.button(QMessageBox.StandardButton.Close).setText(button_text(self.tr("Close")))
        folder = box.addButton(button_text(self.tr("Open folder")), QMessageBox.ButtonRole.ActionRole)
        box.exec()
        if box.clickedButton() is folder:
            open_folder(path)

    def _progress(self, total: int) -> QProgressDialog:
        label = self.tr("Writing %n rows…", "", total).replace(str(total), self.desk.locale.digits(total))
        return row_progress(self.window, self.tr("Export to Excel"), label, self.tr("Cancel"), total)
