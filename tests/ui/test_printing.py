"""Printing and the print preview paint the document's own PDF, page for page.

A native print dialog cannot be clicked in a test, so the printer the clerk would choose is
a PDF file (QPrinter's PdfFormat): what Qt prints into it is read back with pdfinfo.
"""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QColor, QImage, QPageSize
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication

from app.config import data_dir
from app.services.desk import Desk
from app.services.tickets import TicketInput, TicketRecord, open_ticket
from app.ui.printing import Document, page_image, paint_pdf, preview_dialog, print_document, write_document
from app.ui.tickets.ticket_dialog import TicketDialog
from tests.services.helpers import customer, unit


def a_ticket(desk: Desk) -> TicketRecord:
    owner = customer(desk)
    return open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=unit(desk, owner).id,
                                         fault="آبگیری نمی‌کند"))


def pdf_info(path: Path) -> tuple[int, tuple[int, int]]:
    """(pages, (width, height) in whole points) of a PDF."""
    info = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info).groups()
    return pages, (round(float(size[0])), round(float(size[1])))


def to_file(out: Path):
    """An answer to the print dialog: the clerk chose a printer that writes `out`."""
    def ask(parent, printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        printer.setResolution(100)  # enough to see the pages; the default 1200 dpi is slow to test
        return True

    return ask


@pytest.fixture
def job_card(qapp, desk, tmp_path) -> Path:
    """A Persian job card with its workshop copy on the next page (the default): two A5 pages."""
    return write_document(desk, Document.JOB_CARD, a_ticket(desk).number, tmp_path / "card.pdf")


def dark(image: QImage, left: float, top: float, right: float, bottom: float) -> int:
    """How many pixels darker than light grey lie in that part of the image (fractions of it)."""
    count = 0
    for y in range(int(top * image.height()), int(bottom * image.height()), 2):
        for x in range(int(left * image.width()), int(right * image.width()), 2):
            if QColor(image.pixel(x, y)).lightness() < 160:
                count += 1
    return count


def test_a_page_is_rasterised_as_it_is_laid_out(job_card):
    document = pdfium.PdfDocument(str(job_card))
    image = page_image(document[0], 1.0)  # one pixel per point
    document.close()
    assert abs(image.width() - 420) <= 1 and abs(image.height() - 595) <= 1
    assert dark(image, 0.05, 0.04, 0.25, 0.17) > 100, "the QR code, top left (opposite the Persian text)"
    assert dark(image, 0.6, 0.04, 0.95, 0.17) > 50, "the title and number, top right"
    assert dark(image, 0.05, 0.92, 0.95, 1.0) == 0, "nothing below the bottom margin"


def test_print_paints_every_page_on_the_printer_the_clerk_chose(qapp, desk, tmp_path):
    ticket = a_ticket(desk)
    out = tmp_path / "printed.pdf"
    printed = print_document(None, desk, Document.JOB_CARD, ticket.number, ask=to_file(out))
    assert printed == data_dir() / "print" / f"jobcard-{ticket.number}.pdf"
    assert pdf_info(out) == pdf_info(printed) == (2, (420, 595)), "every page, on A5 paper like the PDF"


def test_a_cancelled_print_dialog_prints_nothing(qapp, desk, tmp_path):
    ticket = a_ticket(desk)
    assert print_document(None, desk, Document.RECEIPT, ticket.number, ask=lambda parent, printer: False) is None


def test_painting_on_other_paper_scales_the_page_to_fit(job_card, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "a4.pdf"))
    printer.setResolution(100)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))  # the clerk chose A4 paper in the dialog
    printer.setFullPage(True)
    assert paint_pdf(printer, job_card) == 2
    assert pdf_info(tmp_path / "a4.pdf") == (2, (595, 842))
    subprocess.run(["pdftoppm", "-png", "-r", "30", "-f", "1", "-l", "1", "-singlefile", str(tmp_path / "a4.pdf"),
                    str(tmp_path / "a4")], check=True)
    image = QImage(str(tmp_path / "a4.png"))
    assert dark(image, 0.05, 0.03, 0.25, 0.15) > 10, "the QR code, enlarged into the top left of the A4 sheet"


def test_the_preview_shows_the_pages_of_the_pdf(qtbot, job_card):
    dialog = preview_dialog(None, job_card)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    preview = dialog.findChild(QPrintPreviewWidget)
    assert preview.pageCount() == 2
    assert dialog.windowTitle() == QCoreApplication.translate("Printing", "Print preview")


def test_the_ticket_offers_print_preview_and_pdf_for_both_documents(open_dialog, desk, qtbot):
    ticket = a_ticket(desk)
    dialog = open_dialog("fa", lambda: TicketDialog(desk, ticket.id))
    for kind in Document:
        menu = dialog.document_buttons[kind].menu()
        assert [a.text() for a in menu.actions()] == [
            QCoreApplication.translate("TicketDialog", text) for text in ("Print…", "Print preview…", "Save as PDF…")]
    assert dialog.document_actions[(Document.JOB_CARD, "print")] is dialog.print_action, "Ctrl+P prints the job card"

    seen: list[int] = []

    def look_and_close() -> None:
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, QPrintPreviewDialog):
            QTimer.singleShot(20, look_and_close)
            return
        seen.append(preview.findChild(QPrintPreviewWidget).pageCount())
        preview.reject()

    QTimer.singleShot(0, look_and_close)
    dialog.document_actions[(Document.RECEIPT, "preview")].trigger()
    assert seen == [1], "the receipt's one page was shown"
    assert (data_dir() / "print" / f"receipt-{ticket.number}.pdf").exists()


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_start_is_reported(qapp, desk, tmp_path, monkeypatch):
    ticket = a_ticket(desk)
    said: list[str] = []
    monkeypatch.setattr("app.ui.printing.tell", lambda parent, text, **_how: said.append(text))
    printed = print_document(None, desk, Document.JOB_CARD, ticket.number,
                             ask=to_file(tmp_path / "no-such-folder" / "printed.pdf"))
    assert printed is None
    assert said == [QCoreApplication.translate(
        "Printing", "The printer could not be started. Check that it is switched on and connected.")]
