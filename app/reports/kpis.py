"""Every figure of the manager's report, one function each, aggregated in SQL.

Each docstring is the figure's definition as a manager reads it. A month is a ReportMonth
(app.reports.month): moments from its `starts` up to, not including, its `ends`.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, and_, func, or_, select, type_coerce
from sqlalchemy.orm import Session

from app.domain.followups import FollowUp
from app.domain.kinds import FollowUpOutcome, TicketKind
from app.domain.resolutions import Refund
from app.domain.tickets import Payment, Ticket, TicketLine
from app.domain.workflow import TicketStatus
from app.reports.month import ReportMonth
from app.services.listing import coverage_group


@dataclass(frozen=True)
class Volume:
    opened: int
    delivered: int
    cancelled: int
    backlog: int
    opened_by_kind: dict[TicketKind, int]


def _within(column: object, month: ReportMonth) -> object:
    return and_(column >= month.starts, column < month.ends)


def volume(session: Session, month: ReportMonth) -> Volume:
    """How many jobs the month saw.

    - Opened: jobs received in the month.
    - Delivered: jobs handed back in the month, each once, in the month of its delivery
      (closing it later does not count it again; a delivery taken back is not counted; a
      job reworked and handed back again counts in the month of its last delivery).
    - Cancelled: jobs cancelled in the month (a cancellation taken back is not counted).
    - Backlog: jobs received before the month ended that were neither handed back nor
      cancelled by then, what the workshop carried into the next month.
    - Opened by kind: the month's jobs by kind (repair, installation, periodic service, …).
    """
    cancelled = Ticket.status == TicketStatus.CANCELLED.value
    row = session.execute(select(
        func.count().filter(_within(Ticket.opened_at, month)),
        func.count().filter(_within(Ticket.delivered_at, month)),
        func.count().filter(cancelled, _within(Ticket.closed_at, month)),
        func.count().filter(
            Ticket.opened_at < month.ends,
            or_(Ticket.delivered_at.is_(None), Ticket.delivered_at >= month.ends),
            ~and_(cancelled, Ticket.closed_at < month.ends)),
    )).one()
    kinds = {TicketKind(kind): count for kind, count in session.execute(
        select(Ticket.kind, func.count()).where(_within(Ticket.opened_at, month)).group_by(Ticket.kind))}
    return Volume(*row, opened_by_kind=kinds)


@dataclass(frozen=True)
class Satisfaction:
    calls_due: int
    calls_done: int
    reached: int
    csat_scores: dict[int, int]
    """How many customers gave each score from 1 to 5 (every score present, 0 when none)."""
    nps_answers: int
    promoters: int
    detractors: int

    @property
    def csat_average(self) -> Decimal | None:
        """None: nobody gave a score."""
        given = sum(self.csat_scores.values())
        if not given:
            return None
        return (Decimal(sum(score * n for score, n in self.csat_scores.items())) / given).quantize(Decimal("0.01"))

    @property
    def satisfied_share(self) -> Decimal | None:
        """The share of scores that are 4 or 5, in percent; None: nobody gave a score."""
        given = sum(self.csat_scores.values())
        if not given:
            return None
        return (Decimal(100 * (self.csat_scores[4] + self.csat_scores[5])) / given).quantize(Decimal("0.1"))

    @property
    def nps(self) -> Decimal | None:
        """Promoters (9–10) minus detractors (0–6), in percent of those who answered; None: nobody did."""
        if not self.nps_answers:
            return None
        return (Decimal(100 * (self.promoters - self.detractors)) / self.nps_answers).quantize(Decimal("0.1"))


def satisfaction(session: Session, month: ReportMonth) -> Satisfaction:
    """The calls after the jobs, and what the customers said.

    - Calls due: follow-ups whose due day falls in the month (a call put off to another day
      counts in the month of its new day).
    - Calls done: follow-ups finished in the month, reached or closed unanswered.
    - Reached: those of them where the customer was reached.
    - Satisfaction (CSAT): the scores 1–5 given on calls finished in the month: their
      average, how many gave each score, and the share satisfied (4 or 5).
    - Net promoter score (NPS): of the customers asked 0–10 on those calls, the percentage
      who gave 9 or 10 minus the percentage who gave 0 to 6.
    """
    done = _within(FollowUp.done_at, month)
    row = session.execute(select(
        func.count().filter(FollowUp.due_date >= month.first_day, FollowUp.due_date <= month.last_day),
        func.count().filter(done),
        func.count().filter(done, FollowUp.outcome == FollowUpOutcome.REACHED.value),
        func.count().filter(done, FollowUp.nps.is_not(None)),
        func.count().filter(done, FollowUp.nps >= 9),
        func.count().filter(done, FollowUp.nps <= 6),
    )).one()
    scores = dict.fromkeys(range(1, 6), 0) | dict(session.execute(
        select(FollowUp.csat, func.count()).where(done, FollowUp.csat.is_not(None)).group_by(FollowUp.csat)).all())
    return Satisfaction(row[0], row[1], row[2], scores, row[3], row[4], row[5])


COVERAGE_GROUPS = ("warranty", "contract", "paid")
_CENT = Decimal("0.01")


@dataclass(frozen=True)
class CoverageMix:
    jobs: dict[str, int]
    """Jobs delivered in the month by who paid: 'warranty', 'contract', 'paid' (the customer)."""
    covered_cost: Decimal
    charged: Decimal
    payments: Decimal
    refunds: Decimal
    undated_payments: int


def _money(raw: int | None, places: int) -> Decimal:
    """A sum of whole hundredths (`places` 2) or of their products (4), as money."""
    return (Decimal(raw or 0) / (10 ** places)).quantize(_CENT)


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
    delivered = _within(Ticket.delivered_at, month)
    jobs = dict.fromkeys(COVERAGE_GROUPS, 0) | {
        group: session.scalar(select(func.count()).select_from(Ticket).where(delivered, coverage_group(group)))
        for group in COVERAGE_GROUPS}
    amount = type_coerce(TicketLine.quantity, BigInteger) * type_coerce(TicketLine.unit_price, BigInteger)
    covered, charged = session.execute(
        select(func.sum(amount).filter(TicketLine.covered.is_(True)),
               func.sum(amount).filter(TicketLine.covered.is_(False)))
        .join(Ticket, Ticket.id == TicketLine.ticket_id).where(delivered)).one()
    payments = session.scalar(select(func.sum(type_coerce(Payment.amount, BigInteger)))
                              .where(_within(Payment.paid_at, month)))
    refunds = session.scalar(select(func.sum(type_coerce(Refund.amount, BigInteger))).where(_within(Refund.at, month)))
    undated = session.scalar(select(func.count()).select_from(Payment).join(Ticket, Ticket.id == Payment.ticket_id)
                             .where(delivered, Payment.paid_at.is_(None)))
    return CoverageMix(jobs, _money(covered, 4), _money(charged, 4), _money(payments, 2), _money(refunds, 2), undated)
