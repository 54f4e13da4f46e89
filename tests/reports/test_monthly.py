"""The monthly report assembled: every section, each figure beside its two comparisons."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.domain.kinds import Role
from app.domain.workflow import TicketStatus as S
from app.errors import KhedmatError
from app.locale.calendars import Calendar
from app.reports.monthly import SECTIONS, monthly_report
from app.reports.report import ReportStopped
from tests.reports.test_kpis import job
from tests.services.helpers import customer


def test_a_job_is_counted_in_its_month_and_compared_with_the_month_before(desk):
    owner = customer(desk)
    job(desk, owner, datetime(2024, 9, 25, 9, tzinfo=UTC))   # 4 Mehr 1403
    job(desk, owner, datetime(2024, 8, 25, 9, tzinfo=UTC))   # 3 Shahrivar 1403
    job(desk, owner, datetime(2023, 9, 30, 9, tzinfo=UTC), (S.CANCELLED,),
        moments={"closed_at": datetime(2023, 10, 1, 9, tzinfo=UTC)})  # Mehr 1402
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)
    assert [s.key for s in report.sections] == ["volume", "turnaround", "coverage", "costs", "quality", "faults",
                                                "satisfaction", "technicians", "ending", "customers"]
    received = report.section("volume").figures[0]
    assert received.values == (1, 1, 1)
    cancelled = report.section("volume").figures[2]
    assert cancelled.values == (0, 0, 1)
    per_day = report.section("volume").charts[0]
    assert len(per_day.values) == 30 and per_day.values[3] == 1 and sum(per_day.values) == 1
    assert set(report.seconds) == {s.key for s in report.sections}


def test_the_report_is_the_managers_and_can_be_stopped(desk):
    seen = []
    with pytest.raises(ReportStopped):
        monthly_report(desk, 1403, 7, Calendar.JALALI, lambda done, total: seen.append((done, total)) or done < 1)
    assert seen == [(0, len(SECTIONS)), (1, len(SECTIONS))]
    desk.actor = desk.actor.__class__(**{**desk.actor.__dict__, "role": Role.CLERK})
    with pytest.raises(KhedmatError):
        monthly_report(desk, 1403, 7, Calendar.JALALI)


def test_esfand_of_a_leap_year_and_a_hijri_month_end_keep_their_last_day(desk, desk_ar):
    owner = customer(desk)
    job(desk, owner, datetime(2025, 3, 20, 19, tzinfo=UTC))  # 23:30 in Tehran on 30 Esfand 1403
    job(desk, owner, datetime(2025, 3, 20, 21, tzinfo=UTC))  # 00:30 on 1 Farvardin 1404
    esfand = monthly_report(desk, 1403, 12, Calendar.JALALI).section("volume")
    assert len(esfand.charts[0].values) == 30 and esfand.charts[0].values[-1] == 1
    assert esfand.figures[0].values[0] == 1

    buyer = customer(desk_ar, mobile="0501234567")
    job(desk_ar, buyer, datetime(2025, 3, 29, 20, tzinfo=UTC))  # 23:00 in Riyadh on 29 Ramadan 1446
    ramadan = monthly_report(desk_ar, 1446, 9, Calendar.HIJRI).section("volume")
    assert len(ramadan.charts[0].values) == 29 and ramadan.charts[0].values[-1] == 1
