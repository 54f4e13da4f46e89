"""Delivery takes the payment; what is owed stays owed; an estimate the customer approved binds."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.kinds import Channel, LineKind, PaymentMethod
from app.domain.workflow import TicketStatus as S
from app.errors import ValidationError
from app.services.payments import PaymentInput
from app.services.tickets import (
    LineInput,
    TicketInput,
    add_line,
    get_ticket,
    move_ticket,
    open_ticket,
    record_approval,
    record_payment,
)
from tests.services.helpers import customer, unit


def ready_job(desk, price: str = "4500000", estimate: str | None = None):
    """A paid job (the unit's warranty is long over), repaired and ready for pickup."""
    owner = customer(desk)
    device = unit(desk, owner, purchased=date(2020, 1, 1), months=12)
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=device.id, fault="صدا می‌دهد"))
    if estimate is not None:
        ticket = record_approval(desk, ticket.id, ticket.version, True, "مشتری", Channel.PHONE, Decimal(estimate))
    ticket = add_line(desk, ticket.id, ticket.version,
                      LineInput(kind=LineKind.LABOR, description="تعویض بلبرینگ", unit_price=Decimal(price)))
    for status in (S.IN_REPAIR, S.READY):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    return ticket


def test_delivery_records_the_payment_with_its_method_and_nothing_is_owed(desk):
    ticket = ready_job(desk)
    ticket = move_ticket(desk, ticket.id, ticket.version, S.DELIVERED,
                         payment=PaymentInput(Decimal("4500000"), PaymentMethod.CARD))
    assert ticket.status is S.DELIVERED
    [payment] = ticket.payments
    assert (payment.amount, payment.method, payment.user_id) == (Decimal("4500000"), "card", desk.actor.id)
    assert payment.paid_at is not None
    assert ticket.paid == Decimal("4500000") and ticket.owed == 0


def test_part_paid_at_delivery_leaves_the_rest_owed_until_it_is_paid(desk):
    ticket = ready_job(desk)
    ticket = move_ticket(desk, ticket.id, ticket.version, S.DELIVERED,
                         payment=PaymentInput(Decimal("3000000"), PaymentMethod.CASH))
    assert ticket.owed == Decimal("1500000")
    ticket = record_payment(desk, ticket.id, ticket.version, PaymentInput(Decimal("1500000"), PaymentMethod.TRANSFER))
    assert [p.method for p in ticket.payments] == ["cash", "transfer"]
    assert get_ticket(desk, ticket.id).owed == 0


def test_delivery_without_a_payment_leaves_it_all_owed(desk):
    ticket = ready_job(desk)
    ticket = move_ticket(desk, ticket.id, ticket.version, S.DELIVERED, payment=PaymentInput(Decimal(0), None))
    assert ticket.payments == () and ticket.owed == Decimal("4500000")


@pytest.mark.parametrize(("amount", "method", "field"), [
    ("5000000", PaymentMethod.CASH, "paid"),  # more than is due
    ("-1", PaymentMethod.CASH, "paid"),
    ("1000", None, "method"),  # paid, but how?
])
def test_a_wrong_payment_refuses_the_delivery_and_changes_nothing(desk, amount, method, field):
    ticket = ready_job(desk)
    with pytest.raises(ValidationError) as refused:
        move_ticket(desk, ticket.id, ticket.version, S.DELIVERED, payment=PaymentInput(Decimal(amount), method))
    assert refused.value.field == field
    again = get_ticket(desk, ticket.id)
    assert again.status is S.READY and again.payments == () and again.version == ticket.version


def test_nothing_more_is_taken_once_everything_is_paid(desk):
    ticket = ready_job(desk)
    ticket = move_ticket(desk, ticket.id, ticket.version, S.DELIVERED,
                         payment=PaymentInput(Decimal("4500000"), PaymentMethod.CASH))
    with pytest.raises(ValidationError, match="more than"):
        record_payment(desk, ticket.id, ticket.version, PaymentInput(Decimal("1"), PaymentMethod.CASH))
    with pytest.raises(ValidationError, match="amount paid"):
        record_payment(desk, ticket.id, ticket.version, PaymentInput(Decimal("0"), None))


def test_a_cost_above_the_approved_estimate_waits_for_the_customers_approval(desk):
    ticket = ready_job(desk, price="4500000", estimate="3000000")
    assert ticket.above_estimate
    with pytest.raises(ValidationError, match="more than the 3000000.00 the customer approved") as refused:
        move_ticket(desk, ticket.id, ticket.version, S.DELIVERED)
    assert refused.value.field == "estimate"
    ticket = record_approval(desk, ticket.id, ticket.version, True, "مشتری", Channel.PHONE, ticket.totals.due)
    assert not ticket.above_estimate
    ticket = move_ticket(desk, ticket.id, ticket.version, S.DELIVERED)
    assert ticket.status is S.DELIVERED


def test_the_refusal_shows_the_amounts_as_money_in_the_users_digits(desk):
    ticket = ready_job(desk, price="4500000", estimate="3000000")
    with pytest.raises(ValidationError) as refused:
        move_ticket(desk, ticket.id, ticket.version, S.DELIVERED)
    shown = refused.value.message(locale=desk.locale)
    assert desk.locale.money(Decimal("4500000"), "IRR") in shown
    assert "۳٬۰۰۰٬۰۰۰" in shown and "3000000" not in shown


def test_a_warranty_job_owes_nothing_and_needs_no_payment(desk):
    owner = customer(desk)
    device = unit(desk, owner)
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=device.id, fault="آبگیری نمی‌کند"))
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.LABOR, description="تعمیر",
                                                                 unit_price=Decimal("900000")))
    for status in (S.IN_REPAIR, S.READY, S.DELIVERED):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    assert ticket.totals.due == 0 and ticket.owed == 0
