from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from app.domain.coverage import CoverageKind
from app.domain.kinds import Channel, EventKind, FollowUpOutcome, LineKind, Role
from app.domain.parts import Part
from app.domain.workflow import TicketStatus as S
from app.errors import Conflict, ValidationError
from app.services.contracts import ContractInput, contracts_of, create_contract
from app.services.followups import AttemptInput, due_followups, record_attempt
from app.services.history import tickets_of
from app.services.staff import list_staff
from app.services.tickets import (
    LineInput,
    TicketInput,
    add_line,
    assign_ticket,
    find_ticket,
    get_ticket,
    log_contact,
    move_ticket,
    open_ticket,
    record_approval,
    remove_line,
)
from tests.conftest import TODAY
from tests.services.helpers import customer, part, stock_of, unit


def labour(price: str) -> LineInput:
    return LineInput(kind=LineKind.LABOR, description="دستمزد تعمیر", unit_price=Decimal(price))


def test_a_unit_under_warranty_is_repaired_at_no_charge_but_the_cost_is_kept(desk):
    owner = customer(desk)
    device = unit(desk, owner)
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=device.id, fault="آبگیری نمی‌کند"))
    assert ticket.coverage is CoverageKind.WARRANTY
    assert ticket.coverage_until == device.warranties[0].end_date
    pump = part(desk, price="6500000", stock=3)
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=pump))
    ticket = add_line(desk, ticket.id, ticket.version, labour("3000000"))
    assert ticket.totals.cost == Decimal("9500000")
    assert ticket.totals.due == 0
    assert stock_of(desk, pump) == 2


def test_an_expired_unit_pays_and_the_part_price_is_frozen(desk):
    owner = customer(desk)
    device = unit(desk, owner, purchased=date(2020, 1, 1), months=12)
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id, asset_id=device.id))
    assert ticket.coverage is CoverageKind.EXPIRED
    pump = part(desk, price="6500000")
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=pump))
    with desk.store.write() as session:
        session.get(Part, pump).price = Decimal("9000000")
    assert get_ticket(desk, ticket.id).totals.due == Decimal("6500000")


def test_removing_a_part_line_puts_the_part_back_in_stock(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    pump = part(desk, stock=1)
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=pump))
    assert stock_of(desk, pump) == 0
    with pytest.raises(ValidationError) as caught:
        add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=pump))
    assert "0" in caught.value.message()
    ticket = remove_line(desk, ticket.id, ticket.version, ticket.lines[0].id)
    assert ticket.lines == () and stock_of(desk, pump) == 1


def test_cancelling_needs_a_reason_and_returns_parts_to_stock(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    pump = part(desk, stock=2)
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=pump))
    with pytest.raises(ValidationError):
        move_ticket(desk, ticket.id, ticket.version, S.CANCELLED)
    ticket = move_ticket(desk, ticket.id, ticket.version, S.CANCELLED, "مشتری منصرف شد")
    assert ticket.status is S.CANCELLED
    assert ticket.events[-1].text == "مشتری منصرف شد"
    assert stock_of(desk, pump) == 2


def test_a_ticket_under_contract_uses_a_visit_and_cancelling_gives_it_back(desk):
    owner = customer(desk)
    device = unit(desk, owner, purchased=date(2020, 1, 1), months=12)
    contract = create_contract(desk, ContractInput(customer_id=owner.id, start_date=date(2025, 1, 1),
                                                   end_date=date(2025, 12, 31), asset_ids=[device.id],
                                                   visits_included=4, price=Decimal("40000000")))
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id, asset_id=device.id))
    assert ticket.coverage is CoverageKind.CONTRACT
    assert ticket.coverage_note == contract.number
    assert contracts_of(desk, owner.id)[0].visits_left == 3
    move_ticket(desk, ticket.id, ticket.version, S.CANCELLED, "اشتباه ثبت شد")
    assert contracts_of(desk, owner.id)[0].visits_left == 4


