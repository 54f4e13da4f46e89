"""Jobs received on each day of the month, for the report's first chart."""
from __future__ import annotations

from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.tickets import Ticket
from app.reports.kpis.common import within
from app.reports.month import ReportMonth


def opened_per_day(session: Session, month: ReportMonth, zone: ZoneInfo) -> list[int]:
    """How many jobs were received on each day of the month, its first day first, the day
    being the service unit's (a job received at 23:30 in Tehran counts on that day).

    The moments are read and binned here: a SQL day is the UTC one, and the month's jobs are
    a few thousand moments at most."""
    days = (month.last_day - month.first_day).days + 1
    counts = [0] * days
    for moment in session.scalars(select(Ticket.opened_at).where(within(Ticket.opened_at, month))):
        day = moment.astimezone(zone).date()
        counts[(day - month.first_day).days] += 1
    return counts
