"""The workshop clock, with answers counted by hand, and the settings it is read from."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from app.errors import ValidationError
from app.reports.clock import WorkshopClock, calendar_seconds
from app.services.company import CompanySettings, company_settings, parse_holidays, save_company_settings

TEHRAN, RIYADH = ZoneInfo("Asia/Tehran"), ZoneInfo("Asia/Riyadh")
IRAN_WEEKEND, SAUDI_WEEKEND = frozenset({4}), frozenset({4, 5})
HOUR = 3600


def local(zone: ZoneInfo, y: int, m: int, d: int, hour: int, minute: int = 0) -> datetime:
    return datetime(y, m, d, hour, minute, tzinfo=zone).astimezone(UTC)


def tehran(*args: int) -> datetime:
    return local(TEHRAN, *args)


def clock(zone=TEHRAN, weekend=IRAN_WEEKEND, holidays=(), opens=9 * 60, closes=18 * 60) -> WorkshopClock:
    return WorkshopClock(zone, weekend, frozenset(holidays), opens, closes)


def test_a_job_received_on_thursday_afternoon_and_ready_on_saturday_morning_took_two_working_hours():
    # Thursday 2024-10-17 17:00 → Saturday 10:00: Thursday's last hour, Friday off, Saturday's first hour
    assert clock().seconds(tehran(2024, 10, 17, 17), tehran(2024, 10, 19, 10)) == 2 * HOUR
    assert calendar_seconds(tehran(2024, 10, 17, 17), tehran(2024, 10, 19, 10)) == 41 * HOUR


def test_saudi_arabia_rests_on_friday_and_saturday():
    start, end = local(RIYADH, 2024, 10, 17, 17), local(RIYADH, 2024, 10, 20, 10)  # Thursday → Sunday
    assert clock(RIYADH, SAUDI_WEEKEND).seconds(start, end) == 2 * HOUR
    assert clock(RIYADH, IRAN_WEEKEND).seconds(start, end) == 11 * HOUR  # Saturday would count with Iran's week


def test_a_holiday_the_manager_listed_is_not_counted():
    holiday = clock(holidays={date(2024, 10, 19)})  # that Saturday
    assert holiday.seconds(tehran(2024, 10, 17, 17), tehran(2024, 10, 20, 10)) == 2 * HOUR  # Thu 1 h + Sun 1 h
    assert clock().seconds(tehran(2024, 10, 17, 17), tehran(2024, 10, 20, 10)) == 11 * HOUR


def test_the_time_waiting_on_parts_is_not_counted_even_across_the_weekend():
    waiting = [(tehran(2024, 10, 17, 16), tehran(2024, 10, 19, 12))]  # Thu 16:00 → Sat 12:00 on parts
    assert clock().seconds(tehran(2024, 10, 17, 9), tehran(2024, 10, 19, 18), waiting) == 7 * HOUR + 6 * HOUR
    both = waiting + [(tehran(2024, 10, 19, 14), tehran(2024, 10, 19, 15, 30))]  # and an approval awaited
    assert clock().seconds(tehran(2024, 10, 17, 9), tehran(2024, 10, 19, 18), both) == 13 * HOUR - 90 * 60
    assert clock().seconds(tehran(2024, 10, 17, 9), tehran(2024, 10, 19, 18), [(tehran(2024, 10, 16, 9),
                                                                                 tehran(2024, 10, 20, 9))]) == 0


def test_a_job_received_out_of_hours_starts_counting_when_the_workshop_opens():
    assert clock().seconds(tehran(2024, 10, 16, 20), tehran(2024, 10, 17, 10)) == HOUR  # Wed 20:00 → Thu 10:00
    assert clock().seconds(tehran(2024, 10, 18, 11), tehran(2024, 10, 19, 9, 30)) == 30 * 60  # received on Friday
    assert clock().seconds(tehran(2024, 10, 19, 19), tehran(2024, 10, 19, 22)) == 0
    assert clock().seconds(tehran(2024, 10, 19, 12), tehran(2024, 10, 19, 11)) == 0


def test_working_hours_are_the_wall_clocks_in_zones_without_summer_time():
    # Iran kept summer time until 2022: on 2021-03-22 clocks went forward at midnight, and
    # still the working day was 09:00–18:00; since then Tehran (like Riyadh) never changes.
    assert clock().seconds(tehran(2021, 3, 21, 17), tehran(2021, 3, 22, 10)) == 2 * HOUR
    assert calendar_seconds(tehran(2021, 3, 21, 17), tehran(2021, 3, 22, 10)) == 16 * HOUR
    assert clock().seconds(tehran(2024, 3, 20, 17), tehran(2024, 3, 23, 10)) == 11 * HOUR  # Wed → Sat, Fri off
    assert clock(RIYADH, SAUDI_WEEKEND).seconds(local(RIYADH, 2024, 3, 24, 0), local(RIYADH, 2024, 3, 25, 0)) \
        == 9 * HOUR


def test_the_companys_hours_and_holidays_make_its_clock():
    settings = CompanySettings(workshop_hours_start=8 * 60 + 30, workshop_hours_end=13 * 60,
                               workshop_holidays="2024-10-19\n\n۲۰۲۴-۱۰-۲۰")
    made = WorkshopClock.of(settings, TEHRAN, IRAN_WEEKEND)
    assert made == clock(holidays={date(2024, 10, 19), date(2024, 10, 20)}, opens=510, closes=780)
    assert WorkshopClock.of(replace(settings, workshop_hours_end=8 * 60), TEHRAN, IRAN_WEEKEND) is None
    assert WorkshopClock.of(replace(settings, workshop_holidays="نوروز"), TEHRAN, IRAN_WEEKEND) is None


def test_a_holiday_line_that_is_not_a_date_is_refused_not_skipped():
    assert parse_holidays(" 2025-03-21 \n2025-03-22\n") == {date(2025, 3, 21), date(2025, 3, 22)}
    for wrong in ("2025-03-21\n1404/01/01", "2025-02-30", "20250321", "نوروز"):
        with pytest.raises(ValidationError) as raised:
            parse_holidays(wrong)
        assert raised.value.field == "workshop_holidays"


def test_the_workshop_settings_are_saved_checked_and_read_back(desk):
    before = company_settings(desk)
    assert (before.workshop_hours_start, before.workshop_hours_end, before.workshop_holidays) == (540, 1080, "")
    with pytest.raises(ValidationError) as raised:
        save_company_settings(desk, replace(before, workshop_hours_start=600, workshop_hours_end=600),
                              before.version_token)
    assert raised.value.field == "workshop_hours_end"
    with pytest.raises(ValidationError):
        save_company_settings(desk, replace(before, workshop_holidays="2025-03-21\nفردا"), before.version_token)
    saved = save_company_settings(desk, replace(before, workshop_hours_start=480, workshop_hours_end=960,
                                                workshop_holidays="2025-03-22\n۲۰۲۵-۰۳-۲۱\n2025-03-22"),
                                  before.version_token)
    assert company_settings(desk) == saved
    assert (saved.workshop_hours_start, saved.workshop_hours_end, saved.workshop_holidays) == (
        480, 960, "2025-03-21\n2025-03-22")


def test_one_clock_answers_spans_years_apart_alike():
    shared = clock()
    later = shared.seconds(tehran(2024, 10, 17, 17), tehran(2024, 10, 19, 10))
    earlier = shared.seconds(tehran(2019, 10, 17, 17), tehran(2019, 10, 19, 10))  # a Thursday too
    wide = shared.seconds(tehran(2018, 1, 2, 9), tehran(2024, 10, 19, 10))
    assert (later, earlier) == (2 * HOUR, 2 * HOUR)
    assert wide == clock().seconds(tehran(2018, 1, 2, 9), tehran(2024, 10, 19, 10)) > 0
    assert shared.seconds(tehran(2024, 10, 17, 17), tehran(2024, 10, 19, 10)) == 2 * HOUR
