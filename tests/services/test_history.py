from __future__ import annotations

from app.domain.kinds import EventKind, Role
from app.domain.workflow import TicketStatus as S
from app.services.demo import fill_demo
from app.services.history import customer_history, tickets_of
from app.services.staff import list_staff
from app.services.tickets import TicketInput, log_contact, move_ticket, open_ticket
from app.services.units import assets_of, list_products
from tests.services.helpers import customer, unit


def test_one_history_per_customer_across_tickets_and_channels(desk):
    owner = customer(desk)
    first = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    move_ticket(desk, first.id, first.version, S.DIAGNOSING)
    log_contact(desk, owner.id, EventKind.SMS, "پیامک آماده بودن ارسال شد", ticket_id=first.id)
    log_contact(desk, owner.id, EventKind.VISIT, "مراجعه برای پرسیدن قیمت")
    second = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    history = customer_history(desk, owner.id)
    assert [h.kind for h in history] == ["status", "visit", "sms", "status", "status"]
    assert history[0].ticket_number == second.number and history[1].ticket_number is None
    assert [t.number for t in tickets_of(desk, owner.id)] == [second.number, first.number]


def test_units_and_products_for_the_screens(desk):
    owner = customer(desk)
    unit(desk, owner, serial="A-1")
    unit(desk, owner, serial="A-2")
    assert [a.serial for a in assets_of(desk, owner.id)] == ["A-1", "A-2"]
    assert [p.model for p in list_products(desk)] == ["WW90T534"]


def test_technicians_to_assign(desk):
    assert list_staff(desk, Role.TECHNICIAN) == []
    fill_demo(desk, customers=5)
    technicians = list_staff(desk, Role.TECHNICIAN)
    assert len(technicians) == 4 and all(t.role is Role.TECHNICIAN for t in technicians)
