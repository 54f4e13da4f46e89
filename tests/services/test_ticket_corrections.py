"""Correcting a ticket after intake: details, unit, a line, the last move; each in the history."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain.coverage import CoverageKind
from app.domain.kinds import Channel, EventKind, LineKind, PaymentMethod, Priority, Role, TicketKind
from app.domain.workflow import TicketStatus as S
from app.errors import PermissionDenied, ValidationError
from app.services.changes import Change, change_lines
from app.services.desk import Actor
from app.services.followups import followups_of_ticket
from app.services.payments import PaymentInput
from app.services.ticket_corrections import TicketEdit, undo_last_move, update_line, update_ticket
from app.services.tickets import LineInput, TicketInput, add_line, get_ticket, move_ticket, open_ticket
from tests.conftest import TODAY
from tests.services.helpers import customer, part, stock_of, unit


def edit_of(ticket, **changes) -> TicketEdit:
    base = dict(fault=ticket.fault, accessories=ticket.accessories, condition=ticket.condition,
                priority=Priority(ticket.priority), kind=TicketKind(ticket.kind), channel=Channel(ticket.channel),
                promised_date=ticket.promised_date, assignee_id=ticket.assignee_id, asset_id=ticket.asset_id)
    return TicketEdit(**{**base, **changes})


def corrections(ticket) -> list[list[Change]]:
    return [change_lines(e.text) for e in ticket.events if e.kind == EventKind.CHANGE.value]


def test_details_corrected_after_intake_are_saved_and_each_is_in_the_history(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=unit(desk, owner).id, fault="صدا"))
    promised = TODAY + timedelta(days=3)
    ticket = update_ticket(desk, ticket.id, ticket.version, edit_of(
        ticket, fault="صدای بلند هنگام آبگیری", priority=Priority.URGENT, kind=TicketKind.COMPLAINT,
        channel=Channel.PHONE, promised_date=promised, accessories="شلنگ"))
    assert (ticket.fault, ticket.priority, ticket.kind, ticket.channel, ticket.promised_date, ticket.accessories) == (
        "صدای بلند هنگام آبگیری", "urgent", "complaint", "phone", promised, "شلنگ")
    [entry] = corrections(ticket)
    assert Change("priority", "normal", "urgent") in entry and Change("fault", "صدا", "صدای بلند هنگام آبگیری") in entry
    assert Change("promised_date", "", promised.isoformat()) in entry
    assert all(c.field != "condition" for c in entry), "what did not change is not listed"
    again = update_ticket(desk, ticket.id, ticket.version, edit_of(ticket))
    assert again.version == ticket.version and corrections(again) == [entry], "saving nothing writes nothing"


def test_an_empty_fault_or_a_past_promise_is_refused(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, fault="صدا"))
    with pytest.raises(ValidationError) as refused:
        update_ticket(desk, ticket.id, ticket.version, edit_of(ticket, fault="  "))
    assert refused.value.field == "fault"
    with pytest.raises(ValidationError) as refused:
        update_ticket(desk, ticket.id, ticket.version, edit_of(ticket, promised_date=TODAY - timedelta(days=1)))
    assert refused.value.field == "promised_date"


def test_the_right_unit_replaces_a_wrong_one_with_its_own_coverage(desk):
    owner = customer(desk)
    covered = unit(desk, owner, serial="SN-IN-WARRANTY")
    expired = unit(desk, owner, serial="SN-OLD", purchased=date(2020, 1, 1), months=12)
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=expired.id, fault="صدا"))
    assert ticket.coverage is CoverageKind.EXPIRED
    ticket = update_ticket(desk, ticket.id, ticket.version, edit_of(ticket, asset_id=covered.id))
    assert ticket.asset_id == covered.id and ticket.coverage is CoverageKind.WARRANTY
    [entry] = corrections(ticket)
    [change] = [c for c in entry if c.field == "unit"]
    assert "SN-OLD" in change.before and "SN-IN-WARRANTY" in change.after
    someone_else = unit(desk, customer(desk, name="دیگری", mobile="09351112233"), serial="SN-OTHER")
    with pytest.raises(ValidationError, match="another customer"):
        update_ticket(desk, ticket.id, ticket.version, edit_of(ticket, asset_id=someone_else.id))


def test_the_unit_cannot_change_once_parts_are_on_the_job(desk):
    owner = customer(desk)
    first, second = unit(desk, owner, serial="A-1"), unit(desk, owner, serial="A-2")
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=first.id, fault="صدا"))
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=part(desk)))
    with pytest.raises(ValidationError) as refused:
        update_ticket(desk, ticket.id, ticket.version, edit_of(ticket, asset_id=second.id))
    assert refused.value.field == "unit"


def test_a_line_quantity_moves_stock_and_a_part_price_is_a_managers_override_with_reason(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, fault="صدا"))
    pump = part(desk, price="6500000", stock=5)
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=pump))
    [line] = ticket.lines
    ticket = update_line(desk, ticket.id, ticket.version, line.id, Decimal(3), line.unit_price)
    assert stock_of(desk, pump) == 2 and ticket.lines[0].quantity == 3
    with pytest.raises(ValidationError, match="in stock"):
        update_line(desk, ticket.id, ticket.version, line.id, Decimal(6), line.unit_price)
    with pytest.raises(ValidationError) as refused:
        update_line(desk, ticket.id, ticket.version, line.id, Decimal(3), Decimal("6000000"))
    assert refused.value.field == "reason"
    ticket = update_line(desk, ticket.id, ticket.version, line.id, Decimal(3), Decimal("6000000"), "تخفیف مشتری قدیمی")
    assert ticket.totals.cost == Decimal("18000000")
    last = corrections(ticket)[-1]
    assert Change("unit_price", "6500000", "6000000") in last and Change("reason", "", "تخفیف مشتری قدیمی") in last
    clerk = desk.__class__(desk.store, Actor(desk.actor.id, "clerk", Role.CLERK), desk.locale, desk.today)
    with pytest.raises(PermissionDenied):
        update_line(clerk, ticket.id, ticket.version, line.id, Decimal(3), Decimal("1"), "دوست")


def test_a_wrong_delivery_is_undone_with_its_follow_up_but_not_its_payment(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, fault="صدا"))
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.LABOR, description="تعمیر",
                                                                 unit_price=Decimal("1000000")))
    for status in (S.IN_REPAIR, S.READY):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    ticket = move_ticket(desk, ticket.id, ticket.version, S.DELIVERED,
                         payment=PaymentInput(Decimal("1000000"), PaymentMethod.CASH))
    assert len(followups_of_ticket(desk, ticket.id)) == 1
    with pytest.raises(ValidationError) as refused:
        undo_last_move(desk, ticket.id, ticket.version, "")
    assert refused.value.field == "reason"
    ticket = undo_last_move(desk, ticket.id, ticket.version, "دکمهٔ اشتباه")
    assert ticket.status is S.READY and ticket.delivered_at is None
    assert followups_of_ticket(desk, ticket.id) == [] and ticket.paid == Decimal("1000000")
    assert corrections(ticket)[-1] == [Change("status", "delivered", "ready"), Change("reason", "", "دکمهٔ اشتباه")]
    with pytest.raises(ValidationError, match="no move to undo"):
        undo_last_move(desk, ticket.id, ticket.version, "باز هم")


def test_undoing_a_cancellation_takes_the_parts_from_stock_again(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, fault="صدا"))
    pump = part(desk, stock=2)
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=pump))
    ticket = move_ticket(desk, ticket.id, ticket.version, S.CANCELLED, "مشتری منصرف شد")
    assert stock_of(desk, pump) == 2
    ticket = undo_last_move(desk, ticket.id, ticket.version, "اشتباه زدم")
    assert ticket.status is S.RECEIVED and stock_of(desk, pump) == 1 and ticket.closed_at is None
    assert get_ticket(desk, ticket.id).status is S.RECEIVED
