from __future__ import annotations

from datetime import date

from app.services.listing import CONTRACTS, CUSTOMERS, TICKETS, WARRANTIES
from app.services.tickets import TicketInput, open_ticket
from tests.services.helpers import customer, unit


def test_the_tickets_list_filters_by_name_mobile_serial_and_number(desk):
    arabic_typed = customer(desk, name="علي كاظمي", mobile="09125550000")
    other = customer(desk, name="سارا رحیمی", mobile="09351112233")
    device = unit(desk, arabic_typed, serial="LG-7788")
    mine = open_ticket(desk, TicketInput(customer_id=arabic_typed.id, asset_id=device.id))
    open_ticket(desk, TicketInput(customer_id=other.id))
    for typed in ("کاظمی", "علی", "۰۹۱۲۵۵۵", "lg7788", "LG-7788", mine.number):
        assert [t.number for t in TICKETS.page(desk, typed)] == [mine.number], typed
        assert TICKETS.count(desk, typed) == 1
    assert TICKETS.count(desk, "") == 2


def test_wildcards_typed_by_a_clerk_are_taken_literally(desk):
    customer(desk, name="رضا")
    assert CUSTOMERS.page(desk, "%") == []
    assert CUSTOMERS.page(desk, "_") == []


def test_pages_do_not_overlap(desk):
    for i in range(7):
        customer(desk, name=f"مشتری {i}", mobile=f"0912000000{i}")
    first, second = CUSTOMERS.page(desk, "", 0, 4), CUSTOMERS.page(desk, "", 4, 4)
    assert len(first) == 4 and len(second) == 3
    assert not {r.id for r in first} & {r.id for r in second}


def test_warranties_running_out_soonest_come_first(desk):
    owner = customer(desk)
    unit(desk, owner, serial="OLD-1", purchased=date(2020, 1, 1), months=12)
    unit(desk, owner, serial="LATE-1", purchased=date(2025, 1, 1), months=36)
    unit(desk, owner, serial="SOON-1", purchased=date(2024, 9, 1), months=12)
    assert [w.serial for w in WARRANTIES.page(desk)] == ["SOON-1", "LATE-1", "OLD-1"]
    assert CONTRACTS.count(desk) == 0
