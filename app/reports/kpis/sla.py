"""Whether contract jobs were responded to within the contract's response time."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.contracts import Contract
from app.domain.kinds import EventKind
from app.domain.tickets import Ticket, TicketEvent
from app.domain.workflow import TicketStatus
from app.reports.kpis.common import within
from app.reports.kpis.status_history import epoch, standing, undone_moves
from app.reports.month import ReportMonth
from app.services.contracts import is_response, response_due


@dataclass(frozen=True)
class ContractResponse:
    jobs: int
    met: int
    missed: int
    late_open: int
    """Not responded to yet, past the response time."""
    waiting: int
    """Not responded to yet, the response time not over yet."""
    cancelled: int
    """Cancelled before anyone responded: neither met nor missed."""
    unknown: int
    """No history to judge by (imported without it)."""

    @property
    def met_share(self) -> Decimal | None:
        """Of the jobs judged (met, missed, or open and late), the share met, in percent; None: none."""
        judged = self.met + self.missed + self.late_open
        return None if not judged else (Decimal(100 * self.met) / judged).quantize(Decimal("0.1"))


RESPONSES = tuple(sorted(status.value for status in TicketStatus if is_response(status)))
"""The statuses whose reaching responds to a contract job (app.services.contracts is_response,
the rule the Today list uses)."""


def contract_response(session: Session, month: ReportMonth, now: datetime) -> ContractResponse:
    """Contract jobs received in the month whose contract promises a response time.

    - Met: responded to (moved on from Received to diagnosing or a later step) by the
      contract's response hours after the job came in; missed: responded to later.
    - Still open and late: nobody has responded yet (as of when the report is read) and the
      response time is over; still waiting: it is not over yet.
    - A job cancelled before anyone responded is counted apart, neither met nor missed; a
      move taken back does not count as a response. A job the contract did not pay for (its
      visits used up) is the customer's and is not counted, as on the Today list.
    """
    received = (select(Ticket.id).join(Contract, Contract.id == Ticket.contract_id)
                .where(within(Ticket.opened_at, month), Contract.response_hours.is_not(None)))
    stands = standing(undone_moves(session, received))
    steps = (select(TicketEvent.ticket_id,
                    func.min(epoch(TicketEvent.at)).filter(stands, TicketEvent.from_status.is_not(None),
                                                           TicketEvent.to_status.in_(RESPONSES)).label("answered"),
                    func.count().filter(stands, TicketEvent.to_status == TicketStatus.CANCELLED.value)
                    .label("cancelled"))
             .where(TicketEvent.ticket_id.in_(received.scalar_subquery()), TicketEvent.kind == EventKind.STATUS.value)
             .group_by(TicketEvent.ticket_id).subquery())
    rows = session.execute(
        received.with_only_columns(Ticket.opened_at, Contract.response_hours, steps.c.answered, steps.c.ticket_id,
                                   steps.c.cancelled)
        .outerjoin(steps, steps.c.ticket_id == Ticket.id)).all()
    as_of = now.timestamp()
    counts = dict.fromkeys(("met", "missed", "late_open", "waiting", "cancelled", "unknown"), 0)
    for opened, hours, answered, known, cancelled in rows:
        due = response_due(opened, hours).timestamp()
        if known is None:
            counts["unknown"] += 1
        elif answered is not None:
            counts["met" if float(answered) <= due else "missed"] += 1
        elif cancelled:
            counts["cancelled"] += 1
        else:
            counts["late_open" if due < as_of else "waiting"] += 1
    return ContractResponse(len(rows), **counts)
