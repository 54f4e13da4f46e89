"""Monthly report…: the manager picks a month and its calendar, builds the report (with its
progress, which Cancel stops), sees its pages, prints it or saves it as PDF or Excel.

The report is read once by app.reports.monthly; the preview is the very PDF that is printed
(rasterised by app.ui.printing), and Save as PDF… and Save as Excel… write that same report,
so the three never disagree.
"""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.config import data_dir
from app.errors import KhedmatError
from app.locale.calendars import Calendar, month_name
from app.reports.month import month_just_finished
from app.reports.report import MonthlyReport, ReportStopped
from app.services.desk import Desk
from app.ui.file_dialogs import ask_save_file
from app.ui.messages import button_text, saved_box, show_error
from app.ui.printing import ask_printer, page_image, print_pdf, tell_pdf_saved
from app.ui.retranslating import Retranslating
from app.ui.ui_state import FilePurpose
from app.ui.widgets.number_spin import NumberSpin, qt_locale

PREVIEW_SCALE = 1.3
"""Screen pixels per PDF point in the preview: an A4 page about 770 pixels wide."""
PROGRESS_DELAY_MS = 300
YEARS = range(1300, 2200)
"""The years a report may be asked for, in any of the calendars."""


class MonthPicker(Retranslating, QWidget):
    """The month (year and month name) and the calendar it is counted in; first the desk's
    calendar and the month just finished, shown so the manager chooses."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.calendar = QComboBox(self)
        for calendar in (Calendar.JALALI, Calendar.HIJRI, Calendar.GREGORIAN):
            self.calendar.addItem("", calendar)
        self.month = QComboBox(self)
        self.year = NumberSpin(desk.locale, self)
        self.year.setRange(YEARS.start, YEARS.stop - 1)
        self.year.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.calendar_label, self.month_label, self.year_label = QLabel(self), QLabel(self), QLabel(self)
        for label, field in ((self.calendar_label, self.calendar), (self.month_label, self.month),
                             (self.year_label, self.year)):
            label.setBuddy(field)
        layout = QFormLayout(self)
        layout.addRow(self.calendar_label, self.calendar)
        layout.addRow(self.month_label, self.month)
        layout.addRow(self.year_label, self.year)
        self.calendar.setCurrentIndex(self.calendar.findData(desk.locale.calendar))
        self.calendar.currentIndexChanged.connect(self._calendar_chosen)
        self.retranslate()
        self._calendar_chosen()

    def chosen_calendar(self) -> Calendar:
        return Calendar(self.calendar.currentData())

    def chosen(self) -> tuple[int, int, Calendar]:
        """(year, month, calendar) as shown."""
        return self.year.value(), self.month.currentIndex() + 1, self.chosen_calendar()

    def set_month(self, year: int, month: int, calendar: Calendar) -> None:
        self.calendar.setCurrentIndex(self.calendar.findData(calendar))
        self.year.setValue(year)
        self.month.setCurrentIndex(month - 1)

    def _calendar_chosen(self) -> None:
        """Another calendar's months have other names and another month just finished."""
        calendar = self.chosen_calendar()
        self._name_months()
        year, month = month_just_finished(self.desk.today(), calendar)
        self.year.setValue(year)
        self.month.setCurrentIndex(month - 1)

    def _name_months(self) -> None:
        index = self.month.currentIndex()
        self.month.clear()
        lang = self.desk.locale.lang
        for month in range(1, 13):
            self.month.addItem(f"{self.desk.locale.digits(month)} — {month_name(month, self.chosen_calendar(), lang)}")
        self.month.setCurrentIndex(max(index, 0))

    def retranslate(self) -> None:
        names = {Calendar.JALALI: self.tr("Jalali (Solar Hijri)"), Calendar.HIJRI: self.tr("Hijri (Umm al-Qura)"),
                 Calendar.GREGORIAN: self.tr("Gregorian")}
        for index in range(self.calendar.count()):
            self.calendar.setItemText(index, names[Calendar(self.calendar.itemData(index))])
        self.calendar_label.setText(self.tr("&Calendar:"))
        self.month_label.setText(self.tr("&Month:"))
        self.year_label.setText(self.tr("&Year:"))


