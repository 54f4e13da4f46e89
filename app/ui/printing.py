"""Job cards, receipts and printed lists from the screens: print, preview, or save as PDF.

The documents are made by app.documents (the same PDFs as `khedmat jobcard`). Printing and
the preview paint that very PDF: each page is rasterised by pypdfium2 at the printer's
resolution and painted on the QPrinter, so what comes out of the printer is the PDF. Qt's
own print dialog chooses the printer (on Windows the default one is chosen first).
"""
from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from app.config import data_dir
from app.documents.common import document_path
from app.errors import KhedmatError
from app.services.desk import Desk
from app.ui.file_dialogs import ask_save_file
from app.ui.messages import saved_box, show_error, tell
from app.ui.ui_state import FilePurpose

if TYPE_CHECKING:
    import pypdfium2

MAX_DPI = 300
"""Pages are rasterised at the printer's resolution up to this: text on paper looks no
sharper above it, and an A4 page at 1200 dpi (what Qt's PDF printer reports) would take
over 500 MB."""


class Document(StrEnum):
    JOB_CARD = "jobcard"
    RECEIPT = "receipt"


def write_document(desk: Desk, kind: Document, number: str, out: Path) -> Path:
    # imported when first needed: reportlab is not needed to start the program
    from app.documents.job_card import write_job_card
    from app.documents.receipt import write_receipt

    write = write_job_card if kind is Document.JOB_CARD else write_receipt
    return write(desk, number, out, QCoreApplication.translate)


def ask_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Where to save: the folder PDFs were last saved in, else the clerk's Documents folder."""
    return ask_save_file(parent, FilePurpose.PDF, QCoreApplication.translate("Printing", "Save as PDF"),
                         suggested, "PDF (*.pdf)")


def tell_pdf_saved(parent: QWidget, path: Path) -> QMessageBox:
    """Where the PDF went, with a button that opens its folder."""
    text = QCoreApplication.translate("Printing", "The PDF was saved to {path}.").format(path=f"\u2066{path}\u2069")
    return saved_box(parent, QCoreApplication.translate("Printing", "Save as PDF"), text, path)


def save_document(parent: QWidget, desk: Desk, kind: Document, number: str,
                  ask: Callable[[QWidget, str], Path | None] = ask_pdf_path,
                  tell_saved: Callable[[QWidget, Path], object] = tell_pdf_saved) -> Path | None:
    """Ask where, write the document there and say where it went; the PDF written, or None
    when the clerk cancelled or it could not be written (the database file is refused)."""
    chosen = ask(parent, f"{kind.value}-{number}.pdf")
    if chosen is None:
        return None
    try:
        written = write_document(desk, kind, number, document_path(desk, chosen))
    except KhedmatError as error:
        show_error(parent, error)
        return None
    tell_saved(parent, written)
    return written


def _write_for_printing(parent: QWidget, desk: Desk, kind: Document, number: str) -> Path | None:
    """The document written to the data folder's print folder (it stays there as what was
    printed); None, after telling the clerk why, when it cannot be made."""
    folder = data_dir() / "print"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        return write_document(desk, kind, number, folder / f"{kind.value}-{number}.pdf")
    except KhedmatError as error:
        show_error(parent, error)
        return None


# -- painting a PDF on a printer ------------------------------------------------------------

def printer_for(pdf: Path) -> QPrinter:
    """A printer set up for `pdf` (see `set_up`)."""
    return set_up(QPrinter(QPrinter.PrinterMode.HighResolution), pdf)


def _open_pdf(pdf: Path) -> pypdfium2.PdfDocument:
    import pypdfium2  # imported when first printing: it is not needed to start the program

    return pypdfium2.PdfDocument(str(pdf))


def set_up(printer: QPrinter, pdf: Path) -> QPrinter:
    """Give `printer` the paper size, orientation and name of `pdf`, and no margins (the PDF
    has its own). A landscape page is the portrait paper turned, so the printer is asked for
    its A4 turned rather than for a paper 297 mm wide."""
    document = _open_pdf(pdf)
    try:
        width, height = document[0].get_size()
    finally:
        document.close()
    orientation = (QPageLayout.Orientation.Landscape if width > height else QPageLayout.Orientation.Portrait)
    paper = QSizeF(min(width, height), max(width, height))
    printer.setPageLayout(QPageLayout(QPageSize(paper, QPageSize.Unit.Point), orientation, QMarginsF()))
    printer.setFullPage(True)
    printer.setDocName(pdf.stem)
    return printer


