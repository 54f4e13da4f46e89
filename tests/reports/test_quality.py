"""First-time fix, repeat repairs, faults and complaints on hand-made months."""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import update

from app.domain.complaints import Complaint
from app.domain.kinds import TicketKind
from app.domain.tickets import Ticket, TicketEvent
from app.domain.workflow import TicketStatus as S
from app.locale.calendars import Calendar
from app.reports.kpis.faults import complaints, faults
from app.reports.kpis.repeats import repeats
from app.reports.month import report_month
from app.reports.monthly import monthly_report
from app.services.tickets import TicketInput, move_ticket, open_ticket
from tests.reports.test_kpis import job
from tests.services.helpers import customer, unit

DELIVER = (S.IN_REPAIR, S.READY, S.DELIVERED)


def at(y: int, m: int, d: int, hour: int = 9) -> datetime:
    return datetime(y, m, d, hour, tzinfo=UTC)


def repair(desk, owner, asset_id, opened, path=DELIVER, delivered=None, fault="روشن نمی‌شود",
           kind=TicketKind.REPAIR, note=""):
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=asset_id, fault=fault.strip() or "-",
                                           kind=kind))
    for status in path:
        ticket = move_ticket(desk, ticket.id, ticket.version, status, note if status is S.CANCELLED else "")
    with desk.store.write() as session:
        row = session.get(Ticket, ticket.id)
        row.opened_at = opened
        row.fault = fault  # a sheet imported from before may carry no fault
        if delivered is not None:
            row.delivered_at = delivered
    return ticket


def month_of(desk, year, month, calendar=Calendar.JALALI):
    return report_month(year, month, calendar, desk.locale.timezone)


def test_a_unit_back_on_day_29_is_a_repeat_and_on_day_31_only_within_90_days(desk):
    owner = customer(desk)
    units = [unit(desk, owner, serial=f"SN-{n}") for n in range(4)]
    repair(desk, owner, units[0].id, at(2024, 9, 25), delivered=at(2024, 10, 1))
    repair(desk, owner, units[0].id, at(2024, 10, 30), path=())  # back on day 29
    repair(desk, owner, units[1].id, at(2024, 9, 25), delivered=at(2024, 10, 1))
    repair(desk, owner, units[1].id, at(2024, 11, 1), path=())  # back on day 31
    reworked = repair(desk, owner, units[2].id, at(2024, 9, 26),
                      path=DELIVER + (S.REOPENED, S.IN_REPAIR, S.READY, S.DELIVERED), delivered=at(2024, 10, 15))
    repair(desk, owner, None, at(2024, 9, 27), delivered=at(2024, 10, 2))  # no unit: cannot be seen back
    repair(desk, owner, units[3].id, at(2024, 9, 27), delivered=at(2024, 10, 3))
    repair(desk, owner, units[3].id, at(2024, 10, 20), path=(S.CANCELLED,), note="اشتباه ثبت شد")
    repair(desk, owner, units[3].id, at(2024, 9, 28), delivered=at(2024, 10, 4), kind=TicketKind.INSTALLATION)
    with desk.store.write() as session:
        session.execute(update(TicketEvent).where(TicketEvent.ticket_id == reworked.id,
                                                  TicketEvent.to_status == S.REOPENED.value)
                        .values(at=at(2024, 10, 10)))
    with desk.store.read() as session:
        mehr = repeats(session, month_of(desk, 1403, 7))
        aban = repeats(session, month_of(desk, 1403, 8))
    assert (mehr.delivered, mehr.fixed_first_time, mehr.back_within_30, mehr.back_within_90) == (5, 3, 1, 2)
    assert str(mehr.first_time_fix_rate) == "60.0" and mehr.reopened == 1
    # The returns are counted in the month of the first delivery, not in the month they came in.
    assert (aban.delivered, aban.back_within_30, aban.back_within_90, aban.reopened) == (0, 0, 0, 0)
    assert aban.first_time_fix_rate is None


def test_an_empty_month_and_a_month_of_cancellations_only_have_no_fix_rate(desk):
    with desk.store.read() as session:
        assert repeats(session, month_of(desk, 1403, 7)).first_time_fix_rate is None
    owner = customer(desk)
    job(desk, owner, at(2024, 9, 23), (S.CANCELLED,), moments={"closed_at": at(2024, 9, 24)})
    with desk.store.read() as session:
        found = repeats(session, month_of(desk, 1403, 7))
        seen = faults(session, month_of(desk, 1403, 7))
    assert (found.delivered, found.first_time_fix_rate, found.reopened) == (0, None, 0)
    assert seen.jobs == 1 and [(f.fault, f.count) for f in seen.top] == [("روشن نمی‌شود", 1)]


