"""Replacements, money back, the returns list, and the warranty repairs intake weighs."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.coverage import CoverageKind
from app.domain.kinds import ClaimStatus, LineKind, PaymentMethod, Resolution, Role
from app.domain.resolutions import ReplacementWarranty
from app.domain.workflow import TicketStatus
from app.errors import DuplicateError, PermissionDenied, ValidationError
from app.services.payments import PaymentInput
from app.services.resolutions import (
    refund,
    replace_part,
    replace_unit,
    ticket_resolution,
    unit_replacement_terms,
    warranty_repairs,
)
from app.services.returns import returns_list, set_claim_status
from app.services.tickets import LineInput, TicketInput, add_line, move_ticket, open_ticket, remove_line
from app.services.units import find_asset, void_warranty
from tests.services.helpers import customer, part, unit
from tests.services.test_permissions import as_role


def delivered(desk, ticket):
    for status in (TicketStatus.IN_REPAIR, TicketStatus.READY):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    return move_ticket(desk, ticket.id, ticket.version, TicketStatus.DELIVERED,
                       payment=PaymentInput(Decimal(0), None))


def test_only_finished_warranty_repairs_of_the_unit_are_weighed(desk):
    owner = customer(desk)
    owned = unit(desk, owner)
    first = delivered(desk, open_ticket(desk, TicketInput(owner.id, owned.id, fault="صفحه خاموش")))
    open_ticket(desk, TicketInput(owner.id, owned.id, fault="هنوز در تعمیرگاه"))
    repairs = warranty_repairs(desk, owned.id)
    assert [r.number for r in repairs] == [first.number]
    assert repairs[0].fault == "صفحه خاموش"


def test_a_unit_replacement_registers_the_new_unit_with_the_rest_of_the_warranty(desk):
    owner = customer(desk)
    owned = unit(desk, owner)  # bought 2025-01-10, 24 months
    ticket = open_ticket(desk, TicketInput(owner.id, owned.id, fault="برد سوخته"))
    terms = unit_replacement_terms(desk, ticket.id)
    assert terms.faulty_serial == "SN-1001" and terms.remaining.end == owned.coverage.until
    ticket = replace_unit(desk, ticket.id, ticket.version, "SN-2002", ReplacementWarranty.INHERIT)
    new = find_asset(desk, "SN-2002")
    assert new.customer_id == owner.id and new.product.id == owned.product.id
    assert [(w.start_date, w.end_date) for w in new.warranties] == [(desk.today(), owned.coverage.until)]
    faulty = find_asset(desk, "SN-1001")  # the faulty unit is kept, its warranty void from today
    assert (faulty.coverage.kind, faulty.coverage.reason) == (CoverageKind.VOID, "جایگزین شد با دستگاه SN-2002")
    assert ticket.resolution is Resolution.UNIT_REPLACED
    (replacement,) = ticket_resolution(desk, ticket.id).replacements
    assert (replacement.faulty_serial, replacement.replacement_serial) == ("SN-1001", "SN-2002")
    with pytest.raises(ValidationError):  # replaced once
        replace_unit(desk, ticket.id, ticket.version, "SN-3003", ReplacementWarranty.NONE)


def test_a_replacement_by_the_product_rule_counts_from_the_replacement_day(desk):
    owner = customer(desk)
    owned = unit(desk, owner)
    ticket = open_ticket(desk, TicketInput(owner.id, owned.id, fault="برد سوخته"))
    replace_unit(desk, ticket.id, ticket.version, "SN-2002", ReplacementWarranty.PRODUCT)
    (warranty,) = find_asset(desk, "SN-2002").warranties
    assert warranty.start_date == desk.today() and warranty.end_date == date(2027, 6, 15)


def test_nothing_is_inherited_from_a_voided_warranty(desk):
    owner = customer(desk)
    owned = unit(desk, owner)
    void_warranty(desk, owned.warranties[0].id, owned.warranties[0].version, "ضربه", on=date(2025, 5, 1))
    ticket = open_ticket(desk, TicketInput(owner.id, owned.id, fault="برد سوخته"))
    assert not unit_replacement_terms(desk, ticket.id).remaining.inheritable
    with pytest.raises(ValidationError) as refused:
        replace_unit(desk, ticket.id, ticket.version, "SN-2002", ReplacementWarranty.INHERIT)
    assert refused.value.field == "warranty"
    assert find_asset(desk, "SN-2002") is None


def test_the_replacement_serial_must_be_free(desk):
    owner = customer(desk)
    owned = unit(desk, owner)
    unit(desk, owner, serial="SN-2002")
    ticket = open_ticket(desk, TicketInput(owner.id, owned.id, fault="برد سوخته"))
    with pytest.raises(DuplicateError):
        replace_unit(desk, ticket.id, ticket.version, "sn 2002", ReplacementWarranty.NONE)


def warranty_part_ticket(desk):
    owner = customer(desk)
    owned = unit(desk, owner)
    ticket = open_ticket(desk, TicketInput(owner.id, owned.id, fault="تخلیه نمی‌کند"))
    ticket = add_line(desk, ticket.id, ticket.version, LineInput(kind=LineKind.PART, part_id=part(desk)))
    assert ticket.coverage is CoverageKind.WARRANTY and ticket.lines[0].covered
    return replace_part(desk, ticket.id, ticket.version, ticket.lines[0].id, "PMP-OLD-1", "PMP-NEW-9")


def test_a_part_replaced_under_warranty_goes_on_the_returns_list(desk):
    ticket = warranty_part_ticket(desk)
    assert ticket.resolution is Resolution.PART_REPLACED
    (claim,) = returns_list(desk)
    assert (claim.faulty_serial, claim.ticket_number, claim.status) == ("PMP-OLD-1", ticket.number,
                                                                         ClaimStatus.TO_SEND)
    assert claim.part_code == "PMP-020"


def test_a_claim_moves_sent_then_credited_by_a_manager_only(desk):
    warranty_part_ticket(desk)
    (claim,) = returns_list(desk)
    with pytest.raises(PermissionDenied):
        set_claim_status(as_role(desk, Role.CLERK), claim.id, claim.version, ClaimStatus.SENT)
    with pytest.raises(ValidationError):  # not sent yet
        set_claim_status(desk, claim.id, claim.version, ClaimStatus.CREDITED)
    manager = as_role(desk, Role.MANAGER)
    claim = set_claim_status(manager, claim.id, claim.version, ClaimStatus.SENT)
    claim = set_claim_status(manager, claim.id, claim.version, ClaimStatus.CREDITED)
    assert claim.status is ClaimStatus.CREDITED
    assert [c.id for c in returns_list(desk, ClaimStatus.CREDITED)] == [claim.id]
    assert returns_list(desk, ClaimStatus.TO_SEND) == []


def test_removing_the_part_line_takes_its_claim_with_it(desk):
    ticket = warranty_part_ticket(desk)
    ticket = remove_line(desk, ticket.id, ticket.version, ticket.lines[0].id)
    assert returns_list(desk) == []
    assert ticket.resolution is None
    assert ticket_resolution(desk, ticket.id).replacements == ()


def test_a_line_whose_faulty_part_was_sent_stays(desk):
    ticket = warranty_part_ticket(desk)
    (claim,) = returns_list(desk)
    set_claim_status(desk, claim.id, claim.version, ClaimStatus.SENT)
    with pytest.raises(ValidationError):
        remove_line(desk, ticket.id, ticket.version, ticket.lines[0].id)
    assert len(returns_list(desk)) == 1


def test_money_back_is_kept_apart_from_what_the_job_was_paid(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(owner.id, fault="برد سوخته"))
    with pytest.raises(PermissionDenied):
        refund(as_role(desk, Role.CLERK), ticket.id, ticket.version, Decimal(1000), PaymentMethod.CASH, "تعویض")
    with pytest.raises(ValidationError) as no_reason:
        refund(desk, ticket.id, ticket.version, Decimal(1000), PaymentMethod.CASH, " ")
    assert no_reason.value.field == "reason"
    ticket = refund(desk, ticket.id, ticket.version, Decimal("250000000"), PaymentMethod.TRANSFER,
                    "سه بار تعمیر همان عیب")
    assert ticket.resolution is Resolution.REFUNDED
    assert ticket.paid == 0 and ticket.owed == 0
    resolution = ticket_resolution(desk, ticket.id)
    assert resolution.refunded == Decimal("250000000")
    assert resolution.refunds[0].reason == "سه بار تعمیر همان عیب"


def test_a_repair_that_ended_without_anything_else_was_repaired(desk):
    owner = customer(desk)
    ticket = open_ticket(desk, TicketInput(owner.id, fault="صدا می‌دهد"))
    assert ticket.resolution is None
    assert delivered(desk, ticket).resolution is Resolution.REPAIRED
