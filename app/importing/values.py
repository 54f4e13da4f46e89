"""One cell of a legacy row into a value, through the locale rules; a bad cell raises a
ValidationError whose message says what is wrong in the user's language."""
from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from app.domain.workflow import TicketStatus
from app.i18n import QT_TRANSLATE_NOOP
from app.importing.read import ImportNote, cell_text
from app.locale.calendars import Calendar, parse_date
from app.locale.display import Locale
from app.locale.text import normalize_search, to_ascii_digits

S = TicketStatus

# Clerks' own status words (compared after normalize_search, so ي/ك do not matter).
LEGACY_STATUS: dict[str, TicketStatus] = {
    normalize_search(word): status
    for status, words in {
        S.RECEIVED: ("پذیرش", "پذیرش شده", "دریافت شده", "جدید", "مستلم", "تم الاستلام", "جديد", "received",
                     "new"),
        S.DIAGNOSING: ("در حال بررسی", "بررسی", "عیب یابی", "قيد الفحص", "الفحص", "diagnosing"),
        S.AWAITING_APPROVAL: ("منتظر تایید", "در انتظار تایید", "بانتظار الموافقة", "awaiting approval"),
        S.WAITING_PARTS: ("منتظر قطعه", "در انتظار قطعه", "انتظار قطعه", "بانتظار قطعة", "بانتظار قطع الغيار",
                          "waiting parts", "waiting for parts"),
        S.IN_REPAIR: ("در حال تعمیر", "تعمیر", "ارسال به نمایندگی", "ارسال به شرکت", "قيد الإصلاح",
                      "قيد التصليح", "in repair", "repairing"),
        S.READY: ("تعمیر شده", "آماده", "آماده تحویل", "جاهز", "تم الإصلاح", "جاهز للتسليم", "ready", "repaired"),
        S.DELIVERED: ("تحویل شده", "تحویل داده شد", "تحویل", "تحویل مشتری", "تم التسليم", "سلم", "delivered"),
        S.CLOSED: ("بسته", "بسته شده", "مختومه", "مغلق", "closed"),
        S.CANCELLED: ("لغو", "لغو شده", "انصراف", "مرجوعی", "ملغي", "ملغى", "مرتجع", "cancelled", "canceled",
                      "returned"),
    }.items()
    for word in words
}

TOTAL_WORDS = frozenset(normalize_search(w) for w in (
    "جمع", "جمع کل", "جمع کل:", "مجموع", "جمع مبالغ", "المجموع", "الإجمالي", "الاجمالي", "المجموع الكلي",
    "total", "grand total", "sum", "subtotal",
))

_MONTHS = re.compile(r"(\d+)\s*(ماه|month|months|شهر|شهور|اشهر|mo)?")
_YEARS = re.compile(r"(\d+)\s*(سال|سنه|سنوات|سنین|year|years)")
# A period written as a word alone: "سنة" (a year), "سنتين" (two years), "شش ماه".
_PERIOD_WORDS = {normalize_search(word): months for word, months in (
    ("سال", 12), ("یک سال", 12), ("یکسال", 12), ("سنة", 12), ("سنة واحدة", 12), ("عام", 12),
    ("دو سال", 24), ("سنتين", 24), ("سنتان", 24), ("عامين", 24), ("شش ماه", 6), ("ستة أشهر", 6),
    ("a year", 12), ("one year", 12), ("two years", 24), ("six months", 6),
)}
_YMD = re.compile(r"\d{4}\D")


@lru_cache(maxsize=1024)  # a sheet writes a handful of status words on every row
def read_status(value: Any) -> TicketStatus:
    key = normalize_search(cell_text(value))
    status = LEGACY_STATUS.get(key)
    if status is None:
        raise ImportNote(QT_TRANSLATE_NOOP("Import", "“{value}” is not a status Khedmat knows"),
                     value=cell_text(value))
    return status


@lru_cache(maxsize=1024)  # and a handful of warranty periods
def read_months(value: Any) -> int:
    """'24', 24.0, '۲۴ ماه', '12 شهر', '2 سال', 'سنة' → months."""
    text = to_ascii_digits(normalize_search(cell_text(value)))
    if text in _PERIOD_WORDS:
        return _PERIOD_WORDS[text]
    if match := _YEARS.fullmatch(text):
        return int(match[1]) * 12
    if match := _MONTHS.fullmatch(text):
        return int(match[1])
    raise ImportNote(QT_TRANSLATE_NOOP("Import", "“{value}” is not a number of months"),
                     value=cell_text(value))


def read_date(value: Any, locale: Locale) -> date:
    """A date cell, or text: year first (1402/05/12) or day first (12/05/2024).

    A year 1300–1499 is in the desk's own calendar (Jalali on a Persian desk, Hijri on an
    Arabic one); other years are Gregorian.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    own = locale.calendar if locale.calendar is not Calendar.GREGORIAN else (
        Calendar.HIJRI if locale.lang == "ar" else Calendar.JALALI)
    return _text_date(cell_text(value), own)


@lru_cache(maxsize=4096)  # a legacy sheet writes the same few thousand days again and again
def _text_date(text: str, own: Calendar) -> date:
    ascii_text = to_ascii_digits(text).strip()
    order = "ymd" if _YMD.match(ascii_text) else "dmy"
    digits = re.findall(r"\d+", ascii_text)
    year = int(digits[0] if order == "ymd" else digits[-1]) if digits else 0
    return parse_date(text, own if 1300 <= year <= 1499 else Calendar.GREGORIAN, order)


_TOTAL_LENGTH = max(len(w) for w in TOTAL_WORDS) + 4
"""Longer text is not a total word (room for spaces, a colon, marks)."""


def is_total_row(cells: list[Any]) -> bool:
    return any(isinstance(c, str) and len(c) <= _TOTAL_LENGTH and normalize_search(c).rstrip(":") in TOTAL_WORDS
               for c in cells)
