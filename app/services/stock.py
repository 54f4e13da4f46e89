"""Stock moves only through `move_stock`: each change of a part's stock is a movement
(received, used on a ticket, returned from one, counted again with a reason) with who and
when, and the part's stock is their sum."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.kinds import StockKind
from app.domain.parts import Part, StockMovement
from app.domain.people import User
from app.domain.tickets import Ticket
from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.desk import Desk

MAX_STOCK = 1_000_000
"""More of one part than any workshop keeps: a count above it is a typing slip."""


def locked_part(session: Session, part_id: int) -> Part:
    """The part as it is now, its row locked until the transaction ends (SELECT ... FOR UPDATE
    on PostgreSQL; an SQLite writer holds the whole database already). Two tickets using the
    same part at once then take turns instead of the second failing on the part's version:
    the stock is shared, not one clerk's edit of the part."""
    # A query, not Session.get: it flushes what this transaction changed of the part first,
    # which populate_existing would otherwise overwrite with the row as it was.
    part = session.scalars(select(Part).where(Part.id == part_id).with_for_update()
                           .execution_options(populate_existing=True)).one_or_none()
    if part is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That record no longer exists."))
    return part


def move_stock(session: Session, desk: Desk, part: Part, quantity: int, kind: StockKind, *,
               ticket_id: int | None = None, reason: str = "") -> None:
    """`quantity` in (positive) or out (negative) of `part`'s stock; refused if more would
    go out than is there."""
    if quantity == 0:
        return
    if part.stock + quantity < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only {stock} of {part} are in stock."),
                              field="quantity", stock=part.stock, part=part.name)
    if part.stock + quantity > MAX_STOCK:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The stock cannot be more than {limit}."),
                              field="quantity", limit=MAX_STOCK)
    part.stock += quantity
    session.add(StockMovement(part_id=part.id, quantity=quantity, kind=kind.value, ticket_id=ticket_id,
                              reason=reason, user_id=desk.actor.id))


@dataclass(frozen=True)
class Movement:
    at: datetime
    quantity: int
    kind: StockKind
    ticket_number: str | None
    reason: str
    user_name: str


def part_movements(desk: Desk, part_id: int) -> list[Movement]:
    """What came in and went out of a part, newest first."""
    statement = (select(StockMovement, Ticket.number, User.full_name)
                 .outerjoin(Ticket, Ticket.id == StockMovement.ticket_id)
                 .outerjoin(User, User.id == StockMovement.user_id)
                 .where(StockMovement.part_id == part_id)
                 .order_by(StockMovement.at.desc(), StockMovement.id.desc()))
    with desk.store.read() as session:
        return [Movement(m.at, m.quantity, StockKind(m.kind), number, m.reason, name or "")
                for m, number, name in session.execute(statement)]
