"""How long the month's jobs took, by the clock on the wall and by the workshop's clock."""
from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from statistics import median
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.domain.tickets import Ticket, TicketEvent
from app.domain.workflow import TicketStatus as S
from app.reports.clock import WorkshopClock
from app.reports.kpis.common import within
from app.reports.kpis.status_history import CONTACTS, epoch, spells_in, standing, undone_moves
from app.reports.month import ReportMonth

PAUSED = frozenset({S.AWAITING_APPROVAL, S.WAITING_PARTS})
"""While a job is in these it waits on the customer's answer or on parts: the workshop clock stops."""
DIAGNOSED = frozenset({S.DIAGNOSING, S.AWAITING_APPROVAL, S.WAITING_PARTS, S.IN_REPAIR, S.READY, S.DELIVERED,
                       S.CLOSED})
"""Diagnosing or any step after it: someone has looked at the unit."""
DAY_BOUNDS = (1, 3, 7, 14)
"""The turnaround chart's bins in calendar days: up to 1, 1–3, 3–7, 7–14, more than 14."""
_HOUR = Decimal(3600)
_TENTH = Decimal("0.1")


def first_response(first_move: float | None, first_contact: float | None) -> float | None:
    """The job's first response: the first thing done on it after it was received — a status
    move out of Received, or a call, SMS, visit or email logged on it, whichever came first.
    None: nothing of the kind is in its history."""
    moments = [m for m in (first_move, first_contact) if m is not None]
    return min(moments) if moments else None


@dataclass(frozen=True)
class JobLaps:
    """One delivered job's intervals from its receipt, in seconds (None: not known from its history)."""

    ticket_id: int
    assignee_id: int | None
    calendar: tuple[int | None, int | None, int | None, int]
    """To its first response, its diagnosis, its being ready, its delivery."""
    workshop: tuple[int | None, int | None, int | None, int | None]
    """The same on the workshop clock (all None when the clock is not known)."""
    on_time: bool | None
    """Handed back by its promised date (in the unit's zone); None: no date was promised."""


def delivered_jobs(session: Session, month: ReportMonth, clock: WorkshopClock | None,
                   zone: ZoneInfo) -> list[JobLaps]:
    """The laps of every job handed back in the month (each once, by its last delivery): the
    moments of its steps aggregated in SQL over its standing moves, one row a job. Read once
    per read transaction: the turnaround and the technicians' figures share them."""
    key = ("delivered_jobs", month.starts, month.ends, clock, zone)
    if key not in session.info:
        session.info[key] = _delivered_jobs(session, month, clock, zone)
    return session.info[key]


def _delivered_jobs(session: Session, month: ReportMonth, clock: WorkshopClock | None,
                    zone: ZoneInfo) -> list[JobLaps]:
    jobs = select(Ticket.id).where(within(Ticket.delivered_at, month))
    stands = standing(undone_moves(session, jobs))
    moved = and_(stands, TicketEvent.from_status.is_not(None))  # a move, not the opening
    at = TicketEvent.at
    # each job's steps in one row, aggregated over its entries in the database (the moments
    # turned into seconds once a job, not once an entry)
    steps = (select(TicketEvent.ticket_id,
                    epoch(func.min(at).filter(moved)).label("moved"),
                    epoch(func.min(at).filter(TicketEvent.kind.in_(sorted(k.value for k in CONTACTS))))
                    .label("contacted"),
                    epoch(func.min(at).filter(moved, TicketEvent.to_status.in_(sorted(s.value for s in DIAGNOSED))))
                    .label("diagnosed"),
                    epoch(func.max(at).filter(stands, TicketEvent.to_status == S.READY.value,
                                              at <= Ticket.delivered_at)).label("ready"))
             .join(Ticket, Ticket.id == TicketEvent.ticket_id)
             .where(TicketEvent.ticket_id.in_(jobs.scalar_subquery()))
             .group_by(TicketEvent.ticket_id).subquery())
    rows = session.execute(
        select(Ticket.id, Ticket.assignee_id, epoch(Ticket.opened_at), epoch(Ticket.delivered_at),
               Ticket.promised_date, steps.c.moved, steps.c.contacted, steps.c.diagnosed, steps.c.ready)
        .outerjoin(steps, steps.c.ticket_id == Ticket.id)
        .where(within(Ticket.delivered_at, month))).all()
    pauses = spells_in(session, jobs, PAUSED) if clock is not None else {}
    promised_by: dict[date, float] = {}  # the first moment after each promised day: a few dates, thousands of jobs
    laps = []
    for ticket_id, assignee_id, opened, delivered, promised, moved, contacted, diagnosed, ready in rows:
        opened, delivered = float(opened), float(delivered)
        ends = [first_response(_seconds(moved), _seconds(contacted)), _seconds(diagnosed), _seconds(ready), delivered]
        if promised is not None and promised not in promised_by:
            promised_by[promised] = datetime.combine(promised + timedelta(days=1), time(0), zone).timestamp()
        on_time = None if promised is None else delivered < promised_by[promised]
        calendar = tuple(None if end is None else max(0, round(end - opened)) for end in ends)
        workshop = (tuple(clock.laps(opened, ends, pauses.get(ticket_id, ()))) if clock is not None
                    else (None,) * len(ends))
        laps.append(JobLaps(ticket_id, assignee_id, calendar, workshop, on_time))  # type: ignore[arg-type]
    return laps


