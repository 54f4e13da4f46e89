"""A part's stock moves only by movements, each with who, when and why, and is their sum."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.domain.kinds import LineKind, Role, StockKind
from app.domain.parts import StockMovement
from app.errors import PermissionDenied, ValidationError
from app.services.desk import Actor, Desk
from app.services.parts import PartInput, count_stock, create_part, list_parts, receive_stock, update_part
from app.services.stock import part_movements
from app.services.tickets import LineInput, TicketInput, add_line, get_ticket, open_ticket, remove_line
from tests.services.helpers import customer


def as_role(desk: Desk, role: Role) -> Desk:
    return Desk(desk.store, Actor(desk.actor.id, role.value, role), desk.locale, desk.today)


def stock_is_the_sum(desk: Desk) -> None:
    with desk.store.read() as session:
        sums = dict(session.execute(select(StockMovement.part_id, func.sum(StockMovement.quantity))
                                    .group_by(StockMovement.part_id)).all())
    assert {p.id: p.stock for p in list_parts(desk) if p.stock} == {k: v for k, v in sums.items() if v}


def test_received_used_returned_and_counted_again_each_leave_a_movement(desk):
    pump = create_part(desk, PartInput(code="PMP-020", name="پمپ تخلیه", price=Decimal(6_500_000), stock=3))
    pump = receive_stock(desk, pump.id, 5, "فاکتور ۱۲۳")
    ticket = open_ticket(desk, TicketInput(fault="آب تخلیه نمی‌کند", customer_id=customer(desk).id))
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=pump.id,
                                                                 quantity=Decimal(2)))
    ticket = remove_line(desk, ticket.id, ticket.version, ticket.lines[0].id)
    pump = list_parts(desk)[0]
    pump = count_stock(desk, pump.id, 7, "یکی در انبار شکسته بود")
    assert pump.stock == 7
    moves = [(m.kind, m.quantity, m.ticket_number, m.reason) for m in part_movements(desk, pump.id)]
    number = get_ticket(desk, ticket.id).number
    assert moves == [(StockKind.ADJUSTED, -1, None, "یکی در انبار شکسته بود"), (StockKind.RETURNED, 2, number, ""),
                     (StockKind.USED, -2, number, ""), (StockKind.RECEIVED, 5, None, "فاکتور ۱۲۳"),
                     (StockKind.OPENING, 3, None, "")]
    stock_is_the_sum(desk)


def test_the_form_cannot_set_the_stock_and_a_count_needs_a_reason(desk):
    pump = create_part(desk, PartInput(code="PMP-020", name="پمپ تخلیه", price=Decimal(1), stock=3))
    with pytest.raises(ValidationError) as refused:
        update_part(desk, pump.id, pump.version, PartInput("PMP-020", "پمپ تخلیه", Decimal(1), 30))
    assert refused.value.field == "stock"
    with pytest.raises(ValidationError):
        count_stock(desk, pump.id, 2, "  ")
    with pytest.raises(ValidationError):
        receive_stock(desk, pump.id, 0)
    assert list_parts(desk)[0].stock == 3


@pytest.mark.parametrize("role", [Role.CLERK, Role.TECHNICIAN])
def test_only_a_manager_prices_receives_or_counts_parts(desk, role):
    pump = create_part(desk, PartInput(code="PMP-020", name="پمپ تخلیه", price=Decimal(6_500_000), stock=3))
    other = as_role(desk, role)
    for attempt in (lambda: create_part(other, PartInput(code="X-1", name="x", price=Decimal(1))),
                    lambda: update_part(other, pump.id, pump.version, PartInput("PMP-020", "پمپ", Decimal(1), 3)),
                    lambda: receive_stock(other, pump.id, 4),
                    lambda: count_stock(other, pump.id, 1, "x")):
        with pytest.raises(PermissionDenied):
            attempt()
    assert list_parts(desk)[0].price == Decimal(6_500_000)


def test_parts_received_while_a_ticket_used_one_are_not_a_conflict(desk):
    pump = create_part(desk, PartInput(code="PMP-020", name="پمپ تخلیه", price=Decimal(1), stock=3))
    ticket = open_ticket(desk, TicketInput(fault="آب تخلیه نمی‌کند", customer_id=customer(desk).id))
    add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=pump.id, quantity=Decimal(1)))
    assert receive_stock(desk, pump.id, 5).stock == 7, "the manager's window still showed 3"
    assert count_stock(desk, pump.id, 6, "یکی گم شد").stock == 6
    stock_is_the_sum(desk)
