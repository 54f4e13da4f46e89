"""The monthly report as a real PDF, read back with poppler in the order it was drawn."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from app.errors import ValidationError
from app.i18n import Catalogue, Label
from app.locale.calendars import Calendar
from app.locale.display import Locale
from app.reports.monthly import monthly_report
from app.reports.pdf import write_report_pdf
from app.reports.report import (
    REPORT,
    Chart,
    ChartKind,
    Column,
    Figure,
    Format,
    Section,
    Table,
)
from app.reports.shown import shown
from tests.conftest import make_desk
from tests.reports.report_words import drawn_lines, mehr_1403, readable

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")


def figure_rows(lines: list[str], label: str) -> list[str]:
    """The line of `label` and the three values drawn after it."""
    at = lines.index(label)
    return lines[at:at + 4]


def test_the_persian_report_names_mehr_1403_and_reads_back_in_logical_order(desk, tmp_path):
    mehr_1403(desk)
    words = Catalogue.load("fa")
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)
    pdf = write_report_pdf(desk, report, tmp_path / "mehr", words.translate)
    assert pdf.name == "mehr.pdf"
    lines = drawn_lines(pdf)
    assert "گزارش ماهانه" in lines
    assert any("مهر ۱۴۰۳" in line for line in lines)
    assert any("۱۴۰۳/۰۷/۰۱ – ۱۴۰۳/۰۷/۳۰" in line for line in lines)
    # the figures' columns: this month, the month before, the same month a year before
    assert lines[lines.index("مهر ۱۴۰۳"):][:3] == ["مهر ۱۴۰۳", "شهریور ۱۴۰۳", "مهر ۱۴۰۲"]
    received = readable(words.translate(REPORT, "Jobs received"))
    cancelled = readable(words.translate(REPORT, "Jobs cancelled"))
    assert figure_rows(lines, received) == [received, "۳", "۱", "۰"]
    assert figure_rows(lines, cancelled) == [cancelled, "۱", "۰", "۰"]
    assert any(line.startswith("صفحه ۱ از") for line in lines)
    fonts = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    assert "Vazirmatn" in fonts


def test_an_arabic_report_in_hijri_months_with_arabic_digits(desk_ar, tmp_path):
    words = Catalogue.load("ar")
    report = monthly_report(desk_ar, 1446, 3, Calendar.HIJRI)  # Rabi al-Awwal 1446: 2024-09-04 … 2024-10-03
    lines = drawn_lines(write_report_pdf(desk_ar, report, tmp_path / "r.pdf", words.translate))
    assert "التقرير الشهري" in lines
    assert any("ربيع الأول ١٤٤٦" in line for line in lines)
    assert any("١٤٤٦/٠٣/٠١ – ١٤٤٦/٠٣/٣٠" in line for line in lines)


def test_an_empty_month_prints_dashes_and_says_there_was_nothing(desk, tmp_path):
    words = Catalogue.load("fa")
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)
    lines = drawn_lines(write_report_pdf(desk, report, tmp_path / "r.pdf", words.translate))
    csat = next(i for i, line in enumerate(lines) if "CSAT" in line)  # its brackets come back moved
    assert lines[csat + 1:csat + 4] == ["—", "—", "—"]
    nothing = readable(words.translate(REPORT, "Nothing this month."))
    charts = sum(len(s.charts) for s in report.sections)
    assert lines.count(nothing) >= charts  # every chart, and the lists, say so instead of drawing nothing


def a_section() -> Section:
    """A section of every kind of value, as another area's section may hold; its words are
    Persian already (what their translations would be)."""
    figures = (
        Figure("پول دریافتی", Format.MONEY, (Decimal(2500000), None, Decimal(0))),
        Figure("سهم به‌موقع", Format.PERCENT, (Decimal("45.5"), Decimal(100), None)),
        Figure("میانهٔ زمان تعمیر", Format.HOURS, (Decimal("12.5"), Decimal(3), None)),
        Figure("انتظار", Format.DAYS, (Decimal("1.25"), None, None)),
        Figure("امتیاز خالص", Format.SCORE, (Decimal(-20), Decimal("33.33"), None)),
        Figure("کارهای {name}", Format.COUNT, (12345, 0, None), "هر کار یک بار", {"name": "رضا"}),
    )
    table = Table("به تفکیک قطعه", (Column("قطعه", Format.TEXT), Column("پایان", Format.DATE),
                                    Column("هزینه", Format.MONEY)),
                  (("پمپ تخلیه", date(2024, 10, 6), Decimal(150000)),
                   (Label(REPORT, "قطعهٔ ناشناخته"), None, None)))
    charts = (Chart("به تفکیک امتیاز", ChartKind.BARS, (1, 2, 3), (4, 0, 9)),
              Chart("ترکیب", ChartKind.PIE, ("الف", "ب"), (1, 3)))
    return Section("extra", "بخش دیگر", figures, (table,), charts, "آنچه شمرده نمی‌شود")


def test_any_section_is_printed_whatever_values_it_holds(desk, tmp_path):
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)
    report = replace(report, sections=(a_section(),))
    lines = drawn_lines(write_report_pdf(desk, report, tmp_path / "r.pdf", Catalogue.load("fa").translate))
    assert figure_rows(lines, "پول دریافتی") == ["پول دریافتی", "۲٬۵۰۰٬۰۰۰ ریال", "—", "۰ ریال"]
    assert figure_rows(lines, "سهم بهموقع") == ["سهم بهموقع", "۴۵٫۵٪", "۱۰۰٫۰٪", "—"]
    assert figure_rows(lines, "میانه زمان تعمیر") == ["میانه زمان تعمیر", "۱۲٫۵ ساعت", "۳٫۰ ساعت", "—"]
    assert figure_rows(lines, "انتظار") == ["انتظار", "۱٫۳ روز", "—", "—"]
    assert figure_rows(lines, "امتیاز خالص")[1:3] == ["-۲۰٫۰۰", "۳۳٫۳۳"]
    assert figure_rows(lines, "کارهای رضا") == ["کارهای رضا", "۱۲٬۳۴۵", "۰", "—"]
    assert "کارهای رضا: هر کار یک بار" in lines
    at = lines.index("قطعه")
    assert lines[at:at + 9] == ["قطعه", "پایان", "هزینه", "پمپ تخلیه", "۱۴۰۳/۰۷/۱۵", "۱۵۰٬۰۰۰ ریال",
                                "قطعه ناشناخته", "—", "—"]
    assert "آنچه شمرده نمیشود" in lines
    # the bars' labels in Persian digits, day 1 on the right; the pie's legend with its shares
    assert "۳ ۲ ۱" in lines
    assert any(line.startswith("الف: ۱") and "۲۵٫۰" in line for line in lines)
    assert any(line.startswith("ب: ۳") and "۷۵٫۰" in line for line in lines)


def test_a_long_list_prints_its_first_rows_and_says_how_many_more_the_workbook_holds(desk, tmp_path):
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)
    contracts = Table("قراردادها", (Column("شماره", Format.TEXT),), tuple((f"C-{n:03}",) for n in range(1, 46)))
    report = replace(report, sections=(Section("long", "بخش بلند", (), (contracts,)),))
    lines = drawn_lines(write_report_pdf(desk, report, tmp_path / "r.pdf", Catalogue.load("fa").translate))
    assert "C-040" in lines and "C-041" not in lines
    assert "و ۵ مورد دیگر، در کاربرگ اکسل گزارش." in lines


def test_values_are_written_in_the_readers_digits_and_calendar():
    fa, ar, en = (Locale.for_language(lang) for lang in ("fa", "ar", "en"))
    tr = Catalogue.load("fa").translate
    assert shown(None, Format.COUNT, fa, tr) == "—"
    assert shown(1234567, Format.COUNT, fa, tr) == "۱٬۲۳۴٬۵۶۷"
    assert shown(1234567, Format.COUNT, en, tr) == "1,234,567"
    assert shown(Decimal("45.55"), Format.PERCENT, ar, tr) == "٤٥٫٦٪"
    assert shown(Decimal("45.5"), Format.PERCENT, en, tr) == "45.5%"
    assert shown(Decimal("4.5"), Format.SCORE, en, tr) == "4.50"
    assert shown(date(2024, 10, 6), Format.DATE, fa, tr) == "۱۴۰۳/۰۷/۱۵"
    assert shown(date(2024, 10, 6), Format.DATE, replace(fa, calendar=Calendar.GREGORIAN), tr) == "۲۰۲۴/۱۰/۰۶"
    assert shown(date(2024, 10, 6), Format.DATE, ar, tr) == "١٤٤٦/٠٤/٠٣"
    assert shown(Label(REPORT, "Monthly report"), Format.TEXT, fa, tr) == "گزارش ماهانه"


def test_the_database_and_a_folder_are_refused_and_nothing_is_written(desk, db_path, tmp_path):
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)
    before = db_path.read_bytes()
    with pytest.raises(ValidationError):
        write_report_pdf(desk, report, db_path, Catalogue.load("fa").translate)
    assert db_path.read_bytes() == before
    (tmp_path / "folder.pdf").mkdir()
    with pytest.raises(ValidationError):
        write_report_pdf(desk, report, tmp_path / "folder.pdf", Catalogue.load("fa").translate)


def test_an_english_report_reads_left_to_right(store, tmp_path):
    desk = make_desk(store, "en")
    report = monthly_report(desk, 2024, 10, Calendar.GREGORIAN)
    lines = drawn_lines(write_report_pdf(desk, report, tmp_path / "r.pdf", Catalogue.load("en").translate))
    assert "Month: October 2024" in lines
    assert "From the first to the last day: 2024/10/01 – 2024/10/31" in lines
    assert "October 2024 September 2024 October 2023" in lines
    assert "Jobs received 0 0 0" in lines
    assert "Cost of covered work 0 IRR 0 IRR 0 IRR" in lines
    assert any(line.startswith("Page 1 of ") for line in lines)
