"""Print list… and its preview from the lists of the main window: exactly what the list shows,
on A4 landscape pages, read back from the real PDF with poppler."""
from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrintPreviewDialog, QPrintPreviewWidget
from PySide6.QtWidgets import QApplication, QProgressDialog, QToolButton

from app.config import data_dir
from app.documents import printed_list
from app.locale.text import strip_invisible
from app.services.company import company_settings, save_company_settings
from tests.documents.test_documents import words
from tests.ui.conftest import answer_next_box, type_text
from tests.ui.test_printing import pdf_info, to_file

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")

LANDSCAPE_A4 = (842, 595)
STATUS = {"fa": "بسته شده", "ar": "مغلق"}
PAGE_2 = {"fa": "صفحه ۲ از", "ar": "الصفحة ٢ من"}


def page_text(pdf: Path, page: int | None = None) -> str:
    """pdftotext's layout text (of one page), presentation forms undone and bidi controls dropped."""
    pages = ["-f", str(page), "-l", str(page)] if page else []
    text = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", *pages, str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return plain(unicodedata.normalize("NFKC", text))


def plain(text: str) -> str:
    """Without the invisible controls (ZWNJ, bidi marks), which pdftotext does not give back."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def printed_numbers(text: str) -> list[str]:
    """The ticket numbers (year-sequence, in any digits) in the order they are printed."""
    return re.findall(r"\d{4}-\d{4}", text)


def all_shown(tab, column: int = 0) -> list[str]:
    """Every cell of a column of the list as the clerk sees it, scrolling to its end."""
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    return [strip_invisible(tab.model.index(r, column).data()) for r in range(tab.model.rowCount())]


def headings(tab) -> list[str]:
    return [plain(tab.model.headerData(i, Qt.Orientation.Horizontal)) for i in range(tab.model.columnCount())]


def close_preview(seen: list[tuple[int, QPageLayout.Orientation]]) -> None:
    """Look at the next print preview (its page count and orientation) and close it."""
    def look() -> None:
        preview = QApplication.activeModalWidget()
        if not isinstance(preview, QPrintPreviewDialog):
            QTimer.singleShot(20, look)
            return
        seen.append((preview.findChild(QPrintPreviewWidget).pageCount(),
                     preview.printer().pageLayout().orientation()))
        preview.reject()

    QTimer.singleShot(0, look)


def answer_box(seen: list[str]) -> None:
    answer_next_box(seen, lambda box: box.reject())


def test_print_list_and_its_preview_are_beside_export_everywhere_with_their_own_shortcut(open_window):
    window, _ = open_window("fa")
    for tab in window.lists:
        [button] = [b for b in tab.findChildren(QToolButton) if b.defaultAction() is window.print_list_action]
        assert button.text() == "چاپ فهرست"
        assert button.menu().actions() == [window.print_list_action, window.preview_list_action]
        actions = tab.view.actions()
        assert actions.index(window.export_list_action) < actions.index(window.print_list_action) \
            < actions.index(window.preview_list_action)
    menu = window.file_menu.actions()
    assert menu.index(window.export_list_action) + 1 == menu.index(window.print_list_action)
    assert menu.index(window.print_list_action) + 1 == menu.index(window.preview_list_action)
    assert window.print_list_action.text() == "چاپ فهرست…" and "&" not in window.preview_list_action.text()
    assert window.print_list_action.shortcut().toString() == "Ctrl+Shift+P"
    shortcuts = [a.shortcut() for a in window.findChildren(type(window.print_list_action)) if not a.shortcut().isEmpty()]
    assert len(shortcuts) == len(set(s.toString() for s in shortcuts)), "no two actions share a shortcut"


@pytest.mark.parametrize("lang", ["fa", "ar"])
def test_the_filtered_tickets_list_prints_exactly_its_rows_on_landscape_pages(open_window, tmp_path, lang):
    window, desk = open_window(lang, customers=150, tickets=800)
    tab = window.tickets
    tab.bar.status.setCurrentIndex(tab.bar.status.findData("closed"))
    tab.view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
    assert tab.total > tab.model.rowCount(), "the list has rows beyond the page it loaded"
    out = tmp_path / "printer.pdf"
    window.list_printing.ask = to_file(out)
    pdf = window.print_list()
    assert pdf is not None and pdf.parent == data_dir() / "print"
    pages, size = pdf_info(pdf)
    assert pages > 2 and size == LANDSCAPE_A4
    assert pdf_info(out) == (pages, LANDSCAPE_A4), "the printer was given landscape paper, page for page"

    numbers = all_shown(tab)
    assert printed_numbers(page_text(pdf)) == numbers, "every row of the list, in its order, and no other"
    assert all(not n.isascii() for n in numbers), "the numbers are in the user's digits"
    first, second = page_text(pdf, 1), page_text(pdf, 2)
    for heading in headings(tab):
        assert heading in first and heading in second, f"{heading} heads page 1 and again page 2"
    assert STATUS[lang] in second
    assert words(f"{PAGE_2[lang]} {desk.locale.digits(pages)}") in words(second), "page N of M"
    assert desk.locale.digits(tab.total) in first
    assert plain(window.tabs.tabText(window.tabs.indexOf(window.tickets))) in first
    assert not re.search(r"[0-9]", "".join(printed_numbers(second))), "no Latin digits in the numbers"


def test_the_preview_shows_the_arabic_list_landscape_with_the_filter_typed_in_words(open_window, tmp_path):
    window, _ = open_window("ar", customers=60, tickets=300)
    tab = window.tickets
    tab.bar.status.setCurrentIndex(tab.bar.status.findData("closed"))
    name = all_shown(tab, 3)[0].split()[-1]
    type_text(tab.filter, name)
    tab.apply_filter()
    shown = all_shown(tab)
    assert shown
    seen: list[tuple[int, QPageLayout.Orientation]] = []
    close_preview(seen)
    pdf = window.preview_list()
    assert seen and seen[0][1] == QPageLayout.Orientation.Landscape
    assert seen[0][0] == pdf_info(pdf)[0]
    text = page_text(pdf)
    assert printed_numbers(text) == shown
    # the glyphs drawn «…» on the page come back from pdftotext as »…« (see test_documents, trap 10)
    assert words(f"التصفية: يطابق »{name}«؛ الحالة: مغلق") in words(text), \
        "the typed text and the filter bar's filter, in words"


def test_the_persian_list_prints_the_company_its_filter_and_the_date(open_window):
    window, desk = open_window("fa", customers=30, tickets=100)
    settings = company_settings(desk)
    save_company_settings(desk, replace(settings, name="خدمات فنی البرز", phone="021-66001122"),
                          settings.version_token)
    bar = window.tickets.bar
    bar.status.setCurrentIndex(bar.status.findData("open"))
    bar.use_dates.setChecked(True)
    window.list_printing.ask = lambda parent, printer: False
    assert window.print_list() is None, "the clerk closed the print dialog"
    [pdf] = list((data_dir() / "print").iterdir())
    text = words(page_text(pdf, 1))
    assert words("خدمات فنی البرز") in text and "021-66001122" in text
    start, end = (desk.locale.date(edit.value()) for edit in (bar.date_from, bar.date_to))
    assert words(f"فیلتر: وضعیت: {bar.status.currentText()}؛ پذیرش از {start} تا {end}") in text
    assert words(f"تاریخ چاپ: {desk.locale.date(desk.today())}") in text


def test_a_list_too_long_to_print_says_so_and_prints_nothing(open_window, monkeypatch):
    window, desk = open_window("fa", customers=40, tickets=120)
    monkeypatch.setattr(printed_list, "MAX_ROWS", 50)
    window.list_printing.ask = lambda parent, printer: pytest.fail("no print dialog for a list that is not printed")
    seen: list[str] = []
    answer_box(seen)
    assert window.print_list() is None
    assert seen and desk.locale.digits(window.tickets.total) in seen[0] and "۵۰" in seen[0]
    assert "اکسل" in seen[0], "the message offers the export instead"
    assert not (data_dir() / "print").exists() or not list((data_dir() / "print").iterdir())


def test_cancel_in_the_progress_window_prints_nothing(open_window, monkeypatch):
    window, _ = open_window("fa", customers=100, tickets=600)
    monkeypatch.setattr(printed_list, "PROGRESS_EVERY", 10)
    window.list_printing.ask = lambda parent, printer: pytest.fail("a cancelled print-out is not printed")
    pressed: list[str] = []

    def press_cancel() -> None:
        [progress] = [w for w in window.findChildren(QProgressDialog) if not w.wasCanceled()] or [None]
        if progress is None:
            QTimer.singleShot(5, press_cancel)
            return
        pressed.append(progress.labelText())
        progress.cancel()

    QTimer.singleShot(0, press_cancel)
    assert window.print_list() is None
    assert pressed and "۶۰۰" in pressed[0]
    assert QCoreApplication.translate("ListPrinting", "Print list") == "چاپ فهرست"
    assert not list((data_dir() / "print").iterdir()), "no PDF and no part of one is left"
