"""The legacy import wizard, driven as a user would: a real workbook, a real database."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import func, select

from app.domain.people import Customer
from app.domain.tickets import Ticket
from app.domain.units import Asset
from app.importing import Outcome, import_workbook
from app.importing.headers import Field
from app.locale.text import strip_invisible
from app.ui.importing.import_preview import HEADER_BACKGROUND
from app.ui.importing.import_wizard import CHECK, FILE, PREVIEW, SUMMARY, ImportWizard
from tests.importing.conftest import ROWS_FA, write_book

SHEET = "پذیرش ۱۴۰۲"
MOBILE_COLUMN, FAULT_COLUMN, NOTES_COLUMN = 2, 9, 12  # C (شماره همراه), J (ایراد), M (توضیحات انبار)


def counts(desk) -> tuple[int, int, int]:
    with desk.store.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (Customer, Asset, Ticket))


class Files:
    """What the wizard's file choosers answer, and the files it opened."""

    def __init__(self) -> None:
        self.to_open: list[Path] = []
        self.to_save: list[Path] = []
        self.opened: list[Path] = []

    def ask_open(self, _parent, _title, _filters) -> Path | None:
        return self.to_open.pop(0) if self.to_open else None

    def ask_save(self, _parent, _title, _suggested, _filters) -> Path | None:
        return self.to_save.pop(0) if self.to_save else None


@pytest.fixture
def legacy_fa(tmp_path: Path) -> Path:
    """The hand-kept Persian log of tests/importing: title and blank rows above the header."""
    return write_book(tmp_path / "legacy_fa.xlsx", {SHEET: ROWS_FA})


@pytest.fixture
def files() -> Files:
    return Files()


@pytest.fixture
def open_wizard(qtbot, speak, files):
    def opener(desk, lang: str = "fa") -> ImportWizard:
        speak(lang)
        wizard = ImportWizard(desk, ask_open=files.ask_open, ask_save=files.ask_save, open_file=files.opened.append)
        # Closed at the end of the test without the question a wizard in the middle asks.
        qtbot.addWidget(wizard, before_close_func=lambda w: w.done(QDialog.DialogCode.Rejected))
        wizard.show()
        qtbot.waitExposed(wizard)
        return wizard

    return opener


def answer_next_question(parent, button: QMessageBox.StandardButton, then=None) -> list[str]:
    """Click `button` on the next question `parent` asks; `then` runs right after the click."""
    asked: list[str] = []
    tries = iter(range(200))  # two seconds at most, then the test fails on its own assertions

    def answer() -> None:
        boxes = [b for b in parent.findChildren(QMessageBox) if b.isVisible()]
        if not boxes:
            if next(tries, None) is not None:
                QTimer.singleShot(10, answer)
            return
        asked.append(boxes[0].text())
        boxes[0].button(button).click()
        if then is not None:
            QTimer.singleShot(0, then)

    QTimer.singleShot(0, answer)
    return asked


def to_summary(wizard: ImportWizard) -> list[str]:
    """Dry run, then import, saying yes to the question."""
    assert wizard.page() == PREVIEW
    wizard.next_button.click()
    assert wizard.page() == CHECK
    asked = answer_next_question(wizard, QMessageBox.StandardButton.Yes)
    wizard.next_button.click()
    return asked


