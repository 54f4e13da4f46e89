"""Print list… and its print preview, for the list a tab shows: exactly its rows (every page,
not only those loaded), with its filter and sort, its columns in their order.

The PDF is made by app.documents.printed_list, reading the rows from the database a batch at
a time, into the data folder's print folder (it stays there as what was printed); this module
shows the progress (cancellable) and hands the PDF to app.ui.printing, which prints or
previews it page for page.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from app.config import data_dir
from app.errors import KhedmatError
from app.services.desk import Desk
from app.ui.list_export import row_progress, step, suggested_file_name
from app.ui.messages import show_error
from app.ui.models.paged_table import PagedTableModel
from app.ui.printing import ask_printer, preview_pdf, print_pdf


class ListPrinting(QObject):
    """The window's Print list… and Print preview of the list…, for whichever list is shown."""

    def __init__(self, desk: Desk, parent: QWidget) -> None:
        super().__init__(parent)
        self.desk = desk
        self.window = parent
        self.ask: Callable[[QWidget | None, QPrinter], bool] = ask_printer
        """The print dialog (tests choose a printer that writes a file instead)."""

    def print_list(self, model: PagedTableModel, list_name: str, total: int, filters: Sequence[str]) -> Path | None:
        """Print what `model` shows on the printer the clerk chooses; the PDF printed, or None."""
        pdf = self.write(model, list_name, total, filters)
        return None if pdf is None else print_pdf(self.window, pdf, self.ask)

    def preview_list(self, model: PagedTableModel, list_name: str, total: int,
                     filters: Sequence[str]) -> Path | None:
        """Show what `model` shows in the print preview; the PDF shown, or None."""
        pdf = self.write(model, list_name, total, filters)
        return None if pdf is None else preview_pdf(self.window, pdf)

    def write(self, model: PagedTableModel, list_name: str, total: int, filters: Sequence[str]) -> Path | None:
        """The list's PDF in the print folder; None, after telling the clerk why when it was not
        cancelled, when it was not made."""
        from app.documents.printed_list import PrintCancelled, write_printed_list  # reportlab waits until then

        folder = data_dir() / "print"
        out = folder / suggested_file_name(self.desk, list_name, ".pdf")
        label = self.tr("Preparing %n rows for printing…", "", total).replace(
            str(total), self.desk.locale.digits(total))
        progress = row_progress(self.window, self.tr("Print list"), label, self.tr("Cancel"), total)
        try:
            folder.mkdir(parents=True, exist_ok=True)
            write_printed_list(self.desk, model.source, model.columns, model.query(), out,
                               QCoreApplication.translate, list_name, filters, lambda done: step(progress, done))
        except PrintCancelled:
            return None
        except KhedmatError as error:
            progress.close()
            show_error(self.window, error)
            return None
        finally:
            progress.close()
            progress.deleteLater()
        return out
