"""The monthly report as a real workbook, read back with openpyxl: numbers with their formats,
real dates, right-to-left sheets with headings in the report's language."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import openpyxl
import pytest

from app.errors import ValidationError
from app.i18n import Catalogue
from app.locale.calendars import Calendar
from app.reports.monthly import monthly_report
from app.reports.report import REPORT, Figure, Format, Section
from app.reports.workbook import write_report_workbook
from tests.conftest import make_desk
from tests.reports.report_words import mehr_1403
from tests.reports.test_report_pdf import a_section


def rows(sheet) -> list[list]:
    return [list(r) for r in sheet.iter_rows(values_only=True)]


def row_of(sheet, label: str) -> tuple:
    """The cells of the row whose first cell is `label`."""
    return next(r for r in sheet.iter_rows() if r[0].value == label)


def test_one_sheet_per_section_after_the_about_sheet_right_to_left_in_persian(desk, tmp_path):
    mehr_1403(desk)
    words = Catalogue.load("fa")
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)
    path = write_report_workbook(desk, report, tmp_path / "mehr", words.translate)
    assert path.name == "mehr.xlsx"
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["دربارهٔ این گزارش", *(words.translate(REPORT, s.title) for s in report.sections)]
    assert all(sheet.sheet_view.rightToLeft for sheet in book)
    about = book.worksheets[0]
    assert row_of(about, "ماه")[1].value == "مهر ۱۴۰۳"
    assert row_of(about, "تقویم")[1].value == "هجری شمسی (جلالی)"
    first = row_of(about, "روز اول")
    assert first[1].value == datetime(2024, 9, 22) and first[1].is_date and first[2].value == "۱۴۰۳/۰۷/۰۱"
    assert row_of(about, "روز آخر")[1].value == datetime(2024, 10, 21)
    assert row_of(about, "تهیه‌شده در")[1].is_date
    volume = book[words.translate(REPORT, "Volume")]
    assert list(rows(volume)[2][:4]) == [None, "مهر ۱۴۰۳", "شهریور ۱۴۰۳", "مهر ۱۴۰۲"]
    received = row_of(volume, words.translate(REPORT, "Jobs received"))
    assert [c.value for c in received[1:4]] == [3, 1, 0]
    assert all(isinstance(c.value, int) and c.number_format == "#,##0" for c in received[1:4])
    # the chart's numbers: one row per day of Mehr, the 4th (25 September) with its two jobs
    chart_title = words.translate(REPORT, "Jobs received each day")
    at = next(i for i, r in enumerate(rows(volume)) if r[0] == chart_title)
    days = rows(volume)[at + 2:at + 32]
    assert [d[0] for d in days[:3]] == ["۱", "۲", "۳"] and days[3][1] == 2 and sum(d[1] for d in days) == 3


def test_values_are_numbers_with_their_formats_and_unknown_is_a_dash(desk, tmp_path):
    report = replace(monthly_report(desk, 1403, 7, Calendar.JALALI), sections=(a_section(),))
    book = openpyxl.load_workbook(write_report_workbook(desk, report, tmp_path / "r.xlsx", Catalogue.load("fa").translate))
    sheet = book["بخش دیگر"]
    money = row_of(sheet, "پول دریافتی")
    assert money[1].value == 2500000 and money[1].number_format == '#,##0 "ریال"'
    assert money[2].value == "—" and money[3].value == 0
    share = row_of(sheet, "سهم به‌موقع")
    assert share[1].value == pytest.approx(0.455) and share[1].number_format == "0.0%"
    assert share[2].value == 1 and share[3].value == "—"
    hours = row_of(sheet, "میانهٔ زمان تعمیر")
    assert hours[1].value == 12.5 and hours[1].number_format == '0.0" ساعت"'
    assert row_of(sheet, "انتظار")[1].number_format == '0.0" روز"'
    score = row_of(sheet, "امتیاز خالص")
    assert score[1].value == -20 and score[1].number_format == "0.00"
    named = row_of(sheet, "کارهای رضا")
    assert named[1].value == 12345 and named[4].value == "هر کار یک بار"
    part = row_of(sheet, "پمپ تخلیه")
    assert part[1].value == datetime(2024, 10, 6) and part[1].is_date
    assert part[2].value == 150000 and "ریال" in part[2].number_format
    assert [c.value for c in row_of(sheet, "قطعهٔ ناشناخته")[:3]] == ["قطعهٔ ناشناخته", "—", "—"]


def test_sheet_names_are_short_unique_and_text_never_runs_as_a_formula(desk, tmp_path):
    long = "Jobs: by [kind] and by technician, with the rework of each"
    formula = Figure("=HYPERLINK(\"http://x\")", Format.COUNT, (1, 2, 3))
    sections = (Section("a", long, (formula,)), Section("b", long), Section("c", "About this report"))
    report = replace(monthly_report(desk, 1403, 7, Calendar.JALALI), sections=sections)
    book = openpyxl.load_workbook(write_report_workbook(desk, report, tmp_path / "r.xlsx", Catalogue.load("en").translate))
    names = book.sheetnames
    assert len(set(n.casefold() for n in names)) == 4 and all(len(n) <= 31 for n in names)
    assert names[1] == "Jobs  by  kind  and by technici" and names[2].endswith(" 2")
    cell = book[names[1]]["A4"]
    assert cell.value.startswith("=HYPERLINK") and cell.data_type == "s"


def test_an_english_workbook_reads_left_to_right(store, tmp_path):
    desk = make_desk(store, "en")
    report = monthly_report(desk, 2024, 10, Calendar.GREGORIAN)
    book = openpyxl.load_workbook(write_report_workbook(desk, report, tmp_path / "r.xlsx", Catalogue.load("en").translate))
    assert not any(sheet.sheet_view.rightToLeft for sheet in book)
    assert row_of(book["About this report"], "Month")[1].value == "October 2024"
    assert row_of(book["Coverage mix"], "Cost of covered work")[1].number_format == '#,##0 "IRR"'


def test_the_database_is_refused(desk, db_path):
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)
    before = db_path.read_bytes()
    with pytest.raises(ValidationError):
        write_report_workbook(desk, report, db_path, Catalogue.load("fa").translate)
    assert db_path.read_bytes() == before
