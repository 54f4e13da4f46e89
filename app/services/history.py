"""A customer's one history: every ticket and every call, SMS, visit and note, newest first."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

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
    with desk.store.read() as session:
        return [HistoryEntry(at, kind, number, src, dst, text or "", user or "")
                for at, kind, number, src, dst, text, user in session.execute(statement)]


def tickets_of(desk: Desk, customer_id: int, limit: int = 500) -> list[TicketRow]:
    """The customer's tickets, newest first (the tickets list's rows)."""
    statement = TICKETS.statement(desk, "").where(Ticket.customer_id == customer_id).order_by(
        Ticket.opened_at.desc(), Ticket.id.desc()).limit(limit)
    with desk.store.read() as session:
        return [TICKETS.row(r) for r in session.execute(statement)]