def _seconds(value: Any) -> float | None:
    return None if value is None else float(value)


@dataclass(frozen=True)
class Spread:
    """Hours of one interval over the jobs it is known for."""

    jobs: int
    median: Decimal | None
    """None: no job to measure."""
    p90: Decimal | None
    """The 90th percentile: nine jobs in ten took no longer. None: no job to measure."""


def spread(seconds: Sequence[int | None]) -> Spread:
    """The median and the 90th percentile (nearest rank) of the known values, in hours to a tenth."""
    known = sorted(s for s in seconds if s is not None)
    if not known:
        return Spread(0, None, None)

    def hours(value: float) -> Decimal:
        return (Decimal(str(value)) / _HOUR).quantize(_TENTH)

    return Spread(len(known), hours(median(known)), hours(known[math.ceil(0.9 * len(known)) - 1]))


LAPS = ("response", "diagnosis", "ready", "delivery")


@dataclass(frozen=True)
class Turnaround:
    delivered: int
    calendar: dict[str, Spread]
    """By lap (LAPS): received → first response, → diagnosed, → ready, → delivered."""
    workshop: dict[str, Spread]
    on_time: int
    late: int
    no_promise: int
    by_days: tuple[int, ...]
    """Deliveries that took up to 1 day, 1–3, 3–7, 7–14 and more than 14 calendar days."""

    @property
    def on_time_share(self) -> Decimal | None:
        """Of the jobs with a promised date, the share handed back by it, in percent; None: none had one."""
        promised = self.on_time + self.late
        return None if not promised else (Decimal(100 * self.on_time) / promised).quantize(_TENTH)


def turnaround(session: Session, month: ReportMonth, clock: WorkshopClock | None, zone: ZoneInfo) -> Turnaround:
    """How long the jobs handed back in the month took, each job once (in the month of its
    last delivery; closing it later does not count it again).

    - From its receipt to its first response (the first status move out of Received, or the
      first call, SMS, visit or email logged on it), to its diagnosis (its first move to
      Diagnosing or a later step), to its being ready (the Ready that came before its
      delivery), and to its delivery.
    - Each as the median job (half took less, half more) and the 90th percentile (nine jobs
      in ten took no longer), in calendar hours and in workshop hours: the working hours of
      the workshop's days, without the weekend, the holidays, and the time the job waited on
      the customer's approval or on parts. A move taken back is not counted. A job whose
      history does not show a step is left out of that step alone.
    - Delivered by the promised date: of the jobs with a promised date, the share handed back
      on or before that day (the service unit's day); jobs promised nothing are counted apart.
    - The spread of deliveries by calendar days from receipt.
    """
    jobs = delivered_jobs(session, month, clock, zone)
    calendar = {lap: spread([j.calendar[i] for j in jobs]) for i, lap in enumerate(LAPS)}
    workshop = {lap: spread([j.workshop[i] for j in jobs]) for i, lap in enumerate(LAPS)}
    bins = [0] * (len(DAY_BOUNDS) + 1)
    for j in jobs:
        days = j.calendar[3] / 86400
        bins[next((i for i, bound in enumerate(DAY_BOUNDS) if days <= bound), len(DAY_BOUNDS))] += 1
    return Turnaround(len(jobs), calendar, workshop, sum(j.on_time is True for j in jobs),
                      sum(j.on_time is False for j in jobs), sum(j.on_time is None for j in jobs), tuple(bins))
