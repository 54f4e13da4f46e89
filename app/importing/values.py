"""One cell of a legacy row into a value, through the locale rules; a bad cell raises a
ValidationError whose message says what is wrong in the user's language."""
from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import Any

from app.domain.workflow import TicketStatus
from app.i18n import QT_TRANSLATE_NOOP
from app.importing.read import ImportNote, cell_text
from app.locale.calendars import Calendar, own_calendar, parse_moment
from app.locale.display import Locale
from app.locale.text import normalize_search, strip_invisible, to_ascii_digits

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

LEGACY_STATUS.update({status.value: status for status in TicketStatus})  # our own export's words

TOTAL_WORDS = frozenset(normalize_search(w) for w in (
    "جمع", "جمع کل", "مجموع", "جمع مبالغ", "جمع جزء", "المجموع", "الإجمالي", "الاجمالي", "المجموع الكلي",
    "المجموع الفرعي", "الإجمالي الفرعي", "تعداد", "تعداد کل", "عدد", "العدد", "total", "grand total", "sum",
    "subtotal", "sub total", "count",
))

_MONTHS = re.compile(r"(\d+)\s*(ماه|month|months|شهر|شهور|اشهر|mo)?")
_YEARS = re.compile(r"(\d+)\s*(سال|سنه|سنوات|سنین|year|years)")
# A period written as a word alone: "سنة" (a year), "سنتين" (two years), "شش ماه".
_PERIOD_WORDS = {normalize_search(word): months for word, months in (
    ("سال", 12), ("یک سال", 12), ("یکسال", 12), ("سنة", 12), ("سنة واحدة", 12), ("عام", 12),
    ("دو سال", 24), ("سنتين", 24), ("سنتان", 24), ("عامين", 24), ("شش ماه", 6), ("ستة أشهر", 6),
    ("a year", 12), ("one year", 12), ("two years", 24), ("six months", 6),
)}


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
    """A date cell, an Excel day number, or text as calendars.parse_moment reads it (1402/05/12,
    12/05/2024, 5 اردیبهشت 1403, 1445/09/05هـ, 1403/02/05 10:30, ...); any time is dropped.

    A year 1300–1500 is in the desk's own calendar (Jalali on a Persian desk, Hijri on an
    Arabic one); other years are Gregorian.
    """
    return read_moment(value, locale)[0]


def read_moment(value: Any, locale: Locale) -> tuple[date, time | None]:
    """`read_date`, with the time of day the cell gives (None when it gives none).

    A datetime cell gives its time (calamine gives a plain date for a date cell at midnight);
    a General-format number in Excel's day numbers for 1950–2100 (45047, 45047.5, "45047") is
    a date, its fraction the time of day; text gives the time written after the date, as our
    own export writes it (1405/09/10 14:30).
    """
    if isinstance(value, datetime):
        return value.date(), value.time()
    if isinstance(value, date):
        return value, None
    if isinstance(value, (int, float)) and not isinstance(value, bool) and (moment := _serial(value)):
        return moment
    return _text_moment(cell_text(value), own_calendar(locale.calendar, locale.lang))


_EXCEL_EPOCH = date(1899, 12, 30)  # day 0 of Excel's 1900 system for days after its fake 1900-02-29
_SERIALS = range((date(1950, 1, 1) - _EXCEL_EPOCH).days, (date(2100, 12, 31) - _EXCEL_EPOCH).days + 1)
"""Excel day numbers read as dates: 18264 (1950-01-01) to 73415 (2100-12-31). Others are an
amount, a mobile or a code, never a date."""
_SERIAL_TEXT = re.compile(r"[0-9]{5}(?:\.[0-9]+)?")


def _serial(value: float) -> tuple[date, time | None] | None:
    """The date (and time, from the fraction) of Excel day number `value`; None outside _SERIALS."""
    if not (_SERIALS.start <= value < _SERIALS.stop):
        return None
    if float(value).is_integer():
        return _EXCEL_EPOCH + timedelta(days=int(value)), None
    days, seconds = divmod(round(value * 86400), 86400)  # to the second: 14:30 is 0.6041666…
    return _EXCEL_EPOCH + timedelta(days=days), time(seconds // 3600, seconds // 60 % 60, seconds % 60)


@lru_cache(maxsize=4096)  # a legacy sheet writes the same few thousand days again and again
def _text_moment(text: str, own: Calendar) -> tuple[date, time | None]:
    serial = strip_invisible(text).strip()
    if _SERIAL_TEXT.fullmatch(serial) and (moment := _serial(float(serial))):
        return moment  # a number cell saved as text ("45047"): the field is a date column
    return parse_moment(text, own)


_TOTAL = re.compile("(?:" + "|".join(sorted(map(re.escape, TOTAL_WORDS), key=len, reverse=True))
                    + r")(?:\s*[:=]\s*.*|\s+\d.*|\s*\d.*)?")
"""A total, subtotal or count label, alone or with what it counts: 'جمع کل: ۳۰۰ مشتری',
'Total 12', 'تعداد: 40'. A name that starts like one ('جمعه', 'Total Care') is not."""


_FIGURES = re.compile(r"[\d\s+\-().,/٬٫،]*")
"""Digits (in any script) and the marks written between them: a mobile, a number, an amount."""


def _is_total(text: str) -> bool:
    # Figures alone fold to figures, and a total label starts with a word: most cells of the
    # mobile and serial columns (asked of every row) need no fold.
    return not _FIGURES.fullmatch(text) and _is_total_label(text)


@lru_cache(maxsize=4096)
def _is_total_label(text: str) -> bool:
    return len(text) <= 80 and _TOTAL.fullmatch(normalize_search(text)) is not None


def is_total_row(cells: list[Any]) -> bool:
    return any(isinstance(c, str) and c and _is_total(c) for c in cells)
