"""Which customers keep coming back, and what the best of them have brought in."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import BigInteger, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from app.domain.people import Customer
from app.domain.resolutions import Refund
from app.domain.tickets import Payment, Ticket
from app.reports.kpis.common import money
from app.reports.kpis.shares import share
from app.reports.month import ReportMonth, report_month

YEAR = 12
TOP = 10


def months_before(month: ReportMonth, count: int, zone: ZoneInfo) -> datetime:
    """The first moment of the month `count` months before `month`, in its calendar."""
    index = month.year * 12 + month.month - 1 - count
    return report_month(index // 12, index % 12 + 1, month.calendar, zone).starts


@dataclass(frozen=True)
class Retention:
    retained: int
    lost: int

    @property
    def retained_share(self) -> Decimal | None:
        """Retained of the customers of the earlier year, in percent."""
        return share(self.retained, self.retained + self.lost)


def retention(session: Session, months: Sequence[ReportMonth], zone: ZoneInfo) -> tuple[Retention, ...]:
    """Customers retained and lost by each month's end (in the order of `months`).

    The last year is the twelve months of the report's calendar ending with the month, the
    year before it the twelve months before those. A customer is retained when they brought
    a job (any job received, cancelled or not) in both years; lost when they brought one in
    the year before but none in the last year: no return in twelve months.

    Every customer's jobs are counted once for all the months asked: one pass over the
    tickets, by customer, instead of one for each month.
    """
    windows = []
    for month in months:
        last_year = months_before(month, YEAR - 1, zone)
        year_before = months_before(month, 2 * YEAR - 1, zone)
        windows.append((and_(Ticket.opened_at >= last_year, Ticket.opened_at < month.ends),
                        and_(Ticket.opened_at >= year_before, Ticket.opened_at < last_year)))
    per_customer = (
        select(*(func.count().filter(window).label(f"w{n}_{side}")
                 for n, pair in enumerate(windows) for side, window in enumerate(pair)))
        .group_by(Ticket.customer_id).subquery())
    counts = []
    for n in range(len(windows)):
        recent, earlier = per_customer.c[f"w{n}_0"], per_customer.c[f"w{n}_1"]
        counts += [func.count().filter(recent > 0, earlier > 0), func.count().filter(recent == 0, earlier > 0)]
    row = session.execute(select(*counts)).one()
    return tuple(Retention(row[2 * n], row[2 * n + 1]) for n in range(len(windows)))


@dataclass(frozen=True)
class LifetimeValue:
    name: str
    jobs: int
    paid: Decimal
    refunded: Decimal

    @property
    def value(self) -> Decimal:
        return self.paid - self.refunded


def lifetime_values(session: Session, month: ReportMonth) -> tuple[LifetimeValue, ...]:
    """The ten customers who have brought in most, up to the month's end.

    A customer's lifetime value is what they paid for all their jobs up to the month's end,
    less the money given back to them by then. It is a lifetime, not a month: a payment
    whose day is not known (a legacy sheet's "amount received") counts too, as of the day
    its job was received. With it, how many jobs they brought by the month's end.
    """
    ends = month.ends
    # Read from the payments (and the refunds), each finding its job by the job's key: `+ 0`
    # keeps SQLite from walking every job in customer order to look for its payments instead,
    # which on ten years of jobs took seconds longer than reading the payments themselves.
    paid_by = (
        select(Ticket.customer_id.label("customer_id"),
               func.sum(type_coerce(Payment.amount, BigInteger)).label("paid"))
        .select_from(Payment).join(Ticket, Ticket.id == Payment.ticket_id + 0)
        .where(or_(Payment.paid_at < ends, and_(Payment.paid_at.is_(None), Ticket.opened_at < ends)))
        .group_by(Ticket.customer_id).subquery())
    refunded_by = (
        select(Ticket.customer_id.label("customer_id"),
               func.sum(type_coerce(Refund.amount, BigInteger)).label("refunded"))
        .select_from(Refund).join(Ticket, Ticket.id == Refund.ticket_id + 0).where(Refund.at < ends)
        .group_by(Ticket.customer_id).subquery())
    value = paid_by.c.paid - func.coalesce(refunded_by.c.refunded, 0)
    top = session.execute(
        select(paid_by.c.customer_id, Customer.name, paid_by.c.paid, refunded_by.c.refunded)
        .join(Customer, Customer.id == paid_by.c.customer_id)
        .outerjoin(refunded_by, refunded_by.c.customer_id == paid_by.c.customer_id)
        .order_by(value.desc(), Customer.name, paid_by.c.customer_id).limit(TOP)).all()
    jobs = dict(session.execute(
        select(Ticket.customer_id, func.count())
        .where(Ticket.customer_id.in_([row[0] for row in top]), Ticket.opened_at < ends)
        .group_by(Ticket.customer_id)).all()) if top else {}
    return tuple(LifetimeValue(name, jobs.get(customer, 0), money(paid, 2), money(refunded, 2))
                 for customer, name, paid, refunded in top)