def test_a_finished_ticket_cannot_be_changed_until_reopened(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    for status in (S.DIAGNOSING, S.IN_REPAIR, S.READY, S.DELIVERED):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    with pytest.raises(ValidationError):
        add_line(desk, ticket.id, ticket.version, labour("100"))
    ticket = move_ticket(desk, ticket.id, ticket.version, S.REOPENED, "همان ایراد برگشت")
    assert ticket.is_rework
    ticket = move_ticket(desk, ticket.id, ticket.version, S.IN_REPAIR)
    assert add_line(desk, ticket.id, ticket.version, labour("100")).totals.due == Decimal(100)


def test_delivery_schedules_the_satisfaction_call_and_scores_are_checked(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    for status in (S.IN_REPAIR, S.READY, S.DELIVERED):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    assert due_followups(desk) == []
    (call,) = due_followups(desk, on=TODAY + timedelta(days=3))
    assert call.ticket_id == ticket.id
    with pytest.raises(ValidationError):
        record_attempt(desk, call.id, call.version, AttemptInput(FollowUpOutcome.REACHED, csat=6))
    done = record_attempt(desk, call.id, call.version, AttemptInput(FollowUpOutcome.REACHED, csat=5, nps=9))
    assert done.done_at is not None
    assert due_followups(desk, on=TODAY + timedelta(days=3)) == []


def test_approval_records_who_and_how(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    with pytest.raises(ValidationError):
        record_approval(desk, ticket.id, ticket.version, True, "خود مشتری", Channel.PHONE)
    ticket = record_approval(desk, ticket.id, ticket.version, True, "خود مشتری", Channel.PHONE,
                             estimate=Decimal("12000000"))
    assert (ticket.approval, ticket.approval_by, ticket.estimate) == ("approved", "خود مشتری", Decimal("12000000"))
    assert ticket.events[-1].kind == EventKind.APPROVAL.value


def test_a_call_is_logged_in_the_history_and_a_stale_screen_notices(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    log_contact(desk, owner.id, EventKind.CALL, "قرار شد فردا بیاید", ticket_id=ticket.id)
    fresh = get_ticket(desk, ticket.id)
    assert [e.kind for e in fresh.events] == ["status", "call"]
    with pytest.raises(Conflict):
        move_ticket(desk, ticket.id, ticket.version, S.DIAGNOSING)


def test_a_ticket_is_found_by_its_number_in_persian_digits(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    persian = ticket.number.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))
    assert find_ticket(desk, persian).id == ticket.id


def test_a_promised_date_in_the_past_is_refused(desk):
    with pytest.raises(ValidationError) as caught:
        open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=customer(desk).id, promised_date=TODAY - timedelta(days=1)))
    assert caught.value.field == "promised_date"


def test_a_contract_with_no_visits_left_shows_but_does_not_pay(desk):
    owner = customer(desk)
    device = unit(desk, owner, purchased=date(2020, 1, 1), months=12)
    create_contract(desk, ContractInput(customer_id=owner.id, start_date=date(2025, 1, 1),
                                        end_date=date(2025, 12, 31), asset_ids=[device.id], visits_included=1))
    first = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id, asset_id=device.id))
    second = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id, asset_id=device.id))
    assert first.contract_id is not None
    assert second.coverage is CoverageKind.CONTRACT and second.contract_id is None
    assert contracts_of(desk, owner.id)[0].visits_used == 1
    charged = add_line(desk, second.id, second.version, labour("500"))
    assert charged.totals.due == Decimal(500)


def test_a_job_is_assigned_to_a_technician(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    admin = desk.actor.id
    ticket = assign_ticket(desk, ticket.id, ticket.version, admin)
    assert ticket.assignee_id == admin
    assert [s.role for s in list_staff(desk, Role.ADMIN)] == [Role.ADMIN]
    with pytest.raises(Conflict):
        assign_ticket(desk, ticket.id, ticket.version - 1, None)


@pytest.mark.parametrize("fault", ["", "   ", "\n\t"])
def test_a_ticket_without_a_fault_is_refused(desk, fault):
    owner = customer(desk)
    with pytest.raises(ValidationError) as refused:
        open_ticket(desk, TicketInput(customer_id=owner.id, fault=fault))
    assert refused.value.field == "fault"
    assert tickets_of(desk, owner.id) == []
