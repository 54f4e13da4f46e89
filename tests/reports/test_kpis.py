"""The report's figures on a small hand-made month whose right answers are written here."""
from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select

from app.domain.followups import FollowUp
from app.domain.kinds import LineKind, PaymentMethod, TicketKind
from app.domain.tickets import Payment, Ticket
from app.domain.workflow import TicketStatus as S
from app.locale.calendars import Calendar
from app.reports.kpis.coverage import coverage_mix
from app.reports.kpis.satisfaction import satisfaction
from app.reports.kpis.volume import volume
from app.reports.month import report_month
from app.services.payments import PaymentInput
from app.services.ticket_corrections import undo_last_move
from app.services.tickets import LineInput, TicketInput, add_line, get_ticket, move_ticket, open_ticket
from tests.services.helpers import customer, part, unit

MEHR = (1403, 7)  # 2024-09-22 … 2024-10-21 in Tehran


def at(y: int, m: int, d: int, hour: int = 9) -> datetime:
    return datetime(y, m, d, hour, tzinfo=UTC)


def job(desk, owner, opened: datetime, path=(), kind=TicketKind.REPAIR, moments=None):
    """A ticket opened at `opened` and moved along `path`; `moments` re-dates its delivery
    and closing as the history says they happened."""
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, fault="روشن نمی‌شود", kind=kind))
    for status in path:
        ticket = move_ticket(desk, ticket.id, ticket.version, status, "مشتری نخواست" if status is S.CANCELLED else "")
    with desk.store.write() as session:
        row = session.get(Ticket, ticket.id)
        row.opened_at = opened
        for name, moment in (moments or {}).items():
            setattr(row, name, moment)
    return ticket


def figures(desk, year: int, month: int):
    span = report_month(year, month, Calendar.JALALI, desk.locale.timezone)
    with desk.store.read() as session:
        return volume(session, span)


def test_a_job_delivered_in_one_month_and_closed_in_the_next_is_delivered_once(desk):
    owner = customer(desk)
    job(desk, owner, at(2024, 9, 25), (S.IN_REPAIR, S.READY, S.DELIVERED, S.CLOSED),
        moments={"delivered_at": at(2024, 10, 20), "closed_at": at(2024, 10, 25)})
    mehr, aban = figures(desk, *MEHR), figures(desk, 1403, 8)
    assert (mehr.opened, mehr.delivered, mehr.backlog) == (1, 1, 0)
    assert (aban.opened, aban.delivered, aban.backlog) == (0, 0, 0)


def test_the_backlog_is_what_the_month_carried_over(desk):
    owner = customer(desk)
    job(desk, owner, at(2024, 9, 30))  # still open
    job(desk, owner, at(2024, 10, 1), (S.IN_REPAIR, S.READY, S.DELIVERED),
        moments={"delivered_at": at(2024, 10, 28)})  # handed back in Aban: carried over from Mehr
    job(desk, owner, at(2024, 10, 2), (S.CANCELLED,), moments={"closed_at": at(2024, 10, 3)})
    job(desk, owner, at(2024, 10, 22), kind=TicketKind.INSTALLATION)  # 1 Aban: next month's
    mehr = figures(desk, *MEHR)
    assert (mehr.opened, mehr.delivered, mehr.cancelled, mehr.backlog) == (3, 0, 1, 2)
    assert mehr.opened_by_kind == {TicketKind.REPAIR: 3}
    aban = figures(desk, 1403, 8)
    assert (aban.opened, aban.delivered, aban.backlog) == (1, 1, 2)


def test_a_delivery_taken_back_is_not_counted(desk):
    owner = customer(desk)
    ticket = job(desk, owner, at(2024, 9, 25), (S.IN_REPAIR, S.READY, S.DELIVERED))
    undo_last_move(desk, ticket.id, get_ticket(desk, ticket.id).version, "دکمه اشتباه زده شد")
    assert figures(desk, *MEHR).delivered == 0


def test_an_empty_month_and_a_month_of_cancellations_only(desk):
    assert figures(desk, *MEHR) == figures(desk, *MEHR).__class__(0, 0, 0, 0, {})
    owner = customer(desk)
    for day in (23, 24):
        job(desk, owner, at(2024, 9, day), (S.CANCELLED,), moments={"closed_at": at(2024, 9, day, 12)})
    mehr = figures(desk, *MEHR)
    assert (mehr.opened, mehr.delivered, mehr.cancelled, mehr.backlog) == (2, 0, 2, 0)


