"""The Reports screen: the month just finished offered first, the report built under its
progress (Cancel stops it), its pages shown, printed and saved as PDF or Excel."""
from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from app.config import data_dir
from app.domain.kinds import Role
from app.locale.calendars import Calendar
from app.ui.reports.reports_dialog import ReportsDialog
from app.ui.ui_state import FilePurpose
from tests.reports.report_words import mehr_1403
from tests.ui.conftest import answer_next_box
from tests.ui.test_roles_on_screen import as_role


def close_message_boxes() -> None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            widget.done(0)


def test_the_month_just_finished_is_offered_in_the_desks_calendar(open_dialog, desk):
    dialog = open_dialog("fa", lambda: ReportsDialog(desk))
    picker = dialog.picker
    # today is 2025-06-15, 25 Khordad 1404: the month just finished is Ordibehesht 1404
    assert picker.chosen() == (1404, 2, Calendar.JALALI)
    assert picker.month.currentText() == "۲ — اردیبهشت" and picker.year.text() == "۱۴۰۴"
    assert picker.calendar.currentText() != "" and dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    picker.calendar.setCurrentIndex(picker.calendar.findData(Calendar.GREGORIAN))
    assert picker.chosen() == (2025, 5, Calendar.GREGORIAN) and picker.month.currentText() == "۵ — مه"
    picker.calendar.setCurrentIndex(picker.calendar.findData(Calendar.HIJRI))
    assert picker.chosen() == (1446, 11, Calendar.HIJRI)  # 2025-06-15 is 19 Dhu al-Hijjah 1446
    assert not dialog.pdf_button.isEnabled() and not dialog.excel_button.isEnabled()


def test_built_shown_printed_and_saved_as_pdf_and_excel(open_dialog, desk, tmp_path):
    mehr_1403(desk)
    dialog = open_dialog("fa", lambda: ReportsDialog(desk))
    dialog.picker.set_month(1403, 7, Calendar.JALALI)
    report = dialog.build()
    assert report is not None and report.months.current.first_day.isoformat() == "2024-09-22"
    assert len(dialog.preview.page_labels) >= 2 and not dialog.preview.page_labels[0].pixmap().isNull()
    assert dialog.pdf is not None and dialog.pdf.parent == data_dir() / "print"
    asked = []

    def ask(parent, purpose, title, name, filters):
        asked.append((purpose, name))
        return tmp_path / name

    dialog.ask_save = ask
    pdf = dialog.save_pdf()
    close_message_boxes()
    book = dialog.save_excel()
    close_message_boxes()
    assert [a[0] for a in asked] == [FilePurpose.PDF, FilePurpose.EXPORT]
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.name.endswith("1403-07.pdf")
    assert openpyxl.load_workbook(book).worksheets[0].sheet_view.rightToLeft
    printed = []
    dialog.ask_printer = lambda parent, printer: printed.append(printer.docName()) or False
    assert dialog.print_report() is None and printed == [dialog.pdf.stem]


def test_cancel_stops_the_report_and_nothing_is_shown(open_dialog, desk, monkeypatch):
    dialog = open_dialog("fa", lambda: ReportsDialog(desk))
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    assert dialog.build() is None
    assert dialog.status.text() != "" and not dialog.excel_button.isEnabled() and dialog.pdf is None
    assert not dialog.preview.page_labels


def test_escape_closes_it(open_dialog, desk):
    dialog = open_dialog("ar", lambda: ReportsDialog(desk))
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


@pytest.mark.parametrize(("role", "shown"), [(Role.CLERK, False), (Role.TECHNICIAN, False), (Role.MANAGER, True)])
def test_only_a_manager_finds_it_in_the_tools_menu(qtbot, store, speak, role, shown):
    from app.ui.main_window import MainWindow
    from tests.conftest import make_desk

    speak("fa")
    window = MainWindow(as_role(make_desk(store, "fa"), role))
    qtbot.addWidget(window)
    assert window.monthly_report_action in window.tools_menu.actions()
    assert window.monthly_report_action.isVisible() is shown
    assert window.monthly_report_action.shortcut().toString() == "Ctrl+Shift+R"
    dialog = window.open_monthly_report()
    assert (dialog is not None) is shown
    if dialog is not None:
        dialog.close()


def test_saving_over_the_database_is_refused_with_a_message(open_dialog, desk, db_path):
    dialog = open_dialog("fa", lambda: ReportsDialog(desk))
    dialog.picker.set_month(1403, 7, Calendar.JALALI)
    assert dialog.build() is not None
    before = db_path.read_bytes()
    dialog.ask_save = lambda *args: db_path
    seen: list[str] = []
    answer_next_box(seen, lambda box: box.accept())
    assert dialog.save_excel() is None
    assert len(seen) == 1 and str(db_path) in seen[0] and db_path.read_bytes() == before