def page_image(page: pypdfium2.PdfPage, pixels_per_point: float) -> QImage:
    """One PDF page as an image, `pixels_per_point` pixels for each PDF point, on white."""
    bitmap = page.render(scale=pixels_per_point, rev_byteorder=True, prefer_bgrx=True)
    try:
        image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
        return image.copy()  # the bitmap's memory is freed when it is closed
    finally:
        bitmap.close()


def paint_pdf(printer: QPrinter, pdf: Path) -> int:
    """Paint every page of `pdf` on `printer`, each scaled to fill the paper (keeping its
    proportions) and centred; returns the number of pages painted (0: the printer could not
    be started)."""
    document = _open_pdf(pdf)
    painter = QPainter()
    try:
        if not painter.begin(printer):
            return 0
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)  # a capped or zoomed page stays legible
        dpi = printer.resolution()
        paper = printer.pageLayout().fullRectPixels(dpi)
        for index in range(len(document)):
            if index:
                printer.newPage()
            page = document[index]
            width, height = page.get_size()
            scale = min(paper.width() / width, paper.height() / height)  # printer pixels per point
            shown = QRectF(paper.x() + (paper.width() - width * scale) / 2,
                           paper.y() + (paper.height() - height * scale) / 2, width * scale, height * scale)
            painter.drawImage(shown, page_image(page, scale * min(1.0, MAX_DPI / dpi)))
            page.close()
        return len(document)
    finally:
        if painter.isActive():
            painter.end()
        document.close()


# -- print and preview ----------------------------------------------------------------------

def ask_printer(parent: QWidget, printer: QPrinter) -> bool:
    """The system's print dialog: which printer, which pages, how many copies."""
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print"))
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_document(parent: QWidget, desk: Desk, kind: Document, number: str,
                   ask: Callable[[QWidget, QPrinter], bool] = ask_printer) -> Path | None:
    """Make the document and print it on the printer the clerk chooses; the PDF that was
    printed, or None when it was not."""
    pdf = _write_for_printing(parent, desk, kind, number)
    return None if pdf is None else print_pdf(parent, pdf, ask)


def print_pdf(parent: QWidget | None, pdf: Path, ask: Callable[[QWidget | None, QPrinter], bool] = ask_printer
              ) -> Path | None:
    """Print `pdf` on the printer the clerk chooses; `pdf`, or None when it was not printed."""
    printer = printer_for(pdf)
    if not ask(parent, printer):
        return None
    if not paint_pdf(printer, pdf):
        tell(parent, QCoreApplication.translate(
            "Printing", "The printer could not be started. Check that it is switched on and connected."),
             title=QCoreApplication.translate("Printing", "Print"), warning=True)
        return None
    return pdf


def preview_dialog(parent: QWidget | None, pdf: Path) -> QPrintPreviewDialog:
    """Qt's print preview of `pdf`, from which the clerk can also print it."""
    dialog = QPrintPreviewDialog(parent)  # with a printer of its own, which lives as long as it
    set_up(dialog.printer(), pdf)
    dialog.setWindowTitle(QCoreApplication.translate("Printing", "Print preview"))
    dialog.paintRequested.connect(lambda printer: paint_pdf(printer, pdf))
    return dialog


def preview_document(parent: QWidget, desk: Desk, kind: Document, number: str) -> Path | None:
    """Make the document and show it in the print preview; the PDF shown, or None."""
    pdf = _write_for_printing(parent, desk, kind, number)
    return None if pdf is None else preview_pdf(parent, pdf)


def preview_pdf(parent: QWidget | None, pdf: Path) -> Path:
    """Show `pdf` in the print preview (the clerk may print it from there) until it is closed."""
    dialog = preview_dialog(parent, pdf)
    dialog.exec()
    dialog.deleteLater()
    return pdf
