"""The tickets' search column: number, customer name and mobile, and serial in one fold.

One recipe, written twice: `ticket_search_text` builds it in Python for rows being inserted
(the import writes a hundred thousand at once), `_search_expression` rebuilds it in SQL from
the records it copies, and a test holds the two to the same text. Services call
`refresh_ticket_search` after they change any of those records.
"""
from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnElement, func, literal, select, update
from sqlalchemy.orm import Session

from app.domain.people import Customer
from app.domain.tickets import Ticket
from app.domain.units import Asset


def customer_search_text(name_norm: str | None, mobile_key: str | None) -> str:
    """The customer's part of a ticket's search text (empty if either is unknown, as SQL's
    NULL in a concatenation is)."""
    return "" if name_norm is None or mobile_key is None else f"{name_norm} {mobile_key}"


def ticket_search_text(number: str, customer: str, serial_norm: str | None) -> str:
    """A ticket's search text from its number, its customer's part (`customer_search_text`)
    and its unit's serial key (None: no unit)."""
    return f"{number} {customer} {serial_norm or ''}"


def _search_expression() -> ColumnElement[str]:
    customer = select(Customer.name_norm + literal(" ") + Customer.mobile_key).where(
        Customer.id == Ticket.customer_id
    ).scalar_subquery()
    serial = select(Asset.serial_norm).where(Asset.id == Ticket.asset_id).scalar_subquery()
    return (
        Ticket.number + literal(" ") + func.coalesce(customer, "") + literal(" ") + func.coalesce(serial, "")
    )


def refresh_ticket_search(
    session: Session,
    *,
    ticket_id: int | None = None,
    ticket_ids: Sequence[int] | None = None,
    customer_id: int | None = None,
    everything: bool = False,
) -> None:
    statement = update(Ticket).values(search_norm=_search_expression())
    if ticket_id is not None:
        statement = statement.where(Ticket.id == ticket_id)
    elif ticket_ids is not None:
        statement = statement.where(Ticket.id.in_(ticket_ids))
    elif customer_id is not None:
        statement = statement.where(Ticket.customer_id == customer_id)
    elif not everything:
        raise ValueError("refresh_ticket_search needs a ticket, a customer, or everything")
    session.execute(statement.execution_options(synchronize_session=False))
