"""A report's value written for a reader: in the report's language and digits, money in the
desk's currency, shares in percent, hours and days with their unit, dates in the report's
calendar, and "not known" as a dash (never as 0). The PDF writes what this gives; the
workbook keeps the numbers and writes the same units into its number formats.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from app.errors import Translate
from app.i18n import QT_TRANSLATE_NOOP, RTL_LANGUAGES, Label, fill
from app.locale.calendars import Calendar, format_date, month_name
from app.locale.display import Locale
from app.locale.money import grouped
from app.locale.text import isolate_ltr
from app.reports.month import ReportMonth
from app.reports.report import REPORT, Figure, Format, Value

DASH = "—"
"""A value that is not known or does not apply."""
HOURS = QT_TRANSLATE_NOOP("Report", "{hours} h")
DAYS = QT_TRANSLATE_NOOP("Report", "{days} d")
PLACES = {Format.PERCENT: 1, Format.HOURS: 1, Format.DAYS: 1, Format.SCORE: 2}
"""Decimal places shown (and kept in the workbook's number formats)."""
CALENDAR_NAMES = {
    Calendar.JALALI: QT_TRANSLATE_NOOP("Report", "Jalali (Solar Hijri)"),
    Calendar.GREGORIAN: QT_TRANSLATE_NOOP("Report", "Gregorian"),
    Calendar.HIJRI: QT_TRANSLATE_NOOP("Report", "Hijri (Umm al-Qura)"),
}
_PERCENT_SIGN = {"fa": "٪", "ar": "٪"}


def report_locale(locale: Locale, month: ReportMonth) -> Locale:
    """The desk's locale writing dates in the calendar the report was asked in."""
    return replace(locale, calendar=month.calendar)


def number(value: int | Decimal, places: int, locale: Locale) -> str:
    """A number grouped by thousands with `places` decimals, in the reader's digits and
    separators; a negative one keeps its minus before the digits in right-to-left text."""
    rounded = Decimal(value).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
    text = grouped(abs(rounded), places, locale.lang, locale.native_digits)
    if rounded < 0:
        text = "-" + text
        return isolate_ltr(text) if locale.lang in RTL_LANGUAGES else text
    return text


def shown(value: Value, fmt: Format, locale: Locale, translate: Translate) -> str:
    """`value` as the report prints it in `fmt` (see `report_locale` for the calendar)."""
    if value is None:
        return DASH
    if isinstance(value, Label):
        return translate(*value)
    if isinstance(value, str):
        return value
    if isinstance(value, date):
        return format_date(value, locale.calendar, locale.lang, locale.native_digits)
    match fmt:
        case Format.MONEY:
            return locale.money(Decimal(value))
        case Format.PERCENT:
            sign = _PERCENT_SIGN.get(locale.lang, "%") if locale.native_digits else "%"
            return number(value, PLACES[fmt], locale) + sign
        case Format.HOURS:
            return translate(REPORT, HOURS).format(hours=number(value, PLACES[fmt], locale))
        case Format.DAYS:
            return translate(REPORT, DAYS).format(days=number(value, PLACES[fmt], locale))
        case Format.SCORE:
            return number(value, PLACES[fmt], locale)
    return number(value, 0, locale)


def figure_label(figure: Figure, locale: Locale, translate: Translate) -> str:
    """The figure's label in the reader's language, its {placeholders} filled."""
    text = translate(REPORT, figure.label)
    return fill(text, figure.params, translate, locale) if figure.params else text


def month_title(month: ReportMonth, locale: Locale) -> str:
    """'مهر ۱۴۰۳': the month named in its own calendar and the reader's language."""
    return f"{month_name(month.month, month.calendar, locale.lang)} {locale.digits(month.year)}"


def span(month: ReportMonth, locale: Locale) -> str:
    """The month's first and last day in its calendar: '۱۴۰۳/۰۷/۰۱ – ۱۴۰۳/۰۷/۳۰'."""
    first, last = (format_date(d, month.calendar, locale.lang, locale.native_digits)
                   for d in (month.first_day, month.last_day))
    return f"{first} – {last}"
