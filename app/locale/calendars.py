"""Gregorian, Jalali (Solar Hijri) and Umm al-Qura Hijri dates for display and input.

Dates are stored as Gregorian `date`; a calendar only changes how a date is read and shown.
Hijri is Umm al-Qura (Saudi Arabia's official calendar) through hijridate, not Qt's
IslamicCivil, which is a day off on some dates.
"""
from __future__ import annotations

import calendar as gregorian
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, time
from enum import StrEnum
from functools import lru_cache

import jdatetime
from hijridate import Gregorian, Hijri

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import normalize_search, strip_invisible, to_ascii_digits, to_native_digits

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


@lru_cache(maxsize=16384)  # lists and imports show the same days again and again (a large import some ten thousand)
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


@lru_cache(maxsize=16384)  # a legacy import's warranties: a few thousand days, each with a few periods
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


# -- reading a written date ---------------------------------------------------------------
#
# One reader for every date a person or a legacy sheet writes: the date field of the desk
# and the import both call parse_moment / parse_date. What it takes:
#   1403/02/05, ۱۴۰۳/۲/۵, 1403-02-05, 1403.2.5, ١٤٤٥؍٠٩؍٠٥, 05/02/1403, 24/04/2024
#       year first or day first, decided by where the four-digit year is;
#   14030205, 20240424          eight digits, year first;
#   5 اردیبهشت 1403, ٥ رمضان ١٤٤٥, 12 May 2024, May 12, 2024, 1445 رمضان 5
#       a month's name, whose calendar is the date's calendar;
#   1445/09/05هـ, 2024/04/24 م, 1403/02/05 ه.ش
#       a mark after the year naming the calendar;
#   1403/02/05 10:30, 1405/05/28 - 21:52, 2024-04-24T10:30:00, 1403/02/05 ساعت 10:30,
#   24/04/2024 10:30 م, 10:30 1403/02/05
#       a time of day after (or before) the date, returned beside it;
# bidi marks, isolates, a BOM, ZWNJ and Arabic vowel marks anywhere are ignored.
# Never guessed: a two-digit year's century, a month's name shared by two calendars, a day-
# first or year-first order when the four-digit year is in the middle.

OWN_YEARS = range(1300, 1501)
"""A year written in these is in the desk's own calendar (Jalali or Hijri), others Gregorian.

1500 is in: the Umm al-Qura table, and so the date field, reach 1500 AH (2076), and no
service record is dated in the Gregorian year 1500."""


def own_calendar(cal: Calendar, lang: str) -> Calendar:
    """The calendar of a year 1300–1500 on a desk that shows `cal` in `lang`.

    A desk that shows Gregorian dates still reads 1403/02/05 as its region's own calendar:
    Hijri in Arabic, Jalali otherwise.
    """
    if cal is not Calendar.GREGORIAN:
        return cal
    return Calendar.HIJRI if lang == "ar" else Calendar.JALALI


# Harakat, superscript alef and tatweel: `هـ` is `ه`, `مساءً` is `مساء`.
_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0670, 0x0640])
_SEP = r"[/\\\-.,\u060c\u060d\u066b\u066c\u2010-\u2015\u2212]"  # / \ - . , ، ؍ ٫ ٬ and dashes
_NUMERIC = re.compile(rf"([0-9]+)\s*{_SEP}\s*([0-9]+)\s*{_SEP}\s*([0-9]+)")
_COMPACT = re.compile(r"[0-9]{8}")
_NUMBERS = re.compile(r"([0-9]+)")
_PUNCTUATION = " -/\\.,\u060c\u060d\u066b\u066c\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_AMPM = (r"(?:(?P<am>a\.?\s?m\.?|ق\.?\s?ظ\.?|قبل\s?از\s?ظهر|صباحا|صباح|ص)"
         r"|(?P<pm>p\.?\s?m\.?|ب\.?\s?ظ\.?|بعد\s?از\s?ظهر|مساءا|مساء|م))")
_CLOCK = (r"(?P<h>[0-9]{1,2}):(?P<m>[0-9]{2})(?::(?P<s>[0-9]{2})(?:[.,](?P<f>[0-9]{1,6}))?)?"
          rf"(?:\s?{_AMPM})?")
_TIME_LAST = re.compile(rf"\s*[,\u060c]?\s*(?:-|T|@|at|ساعت|الساعة|الساعه)?\s*{_CLOCK}$", re.IGNORECASE)
_TIME_FIRST = re.compile(rf"^{_CLOCK}(?:\s*[,\u060c\-]\s*|\s+)", re.IGNORECASE)
_TRAILING = re.compile(r"(?<=[0-9])([^0-9]+)$")


