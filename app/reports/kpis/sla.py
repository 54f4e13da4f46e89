"""Whether contract jobs were responded to within the contract's response time."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.contracts import Contract
from app.domain.tickets import Ticket
from app.domain.workflow import TicketStatus
from app.reports.kpis.common import within
from app.reports.kpis.status_history import History, histories
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


def responded_at(history: History) -> float | None:
    """When the job was first responded to, by the contracts' rule (app.services.contracts
    is_response, the one the Today list uses); None: not (yet)."""
    return next((m.at for m in history.moves[1:] if is_response(m.status)), None)


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
    rows = session.execute(received.add_columns(Ticket.opened_at, Contract.response_hours)).all()
    as_of = now.timestamp()
    found = histories(session, received)
    counts = dict.fromkeys(("met", "missed", "late_open", "waiting", "cancelled", "unknown"), 0)
    for ticket_id, opened, hours in rows:
        history = found.get(ticket_id)
        due = response_due(opened, hours)
        if history is None:
            counts["unknown"] += 1
            continue
        answered, due_at = responded_at(history), due.timestamp()
        if answered is not None:
            counts["met" if answered <= due_at else "missed"] += 1
        elif any(m.status is TicketStatus.CANCELLED for m in history.moves):
            counts["cancelled"] += 1
        else:
            counts["late_open" if due_at < as_of else "waiting"] += 1
    return ContractResponse(len(rows), **counts)
