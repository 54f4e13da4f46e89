"""The estimates customers answered in the month."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import BigInteger, func, select, type_coerce
from sqlalchemy.orm import Session

from app.domain.kinds import Approval
from app.domain.tickets import Ticket
from app.reports.kpis.common import money, within
from app.reports.kpis.shares import share
from app.reports.month import ReportMonth


@dataclass(frozen=True)
class Estimates:
    approved: int
    declined: int
    approved_amount: Decimal
    declined_amount: Decimal
    without_amount: int
    """Answers recorded on a job with no estimate written: their amount is not known."""

    @property
    def approved_share(self) -> Decimal | None:
        return share(self.approved, self.approved + self.declined)


def estimates(session: Session, month: ReportMonth) -> Estimates:
    """The estimates customers answered in the month.

    - Approved / declined: the jobs whose customer's answer to the estimate was recorded in
      the month, by the answer (a job answered again counts by its last answer, in the
      month of that answer).
    - Their amounts: the sum of those jobs' estimates; an answer on a job with no estimate
      written adds nothing and is counted apart.
    - Share approved: approved of all answered, in percent.
    """
    answered = within(Ticket.approval_at, month)
    amount = type_coerce(Ticket.estimate, BigInteger)
    approved = Ticket.approval == Approval.APPROVED.value
    declined = Ticket.approval == Approval.DECLINED.value
    row = session.execute(select(
        func.count().filter(approved), func.count().filter(declined),
        func.sum(amount).filter(approved), func.sum(amount).filter(declined),
        func.count().filter(Ticket.approval.is_not(None), Ticket.estimate.is_(None)),
    ).where(answered)).one()
    return Estimates(row[0], row[1], money(row[2], 2), money(row[3], 2), row[4])