def _name_key(name: str) -> str:
    """A month's name or a calendar's mark as compared: the search fold, without spaces and dots."""
    return "".join(ch for ch in normalize_search(name) if ch not in " -'’‘ʿʾ`.()")


# Spellings met beside the display names of _MONTHS: Arabic and Persian variants, honorifics,
# the Levantine and Iraqi Gregorian months, English abbreviations.
_MONTH_SPELLINGS = {
    Calendar.JALALI: {5: ["امرداد", "Amordad"]},
    Calendar.HIJRI: {
        1: ["محرم الحرام", "Muharam"],
        2: ["صفر المظفر"],
        3: ["ربيع الاول", "ربیع الأول", "Rabi al-Awal", "Rabi I"],
        4: ["ربيع الثاني", "ربیع‌الآخر", "Rabi al-Akhir", "Rabi II"],
        5: ["جمادى الأول", "جمادی‌الاولی", "Jumada al-Awwal", "Jumada I"],
        6: ["جمادى الثانية", "جمادى الثاني", "جمادی‌الآخر", "جمادی‌الاخری", "Jumada al-Thani", "Jumada II"],
        7: ["رجب المرجب"],
        8: ["شعبان المعظم", "Shaaban"],
        9: ["رمضان المبارك", "Ramadhan"],
        10: ["Shawal"],
        11: ["ذیقعده", "Dhul Qadah", "Dhu al-Qidah"],
        12: ["ذیحجه", "Dhul Hijjah"],
    },
    Calendar.GREGORIAN: {
        1: ["كانون الثاني", "Jan"], 2: ["شباط", "Feb"], 3: ["آذار", "Mar"], 4: ["نيسان", "إبريل", "آپریل", "Apr"],
        5: ["أيار", "مايس", "می"], 6: ["حزيران", "يونيه", "Jun"], 7: ["تموز", "يوليه", "جولای", "Jul"],
        8: ["آب", "آگوست", "Aug"], 9: ["أيلول", "Sep", "Sept"], 10: ["تشرين الأول", "Oct"],
        11: ["تشرين الثاني", "Nov"], 12: ["كانون الأول", "Dec"],
    },
}


def _month_index(names: Iterable[tuple[Calendar, int, str]]) -> dict[str, tuple[Calendar, int] | None]:
    """Month name (as `_name_key` folds it) → (calendar, month); None for a name that two
    calendars or two months share, which a reader must refuse rather than pick one of."""
    index: dict[str, tuple[Calendar, int] | None] = {}
    for cal, month, name in names:
        key = _name_key(name)
        index[key] = (cal, month) if index.get(key, (cal, month)) == (cal, month) else None
    return index


_MONTH_INDEX = _month_index(
    [(cal, m, name) for (cal, _lang), names in _MONTHS.items() for m, name in enumerate(names, 1)]
    + [(cal, m, name) for cal, months in _MONTH_SPELLINGS.items() for m, names in months.items()
       for name in names]
)

# The mark after a year that names its calendar (as `_name_key` folds it).
_CALENDAR_MARKS = {
    **dict.fromkeys(["ه", "ھ", "هق", "ق", "هجری", "هجریه", "قمری", "هجریقمری", "ah"], Calendar.HIJRI),
    **dict.fromkeys(["هش", "ش", "شمسی", "هجریشمسی", "sh"], Calendar.JALALI),
    **dict.fromkeys(["م", "میلادی", "میلادیه", "ad", "ce"], Calendar.GREGORIAN),
}


def _not_a_date(text: str) -> InvalidDate:
    return InvalidDate(
        QT_TRANSLATE_NOOP("Errors", "{date} is not a date; write it as {pattern}"), date=text, pattern="yyyy/mm/dd"
    )


def _clock(match: re.Match[str], text: str) -> time:
    """The time of day `match` (of _CLOCK) found in `text`."""
    hour, minute, second = int(match["h"]), int(match["m"]), int(match["s"] or 0)
    twelve = match["am"] is not None or match["pm"] is not None
    if (twelve and not 1 <= hour <= 12) or hour > 23 or minute > 59 or second > 59:
        raise InvalidDate(
            QT_TRANSLATE_NOOP("Errors", "{date}: {time} is not a time of day"),
            date=text,
            time=match.group().strip(" ,\u060c-"),
        )
    if twelve:
        hour = hour % 12 + (12 if match["pm"] is not None else 0)
    return time(hour, minute, second, int((match["f"] or "").ljust(6, "0")))


def _split_time(clean: str, text: str) -> tuple[str, time | None]:
    """The date part of `clean` and the time of day written after (or before) it."""
    if ":" not in clean:
        return clean, None
    last = _TIME_LAST.search(clean)
    if last and last.start() > 0 and not clean[last.start("h") - 1].isdigit():
        return clean[: last.start()], _clock(last, text)
    first = _TIME_FIRST.match(clean)
    if first and first.end() < len(clean):
        return clean[first.end():], _clock(first, text)
    return clean, None