def test_a_repeat_across_the_end_of_esfand_in_a_leap_year(desk):
    owner = customer(desk)
    covered = unit(desk, owner, serial="SN-ESF")
    repair(desk, owner, covered.id, at(2025, 3, 10), delivered=at(2025, 3, 20, 19))  # 30 Esfand 1403, 22:30
    repair(desk, owner, covered.id, at(2025, 4, 15), path=())  # 26 days later, in Farvardin 1404
    with desk.store.read() as session:
        esfand = repeats(session, month_of(desk, 1403, 12))
        farvardin = repeats(session, month_of(desk, 1404, 1))
    assert (esfand.delivered, esfand.back_within_30, esfand.fixed_first_time) == (1, 1, 0)
    assert farvardin.delivered == 0


def test_faults_written_two_ways_are_one_once_folded_and_counted_per_category(desk):
    owner = customer(desk)
    washer = unit(desk, owner, serial="SN-W")  # a «لباسشویی»
    repair(desk, owner, washer.id, at(2024, 9, 25), path=(), fault="آب گرم نمی‌کند")
    repair(desk, owner, washer.id, at(2024, 9, 26), path=(), fault="آب  گرم نمیکند")  # another keyboard
    repair(desk, owner, washer.id, at(2024, 9, 27), path=(), fault="آب گرم نمي‌كند")  # Arabic ye and kaf
    repair(desk, owner, None, at(2024, 9, 28), path=(), fault="آب گرم نمی‌کند")  # no unit: no category
    repair(desk, owner, None, at(2024, 9, 29), path=(), fault="صدا می‌دهد")
    repair(desk, owner, None, at(2024, 9, 30), path=(), fault="   ")
    with desk.store.read() as session:
        found = faults(session, month_of(desk, 1403, 7))
    assert (found.jobs, found.unwritten) == (6, 1)
    assert [(f.category, f.count) for f in found.top] == [("لباسشویی", 3), (None, 1), (None, 1)]
    assert normalize(found.top[0].fault) == normalize("آب گرم نمی‌کند")
    assert dict(found.by_category) == {None: 3, "لباسشویی": 3}


def normalize(text: str) -> str:
    from app.locale.text import normalize_search
    return normalize_search(text)


def add_complaint(desk, owner, category, opened, closed=None, cause="", action=""):
    with desk.store.write() as session:
        session.add(Complaint(customer_id=owner.id, channel="phone", category=category, description="دیر آمد",
                              status="closed" if closed else "open", opened_at=opened, closed_at=closed,
                              root_cause=cause, action_required=action))


def test_complaints_filed_by_category_and_closed_with_their_root_causes(desk):
    owner = customer(desk)
    add_complaint(desk, owner, "تأخیر", at(2024, 9, 23), at(2024, 9, 30), "کمبود قطعه", "سفارش زودتر")
    add_complaint(desk, owner, "تاخیر", at(2024, 9, 24), at(2024, 10, 1), "کمبود قطعه", "سفارش زودتر")
    add_complaint(desk, owner, "رفتار تکنسین", at(2024, 9, 25), at(2024, 10, 2), "بی‌دقتی", "آموزش")
    add_complaint(desk, owner, "تأخیر", at(2024, 9, 10), at(2024, 10, 3), "تعطیلی تأمین‌کننده", "")  # filed in Shahrivar
    add_complaint(desk, owner, "هزینه", at(2024, 10, 5))  # still open
    add_complaint(desk, owner, "هزینه", at(2024, 10, 25), at(2024, 10, 26), "", "")  # both in Aban
    with desk.store.read() as session:
        mehr = complaints(session, month_of(desk, 1403, 7))
    assert (mehr.filed, mehr.closed) == (4, 4)
    assert [count for _, count in mehr.filed_by_category] == [2, 1, 1]
    assert normalize(mehr.filed_by_category[0][0]) == normalize("تأخیر")
    assert [(normalize(r.category), r.root_cause, r.action, r.count) for r in mehr.root_causes] == [
        (normalize("تأخیر"), "کمبود قطعه", "سفارش زودتر", 2),
        (normalize("تأخیر"), "تعطیلی تأمین‌کننده", "", 1),
        (normalize("رفتار تکنسین"), "بی‌دقتی", "آموزش", 1)]


def test_the_report_carries_the_quality_sections_with_their_notes(desk):
    owner = customer(desk)
    covered = unit(desk, owner, serial="SN-R")
    repair(desk, owner, covered.id, at(2024, 9, 25), delivered=at(2024, 10, 1))
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)
    quality = report.section("quality")
    assert quality.figures[0].values == (1, 0, 0)
    assert quality.figures[1].values[0] == 100 and quality.figures[1].values[1:] == (None, None)
    assert "can still grow" in quality.note
    assert {"costs", "quality", "faults", "ending", "customers"} <= {s.key for s in report.sections}
    assert all(key in report.seconds for key in ("costs", "quality", "faults", "ending", "customers"))