def test_the_month_ends_at_midnight_in_tehran_not_in_greenwich(desk):
    owner = customer(desk)
    job(desk, owner, at(2024, 10, 21, 21))  # 00:30 on 1 Aban in Tehran
    assert figures(desk, *MEHR).opened == 0 and figures(desk, 1403, 8).opened == 1


def calls(desk, owner, *rows):
    """Follow-ups as (due day, done moment or None, outcome, csat, nps)."""
    with desk.store.write() as session:
        for due, done, outcome, csat, nps in rows:
            session.add(FollowUp(customer_id=owner.id, due_date=due, done_at=done, outcome=outcome,
                                 csat=csat, nps=nps))


def test_satisfaction_counts_the_calls_of_the_month_and_what_the_customers_said(desk):
    owner = customer(desk)
    calls(desk, owner,
          (date(2024, 9, 23), at(2024, 9, 24), "reached", 5, 10),
          (date(2024, 9, 30), at(2024, 10, 1), "reached", 4, 9),
          (date(2024, 10, 5), at(2024, 10, 6), "reached", 2, 3),
          (date(2024, 10, 10), at(2024, 10, 12), "not_reached", None, None),
          (date(2024, 10, 15), None, None, None, None),  # still to make
          (date(2024, 10, 18), at(2024, 10, 25), "reached", 1, 0))  # made in Aban
    span = report_month(*MEHR, Calendar.JALALI, desk.locale.timezone)
    with desk.store.read() as session:
        found = satisfaction(session, span)
    assert (found.calls_due, found.calls_done, found.reached) == (6, 4, 3)
    assert found.csat_scores == {1: 0, 2: 1, 3: 0, 4: 1, 5: 1}
    assert str(found.csat_average) == "3.67" and str(found.satisfied_share) == "66.7"
    assert (found.nps_answers, found.promoters, found.detractors) == (3, 2, 1) and str(found.nps) == "33.3"


def test_a_month_nobody_answered_has_no_scores_rather_than_zero(desk):
    span = report_month(*MEHR, Calendar.JALALI, desk.locale.timezone)
    with desk.store.read() as session:
        found = satisfaction(session, span)
    assert (found.csat_average, found.satisfied_share, found.nps) == (None, None, None)


def test_who_paid_for_the_months_work_and_what_it_was_worth(desk):
    owner = customer(desk)
    covered_unit = unit(desk, owner)  # under warranty
    warranty_job = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=covered_unit.id, fault="نشتی"))
    warranty_job = add_line(desk, warranty_job.id, warranty_job.version,
                            LineInput(kind=LineKind.PART, part_id=part(desk, price="6500000", stock=3)))
    warranty_job = add_line(desk, warranty_job.id, warranty_job.version,
                            LineInput(kind=LineKind.LABOR, description="تعویض پمپ", unit_price=Decimal("1500000")))
    paid_job = open_ticket(desk, TicketInput(customer_id=owner.id, fault="روشن نمی‌شود"))
    paid_job = add_line(desk, paid_job.id, paid_job.version,
                        LineInput(kind=LineKind.LABOR, description="عیب‌یابی", quantity=Decimal(2),
                                  unit_price=Decimal("400000")))
    for ticket, payment in ((warranty_job, None), (paid_job, PaymentInput(Decimal("800000"), PaymentMethod.CASH))):
        for status in (S.IN_REPAIR, S.READY):
            ticket = move_ticket(desk, ticket.id, ticket.version, status)
        move_ticket(desk, ticket.id, ticket.version, S.DELIVERED, payment=payment)
    with desk.store.write() as session:
        for row in session.scalars(select(Ticket)):
            row.delivered_at = at(2024, 10, 1)
        for row in session.scalars(select(Payment)):
            row.paid_at = at(2024, 10, 1)
    span = report_month(*MEHR, Calendar.JALALI, desk.locale.timezone)
    with desk.store.read() as session:
        found = coverage_mix(session, span)
    assert found.jobs == {"warranty": 1, "contract": 0, "paid": 1}
    assert (found.covered_cost, found.charged) == (Decimal("8000000.00"), Decimal("800000.00"))
    assert (found.payments, found.refunds, found.undated_payments) == (Decimal("800000.00"), Decimal("0.00"), 0)
    with desk.store.read() as session:
        aban = coverage_mix(session, report_month(1403, 8, Calendar.JALALI, desk.locale.timezone))
    assert aban.jobs == {"warranty": 0, "contract": 0, "paid": 0} and aban.payments == Decimal("0.00")