def _split_mark(part: str, text: str) -> tuple[str, Calendar | None]:
    """The date part without the calendar's mark after its year (هـ, م, ه.ش), and that calendar."""
    trailing = None if part[-1:].isdigit() else _TRAILING.search(part)
    if trailing is None:
        return part, None
    marked = _CALENDAR_MARKS.get(_name_key(trailing[1]))
    if marked is None:
        raise _not_a_date(text)
    return part[: trailing.start()], marked


def _date_parts(part: str, text: str) -> tuple[int, int, int, Calendar | None]:
    """(year, month, day, the calendar a month's name says or None) of the date part."""
    part = part.strip()
    if _COMPACT.fullmatch(part):
        return int(part[:4]), int(part[4:6]), int(part[6:]), None
    if numeric := _NUMERIC.fullmatch(part):
        first, month, last = numeric.groups()
        if len(month) <= 2 and len(first) == 4 and len(last) <= 2:
            return int(first), int(month), int(last), None
        if len(month) <= 2 and len(first) <= 2 and len(last) == 4:
            return int(last), int(month), int(first), None
        raise _not_a_date(text)
    pieces = _NUMBERS.split(part)  # words and numbers in turn: ['5 ', 'May', ...] has the numbers at 1, 3
    words = [w.strip(_PUNCTUATION) for w in pieces[::2]]
    numbers = pieces[1::2]
    named = [i for i, w in enumerate(words) if w]
    if len(numbers) != 2 or len(named) != 1 or named[0] == 2:
        raise _not_a_date(text)
    if named[0] == 0 or len(numbers[1]) == 4:  # May 12, 2024 · 12 May 2024
        day, year = numbers
    else:  # 1445 رمضان 5
        year, day = numbers
    if len(year) != 4 or len(day) > 2:
        raise _not_a_date(text)
    name = words[named[0]]
    key = _name_key(name)
    if key not in _MONTH_INDEX:
        raise InvalidDate(
            QT_TRANSLATE_NOOP("Errors", "{date}: “{name}” is not the name of a month"), date=text, name=name
        )
    found = _MONTH_INDEX[key]
    if found is None:
        raise InvalidDate(
            QT_TRANSLATE_NOOP("Errors", "{date}: “{name}” names a month of more than one calendar; "
                                        "write the month as a number"),
            date=text,
            name=name,
        )
    return int(year), found[1], int(day), found[0]


def _calendar_of(year: int, named: Calendar | None, marked: Calendar | None, own: Calendar, text: str) -> Calendar:
    """The calendar of a date whose year is `year`, whose month's name says `named` and whose
    mark says `marked`, written on a desk whose own calendar is `own`."""
    if named is not None and marked is not None and named is not marked:
        raise InvalidDate(
            QT_TRANSLATE_NOOP("Errors", "{date}: the month's name and the mark after the year are of different "
                                        "calendars"),
            date=text,
        )
    said = named or marked
    if said is None:
        return own if year in OWN_YEARS else Calendar.GREGORIAN
    if (said is Calendar.GREGORIAN) == (year in OWN_YEARS):
        raise InvalidDate(
            QT_TRANSLATE_NOOP("Errors", "{date}: {year} is not a year of the calendar the date names"),
            date=text,
            year=year,
        )
    return said


@lru_cache(maxsize=4096)  # a legacy sheet writes the same few thousand days again and again
def parse_moment(text: str, own: Calendar) -> tuple[date, time | None]:
    """The date written in `text`, and the time of day written with it (None when there is none).

    A year 1300–1500 is in `own`, the desk's own calendar (see `own_calendar`), other years
    are Gregorian, unless a month's name or a mark after the year (هـ, م, ه.ش) names the
    calendar. The year must have four digits: '03/2/5' could be 1403 or 1303, and a guessed
    century would silently misdate a warranty. Raises InvalidDate saying what is wrong.
    """
    clean = " ".join(strip_invisible(to_ascii_digits(unicodedata.normalize("NFKC", text))).translate(_MARKS).split())
    if not clean:
        raise InvalidDate(QT_TRANSLATE_NOOP("Errors", "The date is empty"))
    part, clock = _split_time(clean, text)
    part, marked = _split_mark(part, text)
    year, month, day, named = _date_parts(part, text)
    return _from_calendar(year, month, day, _calendar_of(year, named, marked, own, text), text), clock


@lru_cache(maxsize=4096)
def parse_date(text: str, own: Calendar) -> date:
    """The date written in `text` (as `parse_moment` reads it), without its time of day."""
    return parse_moment(text, own)[0]
