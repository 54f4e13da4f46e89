"""A date input in the clerk's calendar; the value is always a Gregorian `datetime.date`."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCalendar, QDate, QLocale, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

from app.locale.calendars import Calendar
from app.locale.display import Locale

# Qt has no Umm al-Qura calendar; its civil Islamic calendar can differ by a day, so the
# Hijri desk picks dates in Gregorian until the calendar widget of its own exists.
_QT_CALENDAR = {Calendar.JALALI: QCalendar.System.Jalali, Calendar.GREGORIAN: QCalendar.System.Gregorian,
                Calendar.HIJRI: QCalendar.System.Gregorian}


# Qt draws native digits through its locale: Persian ۰–۹, Arabic-Indic ٠–٩.
_QT_LOCALE = {"fa": (QLocale.Language.Persian, QLocale.Country.Iran),
              "ar": (QLocale.Language.Arabic, QLocale.Country.SaudiArabia)}


class DateEdit(QDateEdit):
    def __init__(self, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Before the format: the sections are ordered when the format is set, and in a
        # right-to-left layout they would read dd/MM/yyyy.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setCalendar(QCalendar(_QT_CALENDAR[locale.calendar]))
        self.setDisplayFormat("yyyy/MM/dd")
        self.setCalendarPopup(True)
        if locale.native_digits and locale.lang in _QT_LOCALE:
            self.setLocale(QLocale(*_QT_LOCALE[locale.lang]))

    def value(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))
