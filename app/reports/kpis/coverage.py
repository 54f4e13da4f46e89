"""Who paid for the month's work, and what it was worth."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from app.domain.resolutions import Refund
from app.domain.tickets import Payment, Ticket, TicketLine
from app.reports.kpis.common import money, within
from app.reports.month import ReportMonth
from app.services.listing import coverage_group

COVERAGE_GROUPS = ("warranty", "contract", "paid")
@dataclass(frozen=True)
class CoverageMix:
    jobs: dict[str, int]
    """Jobs delivered in the month by who paid: 'warranty', 'contract', 'paid' (the customer)."""
    covered_cost: Decimal
    charged: Decimal
    payments: Decimal
    refunds: Decimal
    undated_payments: int


def coverage_mix(session: Session, month: ReportMonth) -> CoverageMix:
    """Who paid for the month's work, and what it was worth.

    - Jobs: the jobs delivered in the month, under warranty, paid by a contract, or paid by
      the customer (coverage ended, void, none, or a contract with no visit left) — the
      coverage decided at intake.
    - Covered cost: the parts and labour of those jobs that a warranty or contract paid
      for, at the prices on their lines.
    - Charged: what those jobs charged the customer (their lines not covered).
    - Payments and refunds: money received and given back in the month, whatever the job.
      A payment whose moment is not known (a legacy sheet's "amount received") belongs to no
      month; the payments of the month's jobs without one are counted apart.
    """
    delivered = within(Ticket.delivered_at, month)
    jobs = dict.fromkeys(COVERAGE_GROUPS, 0) | {
        group: session.scalar(select(func.count()).select_from(Ticket).where(delivered, coverage_group(group)))
        for group in COVERAGE_GROUPS}
    amount = type_coerce(TicketLine.quantity, BigInteger) * type_coerce(TicketLine.unit_price, BigInteger)
    covered, charged = session.execute(
        select(func.sum(amount).filter(TicketLine.covered.is_(True)),
               func.sum(amount).filter(TicketLine.covered.is_(False)))
        .join(Ticket, Ticket.id == TicketLine.ticket_id).where(delivered)).one()
    payments = session.scalar(select(func.sum(type_coerce(Payment.amount, BigInteger)))
                              .where(within(Payment.paid_at, month)))
    refunds = session.scalar(select(func.sum(type_coerce(Refund.amount, BigInteger))).where(within(Refund.at, month)))
    undated = session.scalar(select(func.count()).select_from(Payment).join(Ticket, Ticket.id == Payment.ticket_id)
                             .where(delivered, Payment.paid_at.is_(None)))
    return CoverageMix(jobs, money(covered, 4), money(charged, 4), money(payments, 2), money(refunds, 2), undated)
