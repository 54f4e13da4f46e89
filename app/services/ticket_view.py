"""What the ticket view shows beside the ticket record: the names of the people in it."""
from __future__ import annotations

from sqlalchemy import select

from app.domain.people import User
from app.domain.tickets import Payment, Ticket, TicketEvent
from app.errors import NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.services.desk import Desk


def people_of_ticket(desk: Desk, ticket_id: int) -> dict[int, str]:
    """Full name of every user the ticket names: who opened it, its assignee, the history's
    and the payments' authors (inactive users included, so an old entry keeps its author)."""
    with desk.store.read() as session:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That record no longer exists."))
        ids = set(session.scalars(select(TicketEvent.user_id).where(TicketEvent.ticket_id == ticket_id,
                                                                    TicketEvent.user_id.is_not(None))))
        ids |= set(session.scalars(select(Payment.user_id).where(Payment.ticket_id == ticket_id,
                                                                 Payment.user_id.is_not(None))))
        ids |= {i for i in (ticket.assignee_id, ticket.opened_by_id) if i is not None}
        if not ids:
            return {}
        return {user_id: name for user_id, name in session.execute(select(User.id, User.full_name).where(User.id.in_(ids)))}
