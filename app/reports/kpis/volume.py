"""How many jobs the month saw."""
from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import CompoundSelect, and_, func, or_, select, union_all
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from app.domain.kinds import TicketKind
from app.domain.tickets import Ticket
from app.domain.workflow import TicketStatus
from app.reports.kpis.common import within
from app.reports.month import ReportMonth


@dataclass(frozen=True)
class Volume:
    opened: int
    delivered: int
    cancelled: int
    backlog: int
    opened_by_kind: dict[TicketKind, int]


def backlog_jobs(month: ReportMonth) -> CompoundSelect:
    """The jobs received before the month ended and neither handed back nor cancelled by then:
    those not handed back at all and those handed back later, each read from the index of
    delivery and receipt rather than from every job ever received."""
    unfinished = (Ticket.opened_at < month.ends,
                  ~and_(Ticket.status == TicketStatus.CANCELLED.value, Ticket.closed_at < month.ends))
    return union_all(select(Ticket.id).where(Ticket.delivered_at.is_(None), *unfinished),
                     select(Ticket.id).where(Ticket.delivered_at >= month.ends, *unfinished))


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
    # Each count reads one index; the backlog is what was received by the month's end less
    # what was handed back or cancelled by then (a job handed back after its cancellation
    # was undone is counted once, as handed back).
    def count(*where: ColumnElement[bool]) -> int:
        return session.scalar(select(func.count()).select_from(Ticket).where(*where)) or 0

    cancelled = Ticket.status == TicketStatus.CANCELLED.value
    not_delivered_by_end = or_(Ticket.delivered_at.is_(None), Ticket.delivered_at >= month.ends)
    received_by_end = count(Ticket.opened_at < month.ends)
    delivered_by_end = count(Ticket.delivered_at < month.ends, Ticket.opened_at < month.ends)
    cancelled_by_end = count(cancelled, Ticket.closed_at < month.ends, Ticket.opened_at < month.ends,
                             not_delivered_by_end)
    row = (count(within(Ticket.opened_at, month)), count(within(Ticket.delivered_at, month)),
           count(cancelled, within(Ticket.closed_at, month)), received_by_end - delivered_by_end - cancelled_by_end)
    kinds = {TicketKind(kind): count for kind, count in session.execute(
        select(Ticket.kind, func.count()).where(within(Ticket.opened_at, month)).group_by(Ticket.kind))}
    return Volume(*row, opened_by_kind=kinds)
