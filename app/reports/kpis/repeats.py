"""Whether the month's repairs held: fixed the first time, or the unit back soon after."""
from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.kinds import EventKind, TicketKind
from app.domain.tickets import Ticket, TicketEvent
from app.domain.workflow import TicketStatus
from app.reports.kpis.common import within
from app.reports.kpis.shares import share
from app.reports.month import ReportMonth

SOON = timedelta(days=30)
LATER = timedelta(days=90)


@dataclass(frozen=True)
class Repeats:
    delivered: int
    """Repair jobs handed back in the month."""
    fixed_first_time: int
    back_within_30: int
    back_within_90: int
    reopened: int

    @property
    def first_time_fix_rate(self) -> Decimal | None:
        return share(self.fixed_first_time, self.delivered)


def repeats(session: Session, month: ReportMonth) -> Repeats:
    """Whether the month's repairs held.

    - Repair jobs handed back: repair jobs delivered in the month (each once, in the month
      of its last delivery).
    - Fixed the first time: of those, the jobs never reopened for rework and whose unit did
      not come back with a new repair job (one not cancelled) within 30 days of the delivery.
    - Back within 30 / 90 days: of those, the jobs whose unit came back with a new repair job
      received within 30 / 90 days after the delivery. A return counts in the month of the
      first delivery, so a recent month's figure can still grow for 90 days after it.
    - Reopened: jobs reopened for rework in the month (a reopening taken back is not counted).

    A job recorded without its unit cannot be seen coming back; it counts as not back.
    """
    repair = Ticket.kind == TicketKind.REPAIR.value
    handed_back = (within(Ticket.delivered_at, month), repair)
    delivered = session.execute(
        select(Ticket.asset_id, Ticket.delivered_at, Ticket.is_rework).where(*handed_back)).all()
    returns: dict[int, list[datetime]] = defaultdict(list)
    month_units = select(Ticket.asset_id).where(*handed_back, Ticket.asset_id.is_not(None))
    # Only the month's units, received from its start to 90 days after its end.
    for asset, opened in session.execute(
            select(Ticket.asset_id, Ticket.opened_at)
            .where(Ticket.opened_at >= month.starts, Ticket.opened_at < month.ends + LATER, repair,
                   Ticket.status != TicketStatus.CANCELLED.value, Ticket.asset_id.in_(month_units))
            .order_by(Ticket.opened_at)):
        returns[asset].append(opened)

    def back(asset: int | None, at: datetime, within_days: timedelta) -> bool:
        received = returns.get(asset, ()) if asset is not None else ()
        first_after = bisect_right(received, at)
        return first_after < len(received) and received[first_after] <= at + within_days

    soon = [back(asset, at, SOON) for asset, at, _ in delivered]
    later = [back(asset, at, LATER) for asset, at, _ in delivered]
    fixed = sum(1 for (_, _, rework), came_back in zip(delivered, soon, strict=True)
                if not rework and not came_back)
    reopened = session.scalar(
        select(func.count(func.distinct(TicketEvent.ticket_id)))
        .join(Ticket, Ticket.id == TicketEvent.ticket_id)
        .where(within(TicketEvent.at, month), TicketEvent.kind == EventKind.STATUS.value,
               TicketEvent.to_status == TicketStatus.REOPENED.value, Ticket.is_rework.is_(True)))
    return Repeats(len(delivered), fixed, sum(soon), sum(later), reopened)