class ReportPreview(Retranslating, QScrollArea):
    """The report's pages one under another, as they will be printed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = QWidget(self)
        self.column = QVBoxLayout(self.pages)
        self.column.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.hint = QLabel(self.pages)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.hint.setWordWrap(True)
        self.column.addWidget(self.hint)
        self.setWidget(self.pages)
        self.setWidgetResizable(True)
        self.page_labels: list[QLabel] = []
        self.retranslate()

    def show_pdf(self, pdf: Path) -> int:
        """Show every page of `pdf`; returns how many."""
        import pypdfium2  # imported when first shown: it is not needed to start the program

        for label in self.page_labels:
            label.deleteLater()
        self.page_labels = []
        self.hint.hide()
        document = pypdfium2.PdfDocument(str(pdf))
        try:
            for index in range(len(document)):
                page = document[index]
                label = QLabel(self.pages)
                label.setPixmap(QPixmap.fromImage(page_image(page, PREVIEW_SCALE)))
                label.setFrameShape(QLabel.Shape.Box)
                page.close()
                self.column.addWidget(label)
                self.page_labels.append(label)
        finally:
            document.close()
        return len(self.page_labels)

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Choose the month and press Build to see the report."))


class ReportsDialog(Retranslating, QDialog):
    """The manager's monthly report (the menu shows it only to those who may read it)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.report: MonthlyReport | None = None
        self.pdf: Path | None = None
        self.ask_save: Callable[[QWidget, FilePurpose, str, str, str], Path | None] = ask_save_file
        self.ask_printer = ask_printer
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.picker = MonthPicker(desk, self)
        self.build_button = QPushButton(self)
        self.build_button.setDefault(True)
        self.build_button.clicked.connect(self.build)
        self.preview = ReportPreview(self)
        self.status = QLabel(self)
        self.print_button = QPushButton(self)
        self.print_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button = QPushButton(self)
        self.pdf_button.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.excel_button = QPushButton(self)
        self.excel_button.setShortcut(QKeySequence("Ctrl+E"))
        self.excel_button.clicked.connect(self.save_excel)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        for button in (self.print_button, self.pdf_button, self.excel_button):
            button.setAutoDefault(False)
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.picker)
        top.addWidget(self.build_button, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self._made(None)
        self.resize(900, 820)
        self.retranslate()

    def _made(self, report: MonthlyReport | None) -> None:
        self.report = report
        for button in (self.print_button, self.pdf_button, self.excel_button):
            button.setEnabled(report is not None)

    def build(self) -> MonthlyReport | None:
        """Read the chosen month's report under a progress dialog and show its pages; None
        when it was stopped or refused (the previous report, if any, is put away)."""
        from app.reports.monthly import monthly_report  # read when first built: not needed to start
        from app.reports.pdf import write_report_pdf

        year, month, calendar = self.picker.chosen()
        progress = QProgressDialog(self.tr("Reading the month's figures…"), self.tr("Cancel"), 0, 1, self)
        progress.setWindowTitle(self.windowTitle())
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(PROGRESS_DELAY_MS)
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.setLocale(qt_locale(self.desk.locale))
        digits = self.desk.locale.digits

        def advance(done: int, total: int) -> bool:
            progress.setMaximum(max(total, 1))
            progress.setValue(done)
            progress.setLabelText(self.tr("Reading the month's figures…") + "\n" + self.tr(
                "Section {done} of {total}").format(done=digits(min(done + 1, total)), total=digits(total)))
            QCoreApplication.processEvents()
            return not progress.wasCanceled()

        self._made(None)
        try:
            report = monthly_report(self.desk, year, month, calendar, advance)
            folder = data_dir() / "print"
            folder.mkdir(parents=True, exist_ok=True)
            self.pdf = write_report_pdf(self.desk, report, folder / f"report-{year}-{month:02d}-{calendar.value}.pdf",
                                        QCoreApplication.translate)
        except ReportStopped:
            self.status.setText(self.tr("The report was stopped; nothing was written."))
            return None
        except KhedmatError as error:
            show_error(self, error)
            return None
        finally:
            progress.close()
            progress.deleteLater()
        self.preview.show_pdf(self.pdf)
        self.status.setText("")
        self._made(report)
        return report

    def _file_name(self, suffix: str) -> str:
        """'گزارش ماهانه 1403-07.pdf': the report's name and its month in Latin digits (a file's name)."""
        assert self.report is not None
        current = self.report.months.current
        return f"{self.tr('Monthly report')} {current.year}-{current.month:02d}{suffix}"

    def print_report(self) -> Path | None:
        if self.pdf is None:
            return None
        return print_pdf(self, self.pdf, self.ask_printer)

    def save_pdf(self) -> Path | None:
        from app.reports.pdf import write_report_pdf

        if self.report is None:
            return None
        chosen = self.ask_save(self, FilePurpose.PDF, self.tr("Save as PDF"), self._file_name(".pdf"), "PDF (*.pdf)")
        if chosen is None:
            return None
        try:
            written = write_report_pdf(self.desk, self.report, chosen, QCoreApplication.translate)
        except KhedmatError as error:
            show_error(self, error)
            return None
        tell_pdf_saved(self, written)
        return written

    def save_excel(self) -> Path | None:
        from app.reports.workbook import write_report_workbook

        if self.report is None:
            return None
        chosen = self.ask_save(self, FilePurpose.EXPORT, self.tr("Save as Excel"), self._file_name(".xlsx"),
                               self.tr("Excel workbook (*.xlsx)"))
        if chosen is None:
            return None
        try:
            written = write_report_workbook(self.desk, self.report, chosen, QCoreApplication.translate)
        except KhedmatError as error:
            show_error(self, error)
            return None
        saved_box(self, self.tr("Save as Excel"),
                  self.tr("The workbook was saved to {path}.").format(path=f"\u2066{written}\u2069"), written)
        return written

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Monthly report"))
        self.build_button.setText(button_text(self.tr("&Build")))
        self.print_button.setText(button_text(self.tr("&Print…")))
        self.pdf_button.setText(button_text(self.tr("Save as P&DF…")))
        self.excel_button.setText(button_text(self.tr("Save as E&xcel…")))
        self.close_button.setText(button_text(self.tr("Close")))