def test_the_preview_finds_the_header_row_and_the_mobile_column(open_wizard, desk, legacy_fa):
    wizard = open_wizard(desk)
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert wizard.set_file(legacy_fa)
    assert wizard.page() == PREVIEW
    page = wizard.sheet_page(SHEET)
    assert page.sheet.header is not None and page.sheet.header.row == 2  # Excel's row 3
    assert page.header_row.currentData() == 2
    assert page.model.headerData(2, Qt.Orientation.Vertical) == "۳"
    assert page.model.headerData(MOBILE_COLUMN, Qt.Orientation.Horizontal) == "C"
    highlight = page.model.index(2, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert highlight is not None and highlight.color().name() == HEADER_BACKGROUND
    assert page.model.index(3, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.model.index(2, MOBILE_COLUMN).data() == "شماره همراه"
    assert page.combos[MOBILE_COLUMN].currentData() == Field.MOBILE.value
    assert page.combos[NOTES_COLUMN].currentData() is None  # "توضیحات انبار": kept in notes
    assert page.sheet.header.extra[NOTES_COLUMN] == "توضیحات انبار"
    assert "۳" in page.status.text()
    assert wizard.next_button.isEnabled()


def test_the_field_lists_sit_over_their_columns_right_to_left(open_wizard, desk, legacy_fa):
    wizard = open_wizard(desk)
    wizard.set_file(legacy_fa)
    page = wizard.sheet_page(SHEET)
    page.view.scrollTo(page.model.index(0, 0))
    QApplication.processEvents()
    a, b = page.combos[0], page.combos[1]
    assert a.isVisible() and b.isVisible()
    assert a.x() > b.x()  # column A on the right, as Excel shows a right-to-left sheet
    header = page.fields
    assert a.geometry().right() <= header.sectionViewportPosition(0) + header.sectionSize(0)


def test_choosing_a_field_changes_the_mapping(open_wizard, desk, legacy_fa, qtbot):
    wizard = open_wizard(desk)
    wizard.set_file(legacy_fa)
    page = wizard.sheet_page(SHEET)
    notes = page.combos[NOTES_COLUMN]
    notes.setCurrentIndex(notes.findData(Field.FAULT.value))
    header = page.sheet.header
    assert header.fields[Field.FAULT] == NOTES_COLUMN
    assert FAULT_COLUMN in header.extra  # the old fault column is now kept in notes
    assert page.combos[FAULT_COLUMN].currentData() is None
    assert wizard.plan.mapping()["sheets"][SHEET]["columns"]["fault"] == "M"

    page.header_row.setCurrentIndex(page.header_row.findData(None))
    assert page.sheet.header is None and not wizard.plan.importable
    assert not wizard.next_button.isEnabled()
    assert not page.combos[MOBILE_COLUMN].isEnabled()
    page.view.doubleClicked.emit(page.model.index(2, 0))  # a double-click takes the row as the header
    assert page.sheet.header.row == 2 and page.header_row.currentData() == 2
    assert page.sheet.header.fields[Field.MOBILE] == MOBILE_COLUMN
    assert wizard.next_button.isEnabled()


def test_the_dry_run_shows_the_counts_and_writes_nothing(open_wizard, desk, legacy_fa):
    wizard = open_wizard(desk)
    wizard.set_file(legacy_fa)
    before = counts(desk)
    wizard.next_button.click()
    assert wizard.page() == CHECK
    figures = {key: label.text() for key, label in wizard.count_labels.items()}
    assert figures == {"imported": "۳", "merged": "۰", "skipped": "۵", "rejected": "۳",
                       "customers": "۲", "units": "۳", "tickets": "۳"}
    assert wizard.problems_model.rowCount() == 3
    rows = [wizard.problems_model.index(i, 1).data() for i in range(3)]
    assert rows == ["۸", "۹", "۱۰"]
    assert wizard.problems_model.index(0, 2).data().startswith("C (")
    assert "12345" in wizard.problems_model.index(0, 3).data()
    shown = wizard.check_read.text()
    assert shown.startswith("\u200f\u2066")  # laid out right to left, the file name kept whole
    assert strip_invisible(shown).startswith("legacy_fa.xlsx: ۱۱")
    assert counts(desk) == before
    wizard.back_button.click()
    assert wizard.page() == PREVIEW


def test_import_writes_the_records_and_the_main_window_shows_them(open_window, files, legacy_fa, qtbot):
    window, desk = open_window("fa")
    assert window.tickets.model.rowCount() == 0
    assert window.import_action in window.file_menu.actions()
    wizard = window.import_legacy()
    qtbot.waitExposed(wizard)
    wizard.ask_open, wizard.ask_save, wizard.open_file = files.ask_open, files.ask_save, files.opened.append
    files.to_open.append(legacy_fa)
    wizard.choose_button.click()
    asked = to_summary(wizard)
    assert len(asked) == 1 and "۳" in asked[0]  # the rows the dry run would import
    assert wizard.page() == SUMMARY
    assert counts(desk) == (2, 3, 3)
    assert window.tickets.model.rowCount() == 3
    report = wizard.report
    assert report is not None and report.backup is not None and report.backup.exists()
    summary = strip_invisible(wizard.summary_text.toPlainText())
    assert summary.startswith("legacy_fa.xlsx: ۱۱") and str(report.backup) in summary
    option = wizard.summary_text.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft, "read right to left, aligned right"
    assert option.alignment() & Qt.AlignmentFlag.AlignRight
    assert wizard.backup_path.text() == str(report.backup) and wizard.backup_path.isVisible()
    assert wizard.outcomes.rowCount() == 11
    details = [wizard.outcomes.index(i, 4).data() for i in range(11)]
    # our ticket numbers in Persian digits, isolated so they keep their order
    assert any("\u2066" in d and "۱۴۰۲-۰۰۰۱" in strip_invisible(d) for d in details)
    wizard.outcome_choice.setCurrentIndex(wizard.outcome_choice.findData(Outcome.REJECTED.value))
    assert wizard.outcomes.rowCount() == 3
    assert {wizard.outcomes.index(i, 2).data() for i in range(3)} == {
        QCoreApplication.translate("Import", "Rejected")}
    wizard.outcomes_view.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [wizard.outcomes.index(i, 1).data() for i in range(3)] == ["۱۰", "۹", "۸"]

    out = legacy_fa.with_name("rejected.xlsx")
    files.to_save.append(out)
    wizard.save_rejected_button.click()
    assert out.exists() and files.opened == [out]
    wizard.next_button.click()  # Close: nothing to ask after an import
    assert not wizard.isVisible()


def test_cancelling_the_import_writes_nothing(open_wizard, desk, legacy_fa, monkeypatch):
    from app.importing import run

    monkeypatch.setattr(run, "BATCH", 1)  # several batches, so the import is stopped midway
    wizard = open_wizard(desk)
    wizard.set_file(legacy_fa)
    wizard.next_button.click()
    before = counts(desk)
    seen: list[int] = []

    def cancel() -> None:  # runs inside the import, when its progress lets events through
        seen.append(wizard.progress.value())
        wizard.progress.cancel()

    answer_next_question(wizard, QMessageBox.StandardButton.Yes, then=cancel)
    assert not wizard.import_now()
    assert seen and seen[0] < wizard.plan.rows  # stopped after the first batch
    assert counts(desk) == before
    assert wizard.page() == CHECK and wizard.report is None
    assert wizard.notice.isVisible()
    assert wizard.notice.text().lstrip("\u200f") == QCoreApplication.translate(
        "Import", "The import was cancelled; nothing was written.")
    assert wizard.next_button.isEnabled() and wizard.stack.isEnabled()
    assert wizard.progress is None


def test_a_file_that_is_not_a_spreadsheet_is_refused_in_persian(open_wizard, desk, tmp_path):
    fake = tmp_path / "notes.xlsx"
    fake.write_text("not a workbook", encoding="utf-8")
    wizard = open_wizard(desk)
    assert not wizard.set_file(fake)
    assert wizard.page() == FILE
    assert wizard.file_error.isVisible()
    assert "صفحه‌گسترده" in wizard.file_error.text() and str(fake) in wizard.file_error.text()
    assert not wizard.set_file(tmp_path / "missing.xlsx")
    assert "وجود ندارد" in wizard.file_error.text()


def test_importing_the_same_workbook_again_adds_nothing(open_wizard, desk, legacy_fa):
    import_workbook(desk, legacy_fa)
    before = counts(desk)
    wizard = open_wizard(desk)
    wizard.set_file(legacy_fa)
    to_summary(wizard)
    assert wizard.page() == SUMMARY
    assert counts(desk) == before
    assert sum(wizard.report.created.values()) == 0
    assert wizard.report.count(Outcome.MERGED) == 3


def test_a_saved_mapping_is_loaded_again(open_wizard, desk, legacy_fa, files, tmp_path):
    wizard = open_wizard(desk)
    wizard.set_file(legacy_fa)
    page = wizard.sheet_page(SHEET)
    page.set_field(NOTES_COLUMN, Field.FAULT)
    files.to_save.append(tmp_path / "layout")  # the .json suffix is added
    wizard.save_mapping_button.click()
    saved = tmp_path / "layout.json"
    assert json.loads(saved.read_text(encoding="utf-8"))["sheets"][SHEET]["columns"]["fault"] == "M"
    assert str(saved) in wizard.notice.text()

    again = open_wizard(desk)
    files.to_open.append(saved)
    again.load_mapping_button.click()
    assert "layout.json" in again.mapping_shown.text()
    assert again.set_file(legacy_fa)
    header = again.sheet_page(SHEET).sheet.header
    assert header.fields[Field.FAULT] == NOTES_COLUMN and FAULT_COLUMN in header.extra
    assert again.sheet_page(SHEET).combos[NOTES_COLUMN].currentData() == Field.FAULT.value


def test_a_mapping_that_does_not_fit_is_refused(open_wizard, desk, legacy_fa, tmp_path):
    wrong = tmp_path / "wrong.json"
    wrong.write_text(json.dumps({"version": 1, "sheets": {SHEET: {"header_row": 99}}}), encoding="utf-8")
    wizard = open_wizard(desk)
    assert wizard.load_mapping(wrong)
    assert not wizard.set_file(legacy_fa)
    assert wizard.file_error.isVisible() and wizard.page() == FILE
    assert not wizard.load_mapping(tmp_path / "absent.json")


def test_enter_goes_on_and_escape_asks_once_a_workbook_is_loaded(open_wizard, desk, legacy_fa, qtbot):
    wizard = open_wizard(desk)
    wizard.path.setText(str(legacy_fa))
    qtbot.keyClick(wizard.path, Qt.Key.Key_Return)
    assert wizard.page() == PREVIEW
    answer_next_question(wizard, QMessageBox.StandardButton.No)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Escape)
    assert wizard.isVisible()
    answer_next_question(wizard, QMessageBox.StandardButton.Yes)
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_escape_closes_at_once_before_a_workbook_is_loaded(open_wizard, desk, qtbot):
    wizard = open_wizard(desk)
    assert wizard.focusWidget() is wizard.path
    qtbot.keyClick(wizard.path, Qt.Key.Key_Escape)
    assert not wizard.isVisible()


def test_going_back_to_the_file_keeps_the_changed_columns(open_wizard, desk, legacy_fa):
    wizard = open_wizard(desk)
    wizard.set_file(legacy_fa)
    wizard.sheet_page(SHEET).set_field(NOTES_COLUMN, Field.FAULT)
    wizard.back_button.click()
    assert wizard.page() == FILE
    wizard.next_button.click()
    assert wizard.page() == PREVIEW
    assert wizard.plan.sheets[0].header.fields[Field.FAULT] == NOTES_COLUMN


def test_arabic_wizard_reads_an_arabic_sheet_with_arabic_digits(open_wizard, desk_ar, tmp_path):
    path = write_book(tmp_path / "ar.xlsx", {"الصيانة": [
        ["سجل الصيانة"],
        ["الاسم", "الجوال", "الرقم التسلسلي", "الجهاز", "العطل", "الحالة", "التاريخ"],
        ["محمد علي", "0501234567", "AR-1", "ثلاجة", "لا تبرد", "مغلق", "١٥/٠٣/٢٠٢٥"],
    ]})
    wizard = open_wizard(desk_ar, "ar")
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    wizard.set_file(path)
    page = wizard.sheet_page("الصيانة")
    assert page.sheet.header.row == 1 and page.header_row.currentData() == 1
    assert page.model.headerData(1, Qt.Orientation.Vertical) == "٢"
    assert page.combos[1].currentData() == Field.MOBILE.value
    wizard.next_button.click()
    assert wizard.count_labels["imported"].text() == "١"


def test_a_sheet_without_a_header_is_left_out_until_one_is_chosen(open_wizard, desk, tmp_path):
    path = write_book(tmp_path / "two.xlsx", {"Notes": [["just a note"], ["another"]], SHEET: ROWS_FA})
    wizard = open_wizard(desk)
    wizard.set_file(path)
    notes = wizard.sheet_page("Notes")
    assert notes.sheet.header is None and notes.header_row.currentData() is None
    assert wizard.sheet_tabs.currentWidget() is wizard.sheet_page(SHEET)  # the first sheet to import is shown
    assert wizard.plan.importable


def test_old_open_jobs_are_closed_by_default_and_the_clerk_can_keep_them_open(open_wizard, desk, tmp_path):
    path = write_book(tmp_path / "old.xlsx", {"Sheet1": [
        ["نام مشتری", "موبایل", "ایراد", "وضعیت", "تاریخ پذیرش"],
        ["علی قدیمی", "09121111111", "صدا می‌دهد", "در حال تعمیر", "1401/05/01"],
    ]})
    wizard = open_wizard(desk)
    wizard.set_file(path)
    assert wizard.old_jobs.close_old.isChecked() and wizard.old_jobs.months.text() == "۶"
    wizard.next_button.click()
    assert wizard.page() == CHECK and wizard.dry.closed_old == 1
    assert wizard.check_notes.isVisible() and "۱" in wizard.check_notes.text()
    wizard.back_button.click()
    wizard.old_jobs.keep_open.click()
    assert wizard.plan.close_open_older_than is None and not wizard.old_jobs.months.isEnabled()
    wizard.next_button.click()
    assert wizard.dry.closed_old == 0 and not wizard.check_notes.isVisible()
