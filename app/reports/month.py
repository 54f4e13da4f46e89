"""The month a report covers: a month of the calendar the manager chose, from its first to
its last day in the service unit's time zone, as the UTC moments the database stores."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.calendars import Calendar, days_in_month, from_calendar, to_calendar
from app.locale.text import to_ascii_digits

_MONTH = re.compile(r"\s*(\d{4})\s*[-/]\s*(\d{1,2})\s*")


@dataclass(frozen=True)
class ReportMonth:
    year: int
    month: int
    calendar: Calendar
    first_day: date
    last_day: date
    starts: datetime
    """UTC: the first moment of the first day where the service unit is."""
    ends: datetime
    """UTC: the first moment after the last day (the span is starts ≤ t < ends)."""

    def previous(self, zone: ZoneInfo) -> ReportMonth:
        year, month = (self.year, self.month - 1) if self.month > 1 else (self.year - 1, 12)
        return report_month(year, month, self.calendar, zone)

    def a_year_before(self, zone: ZoneInfo) -> ReportMonth:
        return report_month(self.year - 1, self.month, self.calendar, zone)

    def following(self, zone: ZoneInfo) -> ReportMonth:
        year, month = (self.year, self.month + 1) if self.month < 12 else (self.year + 1, 1)
        return report_month(year, month, self.calendar, zone)


def report_month(year: int, month: int, calendar: Calendar, zone: ZoneInfo) -> ReportMonth:
    """Month `month` of `year` in `calendar` (Esfand of a leap year has 30 days, a Hijri month
    29 or 30 by Umm al-Qura); an impossible month is refused with the calendar's words."""
    first = from_calendar(year, month, 1, calendar)
    last = from_calendar(year, month, days_in_month(year, month, calendar), calendar)

    def moment(day: date) -> datetime:
        return datetime.combine(day, time(0), zone).astimezone(ZoneInfo("UTC"))

    return ReportMonth(year, month, calendar, first, last, moment(first), moment(last + timedelta(days=1)))


def month_just_finished(today: date, calendar: Calendar) -> tuple[int, int]:
    """(year, month) of the month before `today`'s in `calendar`: the one a manager reports on
    at the start of the next."""
    year, month, _ = to_calendar(today, calendar)
    return (year, month - 1) if month > 1 else (year - 1, 12)


def parse_month(text: str) -> tuple[int, int]:
    """'1403-07' (or '1403/7', in any digits) as (1403, 7); anything else is refused."""
    found = _MONTH.fullmatch(to_ascii_digits(text or ""))
    if found is None or not 1 <= int(found.group(2)) <= 12:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{text} is not a month; write it as year-month, "
                                                          "for example 1403-07."), field="month", text=text)
    return int(found.group(1)), int(found.group(2))
