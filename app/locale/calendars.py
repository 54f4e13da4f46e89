"""Gregorian, Jalali (Solar Hijri) and Umm al-Qura Hijri dates for display and input.

Dates are stored as Gregorian `date`; a calendar only changes how a date is read and shown.
Hijri is Umm al-Qura (Saudi Arabia's official calendar) through hijridate, not Qt's
IslamicCivil, which is a day off on some dates.
"""
from __future__ import annotations

import calendar as gregorian
import re
import unicodedata
from datetime import date
from enum import StrEnum
from functools import lru_cache

import jdatetime
from hijridate import Gregorian, Hijri

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import strip_invisible, to_ascii_digits, to_native_digits

# jdatetime asks the process's locale on every date it makes (slow: an import converts
# hundreds of thousands) unless it is given one; its month names are never used here.
_JDATE_LOCALE = jdatetime.FA_LOCALE


class Calendar(StrEnum):
    GREGORIAN = "gregorian"
    JALALI = "jalali"
    HIJRI = "hijri"


class InvalidDate(ValidationError):
    pass


def _out_of_range(shown: str, cal: Calendar) -> InvalidDate:
    if cal is Calendar.HIJRI:
        return InvalidDate(
            QT_TRANSLATE_NOOP(
                "Errors", "{date} is outside the Hijri years this program knows (1343 to 1500)"
            ),
            date=shown,
        )
    return InvalidDate(QT_TRANSLATE_NOOP("Errors", "{date} is outside the range of dates"), date=shown)


@lru_cache(maxsize=4096)  # lists and imports show the same few thousand days again and again
def to_calendar(d: date, cal: Calendar) -> tuple[int, int, int]:
    """(year, month, day) of `d` in `cal`."""
    try:
        if cal is Calendar.JALALI:
            j = jdatetime.date.fromgregorian(year=d.year, month=d.month, day=d.day, locale=_JDATE_LOCALE)
            return j.year, j.month, j.day
        if cal is Calendar.HIJRI:
            return Gregorian(d.year, d.month, d.day).to_hijri().datetuple()
    except (ValueError, OverflowError):
        raise _out_of_range(d.isoformat(), cal) from None
    return d.year, d.month, d.day


def days_in_month(year: int, month: int, cal: Calendar) -> int:
    return _days_in_month(year, month, cal, f"{year:04d}/{month:02d}")


def _days_in_month(year: int, month: int, cal: Calendar, shown: str) -> int:
    """`days_in_month`, with `shown` naming the input in the error."""
    if not 1 <= month <= 12:
        raise InvalidDate(
            QT_TRANSLATE_NOOP("Errors", "{date}: month {month} does not exist"), date=shown, month=month
        )
    try:
        if cal is Calendar.JALALI:
            leap = jdatetime.date(year, month, 1, locale=_JDATE_LOCALE).isleap()
            return jdatetime.j_days_in_month[month - 1] + (month == 12 and leap)
        if cal is Calendar.HIJRI:
            return Hijri(year, month, 1).month_length()
        return gregorian.monthrange(year, month)[1]
    except (ValueError, OverflowError):
        raise _out_of_range(shown, cal) from None


def _from_calendar(y: int, m: int, d: int, cal: Calendar, shown: str) -> date:
    """`from_calendar`, with `shown` naming the input in the error."""
    if not 1 <= d <= _days_in_month(y, m, cal, shown):
        raise InvalidDate(
            QT_TRANSLATE_NOOP("Errors", "{date}: day {day} does not exist in month {month} of {year}"),
            date=shown,
            day=d,
            month=m,
            year=y,
        )
    try:
        if cal is Calendar.JALALI:
            return jdatetime.date(y, m, d, locale=_JDATE_LOCALE).togregorian()
        if cal is Calendar.HIJRI:
            # hijridate returns its own date subclass; callers and the database expect a plain date.
            g = Hijri(y, m, d).to_gregorian()
            return date(g.year, g.month, g.day)
        return date(y, m, d)
    except (ValueError, OverflowError):
        raise _out_of_range(shown, cal) from None


def from_calendar(y: int, m: int, d: int, cal: Calendar) -> date:
    """The Gregorian date of day `d` of month `m` of year `y` in `cal`."""
    return _from_calendar(y, m, d, cal, f"{y:04d}/{m:02d}/{d:02d}")


