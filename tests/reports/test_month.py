"""The month a report covers, in the calendar the manager chose and the unit's time zone."""
from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.errors import ValidationError
from app.locale.calendars import Calendar
from app.reports.month import parse_month, report_month

TEHRAN, RIYADH = ZoneInfo("Asia/Tehran"), ZoneInfo("Asia/Riyadh")


def test_mehr_1403_runs_from_its_first_to_its_last_day_in_tehran():
    mehr = report_month(1403, 7, Calendar.JALALI, TEHRAN)
    assert (mehr.first_day, mehr.last_day) == (date(2024, 9, 22), date(2024, 10, 21))
    assert mehr.starts == datetime(2024, 9, 21, 20, 30, tzinfo=UTC)  # midnight in Tehran (+03:30)
    assert mehr.ends == datetime(2024, 10, 21, 20, 30, tzinfo=UTC)


def test_esfand_of_a_leap_year_has_its_thirtieth_day():
    esfand = report_month(1403, 12, Calendar.JALALI, TEHRAN)  # 1403 is a Jalali leap year
    assert esfand.last_day == date(2025, 3, 20)
    assert report_month(1402, 12, Calendar.JALALI, TEHRAN).last_day == date(2024, 3, 19)  # 29 days


def test_a_hijri_month_ends_where_umm_al_qura_ends_it_in_riyadh():
    ramadan = report_month(1446, 9, Calendar.HIJRI, RIYADH)
    assert (ramadan.first_day, ramadan.last_day) == (date(2025, 3, 1), date(2025, 3, 29))
    assert ramadan.starts == datetime(2025, 2, 28, 21, 0, tzinfo=UTC)


def test_the_months_it_is_compared_with():
    farvardin = report_month(1404, 1, Calendar.JALALI, TEHRAN)
    assert (farvardin.previous(TEHRAN).year, farvardin.previous(TEHRAN).month) == (1403, 12)
    assert farvardin.a_year_before(TEHRAN).first_day == date(2024, 3, 20)


@pytest.mark.parametrize("text, expected", [("1403-07", (1403, 7)), ("۱۴۰۳/۷", (1403, 7)), (" 2025-12 ", (2025, 12))])
def test_a_month_is_read_in_any_digits(text, expected):
    assert parse_month(text) == expected


@pytest.mark.parametrize("text", ["1403-13", "1403", "Mehr 1403", "", "1403-00"])
def test_anything_else_is_not_a_month(text):
    with pytest.raises(ValidationError) as refused:
        parse_month(text)
    assert refused.value.field == "month"


def test_the_month_just_finished_crosses_the_year_in_each_calendar():
    from app.reports.month import month_just_finished

    assert month_just_finished(date(2025, 3, 25), Calendar.JALALI) == (1403, 12)  # 5 Farvardin 1404
    assert month_just_finished(date(2025, 6, 15), Calendar.JALALI) == (1404, 2)
    assert month_just_finished(date(2025, 1, 5), Calendar.GREGORIAN) == (2024, 12)
    assert month_just_finished(date(2025, 7, 1), Calendar.HIJRI) == (1446, 12)  # 6 Muharram 1447
