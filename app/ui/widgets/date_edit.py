"""A date input in the clerk's calendar; the value is always a Gregorian `datetime.date`."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCalendar, QDate, Qt
from PySide6.QtWidgets import QDateEdit, QWidget

from app.locale.calendars import Calendar
from app.locale.display import Locale

# Qt has no Umm al-Qura calendar; its civil Islamic calendar can differ by a day, so the
# Hijri desk picks dates in Gregorian until the calendar widget of its own exists.
_QT_CALENDAR = {Calendar.JALALI: QCalendar.System.Jalali, Calendar.GREGORIAN: QCalendar.System.Gregorian,
                Calendar.HIJRI: QCalendar.System.Gregorian}


class DateEdit(QDateEdit):
    def __init__(self, locale: Locale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Before the format: the sections are ordered when the format is set, and in a
        # right-to-left layout they would read dd/MM/yyyy.
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setCalendar(QCalendar(_QT_CALENDAR[locale.calendar]))
        self.setDisplayFormat("yyyy/MM/dd")
        self.setCalendarPopup(True)

    def value(self) -> date:
        d = self.date()
        return date(d.year(), d.month(), d.day())

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))
