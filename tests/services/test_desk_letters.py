"""Trap 9: a Persian desk stores names and free text with Persian letters; an Arabic desk
keeps the Arabic ones (an Arabic keyboard layout on a Persian PC types ي and ك)."""
from __future__ import annotations

from app.domain.kinds import EventKind
from app.domain.workflow import TicketStatus as S
from app.services.customers import CustomerInput, create_customer, find_customers
from app.services.tickets import TicketInput, get_ticket, log_contact, move_ticket, open_ticket

ARABIC_TYPED = "علي كريمي"  # ي and ك of an Arabic layout


def test_the_persian_desk_writes_persian_letters_and_still_finds_either(desk):
    customer = create_customer(desk, CustomerInput(name=ARABIC_TYPED, mobile="09121234567", city="كرج",
                                                   notes="مشتري قديمي"))
    assert (customer.name, customer.city, customer.notes) == ("علی کریمی", "کرج", "مشتری قدیمی")
    assert [c.id for c in find_customers(desk, "كريمي")] == [customer.id]
    ticket = open_ticket(desk, TicketInput(customer_id=customer.id, fault="يخ نمي‌زند", accessories="كابل"))
    assert (ticket.fault, ticket.accessories) == ("یخ نمی‌زند", "کابل")
    log_contact(desk, customer.id, EventKind.CALL, "گفت فردا مي‌آيد", ticket.id)
    ticket = move_ticket(desk, ticket.id, get_ticket(desk, ticket.id).version, S.CANCELLED, "منصرف شد، گران بود كه")
    assert [e.text for e in ticket.events if e.kind == EventKind.CALL.value] == ["گفت فردا می‌آید"]
    assert ticket.events[-1].text == "منصرف شد، گران بود که"


def test_the_arabic_desk_keeps_arabic_letters(desk_ar):
    customer = create_customer(desk_ar, CustomerInput(name=ARABIC_TYPED, mobile="0501234567"))
    assert customer.name == ARABIC_TYPED
