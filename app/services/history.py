"""A customer's one history: every ticket and every call, SMS, visit and note, and every
complaint with where it stands, newest first."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from app.domain.complaints import Complaint
from app.domain.kinds import EventKind
from app.domain.people import User
from app.domain.tickets import Ticket, TicketEvent
from app.services.desk import Desk
from app.services.listing import TICKETS, TicketRow


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    kind: str
    ticket_number: str | None
    from_status: str | None
    to_status: str | None
    text: str
    user_name: str
    complaint_status: str | None = None
    """A complaint's entry (kind "complaint"): open, answered or closed, as it is now."""


def customer_history(desk: Desk, customer_id: int, limit: int = 500) -> list[HistoryEntry]:
    statement = (
        select(TicketEvent.at, TicketEvent.kind, Ticket.number, TicketEvent.from_status, TicketEvent.to_status,
               TicketEvent.text, User.full_name)
        .outerjoin(Ticket, Ticket.id == TicketEvent.ticket_id)
        .outerjoin(User, User.id == TicketEvent.user_id)
        .where(TicketEvent.customer_id == customer_id)
        .order_by(TicketEvent.at.desc(), TicketEvent.id.desc())
        .limit(limit)
    )
    complaints = (
        select(Complaint.opened_at, Ticket.number, Complaint.category, Complaint.description, User.full_name,
               Complaint.status)
        .outerjoin(Ticket, Ticket.id == Complaint.ticket_id)
        .outerjoin(User, User.id == Complaint.opened_by_id)
        .where(Complaint.customer_id == customer_id)
        .order_by(Complaint.opened_at.desc(), Complaint.id.desc())
        .limit(limit)
    )
    with desk.store.read() as session:
        entries = [HistoryEntry(at, kind, number, src, dst, text or "", user or "")
                   for at, kind, number, src, dst, text, user in session.execute(statement)]
        entries += [HistoryEntry(at, EventKind.COMPLAINT.value, number, None, None, f"{category}: {text}",
                                 user or "", status)
                    for at, number, category, text, user, status in session.execute(complaints)]
    return sorted(entries, key=lambda e: e.at, reverse=True)[:limit]


def tickets_of(desk: Desk, customer_id: int, limit: int = 500) -> list[TicketRow]:
    """The customer's tickets, newest first (the tickets list's rows)."""
    statement = TICKETS.statement(desk, "").where(Ticket.customer_id == customer_id).order_by(
        Ticket.opened_at.desc(), Ticket.id.desc()).limit(limit)
    with desk.store.read() as session:
        return [TICKETS.row(r) for r in session.execute(statement)]
