"""Workbooks written by the tests, the way legacy sheets arrive."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook

FIXTURES = Path(__file__).parent / "fixtures"


def write_book(path: Path, sheets: dict[str, Sequence[Sequence[Any]]]) -> Path:
    book = Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(list(row))
    book.save(path)
    return path


HEADER_FA = ["ردیف", "نام مشتري", "شماره همراه", "مدل", "برند", "سريال", "تاریخ خرید", "گارانتی",
             "تاریخ پذیرش", "ایراد", "وضعیت", "هزینه", "توضیحات انبار"]
# A hand-kept Persian log: title and blank row above the header, Arabic ي/ك in names,
# mobiles as text, as a number and in Persian digits, Jalali dates in both digit sets,
# toman and rial amounts, the clerk's own status words, a blank row and a total row.
ROWS_FA = [
    ["دفتر پذیرش — شعبه مرکزی"] + [None] * 12,
    [None] * 13,
    HEADER_FA,
    [1, "علي كريمي", "09121234567", "یخچال", "اسنوا", "SN-100", "1401/05/12", "18 ماه", "1402/05/12",
     "برفک نمی‌زند", "تحویل شده", "۷۳,۰۰۰ تومان", "قفسه ۲"],
    [2, "سارا رضایی", 9351234567.0, "لباسشویی", "ال جی", "SN-200", "۱۴۰۱/۲/۳", "۲۴ ماه", "۱۴۰۲/۵/۱۲",
     "صدا می‌دهد", "در حال تعمیر", 450000, None],
    [3, "علی کریمی", "۰۹۱۲۱۲۳۴۵۶۷", "یخچال", "اسنوا", "SN-101", "1401-5-12", "12", "1402-6-1",
     "نشتی آب", "منتظر قطعه", None, None],
    [None] * 13,
    [4, "رضا بد", "12345", "یخچال", "اسنوا", "SN-300", None, None, "1402/07/01", "", "تحویل شده", None, None],
    [5, "مینا", "09131112233", "اتو", "فیلیپس", "SN-400", "1402/13/40", None, None, "", None, None, None],
    [6, "نادر", "09131112234", "اتو", "فیلیپس", "SN-500", None, None, "1402/07/01", "داغ نمی‌شود",
     "گم شده در انبار", None, None],
    [None, "جمع کل", None, None, None, None, None, None, None, None, None, "=SUM(L4:L6)", None],
]


# An Arab shop's log: Hijri and day-first Gregorian dates as text, a real date cell, Saudi
# mobiles, riyal amounts, Arabic status words, a total row.
ROWS_AR = [
    ["سجل الصيانة"],
    ["الاسم", "الجوال", "الرقم التسلسلي", "الجهاز", "تاريخ الشراء", "تاريخ الاستلام", "العطل", "الحالة",
     "المبلغ"],
    ["محمد علي", "0501234567", "AR-1", "ثلاجة", "1445/01/10", "15/03/2024", "لا تبرد", "مغلق", "١٢٠ ر.س"],
    ["محمد علي", "+966 50 123 4567", "AR-2", "غسالة", datetime(2023, 5, 1), "16/03/2024", "تسريب", "قيد الإصلاح",
     ""],
    ["سارة أحمد", 551234567.0, "AR-3", "مكيف", "01/02/2024", "17/03/2024", "لا يعمل", "جاهز", 150],
    ["", "المجموع", "", "", "", "", "", "", 270],
]

CONVERTED = ("xls", "ods")
"""The formats LibreOffice writes the test workbooks in (committed under fixtures/)."""


@pytest.fixture
def legacy_fa(tmp_path: Path) -> Path:
    return write_book(tmp_path / "legacy_fa.xlsx", {"پذیرش ۱۴۰۲": ROWS_FA})