@lru_cache(maxsize=4096)  # warranties of a legacy import start on the same few thousand days
def add_months(d: date, months: int, cal: Calendar) -> date:
    """`d` moved by `months` months of `cal`; a day past the target month's end becomes its last day.

    Warranty periods are counted in the calendar the shop uses: 18 months from 1402/05/12
    ends on 1403/11/12 in Iran, which Gregorian month counting would miss by days.
    """
    y, m, day = to_calendar(d, cal)
    y, m0 = divmod(y * 12 + m - 1 + months, 12)
    return from_calendar(y, m0 + 1, min(day, days_in_month(y, m0 + 1, cal)), cal)


def calendar_year(d: date, cal: Calendar) -> int:
    return to_calendar(d, cal)[0]


def format_date(d: date | None, cal: Calendar, lang: str = "en", native_digits: bool = True) -> str:
    """'1403/11/12': year first whatever the language, as Iranian and Saudi forms write it."""
    if d is None:
        return ""
    y, m, day = to_calendar(d, cal)
    text = f"{y:04d}/{m:02d}/{day:02d}"
    return to_native_digits(text, lang) if native_digits else text


_DATE = re.compile(r"(\d{1,4})\s*[/\-.٫]\s*(\d{1,4})\s*[/\-.٫]\s*(\d{1,4})")
_ORDERS = {"ymd": ("yyyy/mm/dd", (0, 1, 2)), "dmy": ("dd/mm/yyyy", (2, 1, 0))}


@lru_cache(maxsize=4096)  # a legacy sheet writes the same few thousand days again and again
def parse_date(text: str, cal: Calendar, order: str = "ymd") -> date:
    """The date written in `text` in `cal`, with '/', '-' or '.' between its parts.

    `order` is 'ymd' (1403/02/05) or 'dmy' (05/02/2024). The year must have four digits:
    '03/2/5' could be 1403 or 1303, and a guessed century would silently misdate a warranty.
    """
    pattern, (yi, mi, di) = _ORDERS[order]
    clean = strip_invisible(to_ascii_digits(unicodedata.normalize("NFKC", text))).strip()
    if not clean:
        raise InvalidDate(QT_TRANSLATE_NOOP("Errors", "The date is empty"))
    match = _DATE.fullmatch(clean)
    if not match or len(match[yi + 1]) != 4 or len(match[mi + 1]) > 2 or len(match[di + 1]) > 2:
        raise InvalidDate(
            QT_TRANSLATE_NOOP("Errors", "{date} is not a date; write it as {pattern}"),
            date=text,
            pattern=pattern,
        )
    parts = [int(p) for p in match.groups()]
    return _from_calendar(parts[yi], parts[mi], parts[di], cal, text)


_MONTHS = {
    (Calendar.JALALI, "fa"): "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(),
    (Calendar.JALALI, "ar"): "فروردين أرديبهشت خرداد تير مرداد شهريور مهر آبان آذر دي بهمن إسفند".split(),
    (Calendar.JALALI, "en"): (
        "Farvardin Ordibehesht Khordad Tir Mordad Shahrivar Mehr Aban Azar Dey Bahman Esfand".split()
    ),
    (Calendar.HIJRI, "fa"): [
        "محرم", "صفر", "ربیع‌الاول", "ربیع‌الثانی", "جمادی‌الاول", "جمادی‌الثانی",
        "رجب", "شعبان", "رمضان", "شوال", "ذی‌القعده", "ذی‌الحجه",
    ],
    (Calendar.HIJRI, "ar"): [
        "محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة",
        "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة", "ذو الحجة",
    ],
    (Calendar.HIJRI, "en"): [
        "Muharram", "Safar", "Rabi al-Awwal", "Rabi al-Thani", "Jumada al-Ula", "Jumada al-Akhirah",
        "Rajab", "Shaban", "Ramadan", "Shawwal", "Dhu al-Qadah", "Dhu al-Hijjah",
    ],
    (Calendar.GREGORIAN, "fa"): (
        "ژانویه فوریه مارس آوریل مه ژوئن ژوئیه اوت سپتامبر اکتبر نوامبر دسامبر".split()
    ),
    (Calendar.GREGORIAN, "ar"): (
        "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر".split()
    ),
    (Calendar.GREGORIAN, "en"): (
        "January February March April May June July August September October November December".split()
    ),
}


def month_name(month: int, cal: Calendar, lang: str) -> str:
    """Name of `month` of `cal` in `lang` (English for languages without a table)."""
    if not 1 <= month <= 12:
        raise ValueError(f"month {month} does not exist")
    return _MONTHS.get((cal, lang), _MONTHS[(cal, "en")])[month - 1]
