"""Turnaround, contract response and the status history, on hand-made jobs whose answers are
counted here. Every job's history is re-dated to the moments written in the test."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import select

from app.domain.contracts import Contract
from app.domain.kinds import EventKind
from app.domain.tickets import Ticket, TicketEvent
from app.domain.workflow import TicketStatus as S
from app.locale.calendars import Calendar
from app.reports.clock import WorkshopClock
from app.reports.kpis.sla import contract_response
from app.reports.kpis.status_history import backlog_by_status, standing, undone_moves
from app.reports.kpis.turnaround import turnaround
from app.reports.month import ReportMonth, report_month
from app.reports.monthly import monthly_report
from app.services.company import CompanySettings
from app.services.contracts import late_jobs
from app.services.ticket_corrections import undo_last_move
from app.services.tickets import TicketInput, get_ticket, move_ticket, open_ticket
from tests.services.helpers import customer

TEHRAN = ZoneInfo("Asia/Tehran")
IRAN_WEEKEND = frozenset({4})
UNDO = "undo"


def tehran(y: int, m: int, d: int, hour: int, minute: int = 0) -> datetime:
    return datetime(y, m, d, hour, minute, tzinfo=TEHRAN).astimezone(UTC)


def mehr(desk) -> ReportMonth:
    return report_month(1403, 7, Calendar.JALALI, desk.locale.timezone)  # 2024-09-22 … 2024-10-21


def workshop(*holidays: date) -> WorkshopClock:
    return WorkshopClock(TEHRAN, IRAN_WEEKEND, frozenset(holidays), 9 * 60, 18 * 60)


def job(desk, owner, received: datetime, *steps, promised: date | None = None, **fields):
    """A job received at `received`, then each step (moment, what) in turn: a status move,
    UNDO (the last move taken back), or an EventKind contact logged on it. Its history, its
    delivery and its closing carry the moments written here; `fields` are set on the ticket."""
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, fault="روشن نمی‌شود"))
    seen = _redate(desk, ticket.id, 0, received)
    for moment, what in steps:
        if what == UNDO:
            ticket = undo_last_move(desk, ticket.id, ticket.version, "دکمه اشتباه زده شد")
        elif isinstance(what, S):
            ticket = move_ticket(desk, ticket.id, ticket.version, what, "مشتری نخواست" if what is S.CANCELLED else "")
        else:
            with desk.store.write() as session:
                session.add(TicketEvent(ticket_id=ticket.id, customer_id=owner.id, kind=what.value, at=moment))
        seen = _redate(desk, ticket.id, seen, moment)
        if what in (S.DELIVERED, S.CLOSED, S.CANCELLED):
            with desk.store.write() as session:
                setattr(session.get(Ticket, ticket.id), "delivered_at" if what is S.DELIVERED else "closed_at", moment)
            ticket = get_ticket(desk, ticket.id)
    with desk.store.write() as session:
        row = session.get(Ticket, ticket.id)
        row.opened_at, row.promised_date = received, promised
        for name, value in fields.items():
            setattr(row, name, value)
    return ticket


def _redate(desk, ticket_id: int, after: int, moment: datetime) -> int:
    with desk.store.write() as session:
        newest = after
        for event in session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == ticket_id,
                                                                TicketEvent.id > after)):
            event.at, newest = moment, max(newest, event.id)
    return newest


def read(desk, month: ReportMonth, clock: WorkshopClock | None = None):
    with desk.store.read() as session:
        return turnaround(session, month, clock or workshop(), TEHRAN)


def hours(value: str) -> Decimal:
    return Decimal(value)


def paused_job(desk, owner, **fields):
    """Wed 2024-10-16 16:00 received; a call at 16:30; diagnosing 17:00; on parts Thu 10:00 to
    Sat 12:00; ready Sat 15:00; handed back Sun 2024-10-20 10:00 (Friday is the weekend)."""
    return job(desk, owner, tehran(2024, 10, 16, 16),
               (tehran(2024, 10, 16, 16, 30), EventKind.CALL),
               (tehran(2024, 10, 16, 17), S.DIAGNOSING),
               (tehran(2024, 10, 17, 10), S.WAITING_PARTS),
               (tehran(2024, 10, 19, 12), S.IN_REPAIR),
               (tehran(2024, 10, 19, 15), S.READY),
               (tehran(2024, 10, 20, 10), S.DELIVERED), **fields)


def test_the_workshop_clock_stops_while_the_job_waits_on_parts_and_over_the_weekend(desk):
    paused_job(desk, customer(desk))
    found = read(desk, mehr(desk))
    assert found.delivered == 1
    calendar = {lap: s.median for lap, s in found.calendar.items()}
    assert calendar == {"response": hours("0.5"), "diagnosis": hours("1.0"), "ready": hours("71.0"),
                        "delivery": hours("90.0")}
    # Wed 16–18 (2 h), Thu 9–10 (1 h), parts until Sat 12, Sat 12–15 (3 h); then Sat 15–18 and Sun 9–10
    workshop_hours = {lap: s.median for lap, s in found.workshop.items()}
    assert workshop_hours == {"response": hours("0.5"), "diagnosis": hours("1.0"), "ready": hours("6.0"),
                              "delivery": hours("10.0")}
    assert found.workshop["ready"].p90 == hours("6.0") and found.workshop["ready"].jobs == 1


def test_a_holiday_is_not_workshop_time(desk):
    paused_job(desk, customer(desk))
    found = read(desk, mehr(desk), workshop(date(2024, 10, 19)))  # that Saturday a holiday
    assert (found.workshop["ready"].median, found.workshop["delivery"].median) == (hours("3.0"), hours("4.0"))
    assert found.calendar["delivery"].median == hours("90.0")


def test_medians_percentiles_the_spread_of_days_and_promises_kept(desk):
    owner = customer(desk)
    start = tehran(2024, 9, 23, 10)
    for days in range(1, 11):
        handed = start + timedelta(days=days)
        promise = {1: date(2024, 9, 24), 2: date(2024, 9, 24)}.get(days)  # the second is a day late
        job(desk, owner, start, (handed - timedelta(hours=1), S.READY), (handed, S.DELIVERED), promised=promise)
    found = read(desk, mehr(desk))
    assert found.delivered == 10
    assert (found.calendar["delivery"].median, found.calendar["delivery"].p90) == (hours("132.0"), hours("216.0"))
    assert found.calendar["ready"].median == hours("131.0")
    assert found.by_days == (1, 2, 4, 3, 0)
    assert (found.on_time, found.late, found.no_promise, found.on_time_share) == (1, 1, 8, Decimal("50.0"))
    # nobody called and nothing moved before it was ready: the first response is its being ready
    assert found.calendar["response"].median == hours("131.0") and found.calendar["diagnosis"].jobs == 10


def test_the_promised_day_is_the_service_units_day(desk):
    owner = customer(desk)
    # handed back at 00:30 on 21 Oct in Tehran, still the 20th in Greenwich: one day late
    job(desk, owner, tehran(2024, 10, 19, 10), (tehran(2024, 10, 20, 12), S.READY),
        (tehran(2024, 10, 21, 0, 30), S.DELIVERED), promised=date(2024, 10, 20))
    job(desk, owner, tehran(2024, 10, 19, 10), (tehran(2024, 10, 20, 12), S.READY),
        (tehran(2024, 10, 20, 23, 30), S.DELIVERED), promised=date(2024, 10, 20))
    found = read(desk, mehr(desk))
    assert (found.on_time, found.late) == (1, 1)


def test_a_job_delivered_in_one_month_and_closed_in_the_next_is_counted_once(desk):
    job(desk, customer(desk), tehran(2024, 10, 10, 10), (tehran(2024, 10, 12, 10), S.READY),
        (tehran(2024, 10, 13, 10), S.DELIVERED), (tehran(2024, 10, 25, 10), S.CLOSED))
    aban = report_month(1403, 8, Calendar.JALALI, TEHRAN)
    assert read(desk, mehr(desk)).delivered == 1 and read(desk, aban).delivered == 0
    assert read(desk, mehr(desk)).calendar["delivery"].median == hours("72.0")


def test_a_move_taken_back_is_not_in_the_history(desk):
    owner = customer(desk)
    ticket = job(desk, owner, tehran(2024, 10, 12, 9),
                 (tehran(2024, 10, 12, 9, 30), S.DIAGNOSING), (tehran(2024, 10, 12, 9, 35), UNDO),
                 (tehran(2024, 10, 13, 11), S.DIAGNOSING), (tehran(2024, 10, 13, 12), S.IN_REPAIR),
                 (tehran(2024, 10, 13, 12, 5), UNDO), (tehran(2024, 10, 14, 9), S.READY),
                 (tehran(2024, 10, 14, 10), S.DELIVERED))
    with desk.store.read() as session:
        this = select(Ticket.id).where(Ticket.id == ticket.id)
        moves = session.execute(select(TicketEvent.to_status, TicketEvent.at)
                                .where(TicketEvent.ticket_id == ticket.id, standing(undone_moves(session, this)))
                                .order_by(TicketEvent.at, TicketEvent.id)).all()
        undone = undone_moves(session, this)
    assert [status for status, _ in moves] == [S.RECEIVED, S.DIAGNOSING, S.READY, S.DELIVERED]
    assert moves[1].at == tehran(2024, 10, 13, 11) and len(undone) == 2
    found = read(desk, mehr(desk))
    assert (found.calendar["response"].median, found.calendar["diagnosis"].median) == (hours("26.0"), hours("26.0"))


def test_the_backlog_at_the_months_end_by_the_status_each_job_was_in_then(desk):
    owner = customer(desk)
    job(desk, owner, tehran(2024, 10, 1, 9))  # never touched
    job(desk, owner, tehran(2024, 10, 2, 9), (tehran(2024, 10, 3, 9), S.DIAGNOSING),
        (tehran(2024, 10, 4, 9), S.IN_REPAIR), (tehran(2024, 10, 4, 9, 5), UNDO))  # in repair taken back
    job(desk, owner, tehran(2024, 10, 2, 9), (tehran(2024, 10, 20, 9), S.DIAGNOSING),
        (tehran(2024, 10, 23, 9), S.WAITING_PARTS))  # on parts only in Aban
    job(desk, owner, tehran(2024, 10, 5, 9), (tehran(2024, 10, 6, 9), S.CANCELLED))
    job(desk, owner, tehran(2024, 10, 5, 9), (tehran(2024, 10, 6, 9), S.READY), (tehran(2024, 10, 7, 9), S.DELIVERED))
    job(desk, owner, tehran(2024, 10, 25, 9))  # Aban's
    with desk.store.read() as session:
        assert backlog_by_status(session, mehr(desk)) == {S.RECEIVED: 1, S.DIAGNOSING: 2}
        without_history = session.scalar(select(Ticket.id).order_by(Ticket.id))
    with desk.store.write() as session:
        for event in session.scalars(select(TicketEvent).where(TicketEvent.ticket_id == without_history)):
            session.delete(event)
    report = monthly_report(desk, 1403, 7, Calendar.JALALI)
    volume = report.section("volume")
    assert volume.figures[3].values[0] == 3  # the backlog figure, the same jobs
    table = next(t for t in volume.tables if t.title == "Backlog at the month's end by status")
    assert [(name.text if hasattr(name, "text") else name, n) for name, n in table.rows] == [
        ("Diagnosing", 2), ("Status not known (no history)", 1)]
    pie = next(c for c in volume.charts if c.title == "Status mix at the month's end")
    assert pie.values == (2, 1)


def test_an_empty_month_knows_no_turnaround_rather_than_zero(desk):
    found = read(desk, mehr(desk))
    assert found.delivered == 0 and found.by_days == (0, 0, 0, 0, 0)
    assert all(s.median is None and s.p90 is None for s in (*found.calendar.values(), *found.workshop.values()))
    assert found.on_time_share is None
    with desk.store.read() as session:
        sla = contract_response(session, mehr(desk), tehran(2025, 1, 1, 9))
        assert (sla.jobs, sla.met_share) == (0, None)
        assert backlog_by_status(session, mehr(desk)) == {}


def test_a_month_of_cancellations_only(desk):
    owner = customer(desk)
    for day in (23, 24):
        job(desk, owner, tehran(2024, 9, day, 10), (tehran(2024, 9, day, 12), S.CANCELLED))
    found = read(desk, mehr(desk))
    assert found.delivered == 0 and found.calendar["delivery"].median is None
    with desk.store.read() as session:
        assert backlog_by_status(session, mehr(desk)) == {}
    section = monthly_report(desk, 1403, 7, Calendar.JALALI).section("turnaround")
    assert all(f.values[0] is None for f in section.figures if f.format.value == "hours")


def test_esfand_of_a_leap_year_ends_on_its_thirtieth_day(desk):
    owner = customer(desk)
    for handed in (tehran(2025, 3, 20, 23), tehran(2025, 3, 21, 0, 30)):  # 30 Esfand 1403, 1 Farvardin 1404
        job(desk, owner, handed - timedelta(days=2), (handed - timedelta(hours=1), S.READY), (handed, S.DELIVERED))
    esfand = report_month(1403, 12, Calendar.JALALI, TEHRAN)
    assert esfand.last_day == date(2025, 3, 20)
    assert read(desk, esfand).delivered == 1
    assert read(desk, report_month(1404, 1, Calendar.JALALI, TEHRAN)).delivered == 1


def test_a_hijri_month_ends_on_its_umm_al_qura_day(desk_ar):
    riyadh = desk_ar.locale.timezone
    owner = customer(desk_ar, "محمد العتيبي", "0501234567")
    for handed in (datetime(2025, 3, 29, 23, tzinfo=riyadh), datetime(2025, 3, 30, 0, 30, tzinfo=riyadh)):
        job(desk_ar, owner, handed - timedelta(days=1), (handed - timedelta(hours=1), S.READY),
            (handed, S.DELIVERED))
    ramadan = report_month(1446, 9, Calendar.HIJRI, riyadh)  # 29 days, 1 to 29 March 2025
    assert (ramadan.first_day, ramadan.last_day) == (date(2025, 3, 1), date(2025, 3, 29))
    with desk_ar.store.read() as session:
        saudi = WorkshopClock(riyadh, frozenset({4, 5}), frozenset(), 9 * 60, 18 * 60)
        found = turnaround(session, ramadan, saudi, riyadh)
    assert found.delivered == 1 and found.calendar["delivery"].median == hours("24.0")
    # Friday 28 March 23:00 → Saturday 29 March 23:00: the Saudi weekend, no working hour
    assert found.workshop["delivery"].median == hours("0.0")


def contract(desk, owner, hours: int | None) -> int:
    with desk.store.write() as session:
        row = Contract(number=f"C-{hours}", customer_id=owner.id, start_date=date(2024, 1, 1),
                       end_date=date(2024, 12, 31), price=Decimal(1000), response_hours=hours)
        session.add(row)
        session.flush()
        return row.id


def test_contract_jobs_met_missed_and_late_by_the_rule_the_today_list_uses(desk):
    owner = customer(desk)
    four, none = contract(desk, owner, 4), contract(desk, owner, None)
    start = tehran(2024, 10, 1, 9)
    job(desk, owner, start, (start + timedelta(hours=3), S.DIAGNOSING), contract_id=four)  # met
    job(desk, owner, start, (start + timedelta(hours=1), EventKind.CALL),
        (start + timedelta(hours=5), S.DIAGNOSING), contract_id=four)  # a call is no response: missed
    undone = job(desk, owner, start, (start + timedelta(hours=1), S.DIAGNOSING),
                 (start + timedelta(hours=1, minutes=2), UNDO), contract_id=four)  # taken back: still waiting, late
    job(desk, owner, start, (start + timedelta(hours=2), S.CANCELLED), contract_id=four)  # cancelled: apart
    last = tehran(2024, 10, 21, 20)
    job(desk, owner, last, contract_id=four)  # received on Mehr's last evening: not due yet
    job(desk, owner, start, contract_id=none)  # no response time promised: not counted
    job(desk, owner, start, (start + timedelta(hours=9), S.DIAGNOSING))  # no contract
    now = last + timedelta(hours=1)
    with desk.store.read() as session:
        found = contract_response(session, mehr(desk), now)
        late_on_today = [j.ticket_id for j in late_jobs(session, now)]
    assert (found.jobs, found.met, found.missed, found.late_open, found.waiting, found.cancelled) == (5, 1, 1, 1, 1, 1)
    assert found.met_share == Decimal("33.3")
    assert late_on_today == [undone.id]


def test_the_turnaround_section_compares_the_three_months(desk):
    owner = customer(desk)
    paused_job(desk, owner)
    job(desk, owner, tehran(2023, 10, 1, 9), (tehran(2023, 10, 2, 9), S.READY), (tehran(2023, 10, 3, 9), S.DELIVERED))
    section = monthly_report(desk, 1403, 7, Calendar.JALALI).section("turnaround")
    delivery = next(f for f in section.figures if f.label == "Calendar hours to delivery, median")
    assert delivery.values == (hours("90.0"), None, hours("48.0"))
    ready = next(f for f in section.figures if f.label == "Workshop hours to ready, median")
    assert ready.values[0] == hours("6.0")
    (days,) = section.charts
    assert days.values == (0, 0, 1, 0, 0)


def test_without_readable_workshop_hours_the_workshop_time_is_unknown(desk):
    broken = replace(CompanySettings(), workshop_hours_start=18 * 60, workshop_hours_end=9 * 60)
    assert WorkshopClock.of(broken, TEHRAN, IRAN_WEEKEND) is None
    paused_job(desk, customer(desk))
    with desk.store.read() as session:
        found = turnaround(session, mehr(desk), None, TEHRAN)
    assert found.workshop["delivery"].median is None and found.calendar["delivery"].median == hours("90.0")
