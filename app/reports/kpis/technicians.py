"""What each technician handed back in the month, how long it took, and what came back."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.kinds import EventKind
from app.domain.people import User
from app.domain.tickets import Ticket, TicketEvent
from app.domain.workflow import TicketStatus
from app.reports.clock import WorkshopClock
from app.reports.kpis.common import within
from app.reports.kpis.status_history import standing, undone_moves
from app.reports.kpis.turnaround import delivered_jobs, spread
from app.reports.month import ReportMonth

_READY_LAP = 2


@dataclass(frozen=True)
class TechnicianMonth:
    user_id: int | None
    """None: the jobs nobody was assigned to."""
    name: str
    delivered: int
    median_workshop_hours: Decimal | None
    """None: no job of theirs with a known receipt-to-ready time (or no workshop clock)."""
    reworked: int


def technicians(session: Session, month: ReportMonth, clock: WorkshopClock | None,
                zone: ZoneInfo) -> list[TechnicianMonth]:
    """Each technician's month, by the technician the job is assigned to now.

    - Jobs: the jobs handed back in the month (each once, in the month of its last delivery).
    - Median workshop hours: of those jobs, the median time from receipt to ready on the
      workshop clock (working hours, without the weekend, holidays and the time waiting on
      the customer or on parts).
    - Rework: their jobs reopened in the month (a reopening taken back is not counted).
    Jobs assigned to nobody are in a row of their own, last; the others by jobs, most first.
    """
    jobs = delivered_jobs(session, month, clock, zone)
    reopened = (select(TicketEvent.ticket_id).where(
        TicketEvent.kind == EventKind.STATUS.value, TicketEvent.to_status == TicketStatus.REOPENED.value,
        within(TicketEvent.at, month)).distinct())
    rework: dict[int | None, int] = dict(session.execute(
        select(Ticket.assignee_id, func.count()).select_from(TicketEvent).join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(TicketEvent.ticket_id.in_(reopened.scalar_subquery()), standing(undone_moves(session, reopened)),
               TicketEvent.to_status == TicketStatus.REOPENED.value, within(TicketEvent.at, month))
        .group_by(Ticket.assignee_id)).all())
    people = {job.assignee_id for job in jobs} | set(rework)
    names = dict(session.execute(select(User.id, User.full_name).where(
        User.id.in_([p for p in people if p is not None]))).all())
    rows = []
    for person in people:
        theirs = [job for job in jobs if job.assignee_id == person]
        rows.append(TechnicianMonth(person, names.get(person, "") if person is not None else "", len(theirs),
                                    spread([job.workshop[_READY_LAP] for job in theirs]).median,
                                    rework.get(person, 0)))
    return sorted(rows, key=lambda r: (r.user_id is None, -r.delivered, r.name, r.user_id or 0))
