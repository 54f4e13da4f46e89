"""The tickets' search text: the Python recipe (for rows being inserted) and the SQL one
(rebuilt from the records) give the same text."""
from __future__ import annotations

from sqlalchemy import select, update

from app.domain.people import Customer
from app.domain.tickets import Ticket
from app.domain.units import Asset
from app.services.search_text import customer_search_text, refresh_ticket_search, ticket_search_text
from app.services.tickets import TicketInput, open_ticket
from tests.services.helpers import customer, unit


def _python_texts(session):
    rows = session.execute(
        select(Ticket.id, Ticket.number, Customer.name_norm, Customer.mobile_key, Asset.serial_norm)
        .join(Customer, Customer.id == Ticket.customer_id).outerjoin(Asset, Asset.id == Ticket.asset_id))
    return {id_: ticket_search_text(number, customer_search_text(name, mobile), serial)
            for id_, number, name, mobile, serial in rows}


def test_python_and_sql_recipes_agree(desk):
    ali = customer(desk, "علي كريمي", "09121234567")
    sara = customer(desk, "سارا نوری", "09351234567")
    washer = unit(desk, ali, "sn 12-ab.34")
    open_ticket(desk, TicketInput(customer_id=ali.id, asset_id=washer.id, fault="نشتی"))
    open_ticket(desk, TicketInput(customer_id=sara.id, fault="no unit named"))  # no serial
    with desk.store.write() as session:
        session.execute(update(Customer).where(Customer.id == sara.id).values(mobile_key=""))  # no mobile
        session.execute(update(Ticket).values(search_norm=""))
        refresh_ticket_search(session, everything=True)
        stored = dict(session.execute(select(Ticket.id, Ticket.search_norm)).all())
        assert stored == _python_texts(session)
    assert any(text.endswith(" SN12AB34") and "علیکریمی 9121234567" in text for text in stored.values())
    assert any(text.endswith("سارانوری  ") for text in stored.values())  # no mobile key, no unit


def test_unknown_customer_part_is_empty_as_sql_null_is():
    assert customer_search_text(None, "912") == customer_search_text("علی", None) == ""
    assert ticket_search_text("1403-0001", "", None) == "1403-0001  "
