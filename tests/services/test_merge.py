"""Merging two customers: everything of the other moves, nothing known is lost or overwritten."""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.domain.contracts import Contract, MaintenancePlan
from app.domain.followups import FollowUp
from app.domain.kinds import EventKind, Role
from app.domain.people import Customer, User
from app.domain.tickets import Payment, Ticket, TicketEvent, TicketLine
from app.domain.units import Asset, Warranty
from app.errors import Conflict, NotFound, PermissionDenied, ValidationError
from app.i18n import Catalogue
from app.services import listing
from app.services.changes import Change, change_lines, describe_change
from app.services.contracts import ContractInput, create_contract
from app.services.customers import CustomerInput, create_customer, find_customers, get_customer, update_customer
from app.services.desk import Actor
from app.services.history import customer_history
from app.services.merge import merge_customers, plan_merge
from app.services.tickets import LineInput, TicketInput, add_line, log_contact, open_ticket
from tests.conftest import TODAY
from tests.services.helpers import customer, keep_legacy_name, unit

COUNTED = (Asset, Ticket, Contract, FollowUp, TicketEvent)


def counts(desk, customer_id: int) -> dict[str, int]:
    with desk.store.read() as session:
        return {model.__name__: session.scalar(select(func.count()).select_from(model)
                                               .where(model.customer_id == customer_id)) for model in COUNTED}


def totals(desk) -> dict[str, int]:
    with desk.store.read() as session:
        return {model.__name__: session.scalar(select(func.count()).select_from(model))
                for model in (Asset, Warranty, Ticket, TicketLine, Payment, Contract, MaintenancePlan, FollowUp)}


def imported_twice(desk):
    """One person typed twice by a legacy sheet: each record has units, tickets and history."""
    keep = create_customer(desk, CustomerInput(name="علی رضایی", mobile="09121234567", city="تهران",
                                               notes="مشتری قدیمی"))
    other = create_customer(desk, CustomerInput(name="علي رضائي", mobile="09351112233", email="ali@example.com",
                                                city="کرج", address="خیابان آزادی، پلاک ۱۲", national_id="0012345678",
                                                vip=True, notes="از فایل اکسل"))
    keep_legacy_name(desk, other.id, "علي رضائي")  # as the sheet typed it
    other = get_customer(desk, other.id)
    unit(desk, keep, "SN-KEEP")
    washer = unit(desk, other, "SN-1001")
    unit(desk, other, "SN-2002", months=0)
    ticket = open_ticket(desk, TicketInput(customer_id=other.id, asset_id=washer.id, fault="آب را تخلیه نمی‌کند"))
    add_line(desk, ticket.id, ticket.version, LineInput(kind="labor", description="بازدید", unit_price=500000))
    open_ticket(desk, TicketInput(customer_id=keep.id, fault="صدای زیاد"))
    log_contact(desk, other.id, EventKind.CALL, "برای برآورد تماس گرفته شد")
    contract = create_contract(desk, ContractInput(customer_id=other.id, start_date=TODAY,
                                                   end_date=TODAY + timedelta(days=364), asset_ids=[washer.id]))
    with desk.store.write() as session:
        session.add(FollowUp(customer_id=other.id, ticket_id=ticket.id, due_date=TODAY))
        session.add(MaintenancePlan(asset_id=washer.id, contract_id=contract.id, interval_months=6,
                                    next_due=date(2025, 12, 15)))
    return get_customer(desk, keep.id), get_customer(desk, other.id), ticket


def test_everything_of_the_other_moves_to_the_kept_customer(desk):
    keep, other, ticket = imported_twice(desk)
    kept_before, other_before, everything = counts(desk, keep.id), counts(desk, other.id), totals(desk)
    assert other_before == {"Asset": 2, "Ticket": 1, "Contract": 1, "FollowUp": 1, "TicketEvent": 2}

    merged = merge_customers(desk, keep.id, keep.version, other.id, other.version)

    after = counts(desk, keep.id)
    for name, count in other_before.items():
        extra = 1 if name == "TicketEvent" else 0  # the merge's own entry
        assert after[name] == kept_before[name] + count + extra, name
    assert counts(desk, other.id) == dict.fromkeys(other_before, 0)
    assert totals(desk) == everything, "nothing deleted on the way but the other customer"
    with pytest.raises(NotFound):
        get_customer(desk, other.id)
    with desk.store.read() as session:
        assert session.get(Ticket, ticket.id).customer_id == merged.id
        assert session.scalar(select(func.count()).select_from(Customer)) == 1


def test_missing_details_are_filled_and_differing_ones_kept_in_the_history(desk):
    keep, other, _ = imported_twice(desk)
    merged = merge_customers(desk, keep.id, keep.version, other.id, other.version)

    assert (merged.name, merged.mobile, merged.city) == ("علی رضایی", "+989121234567", "تهران")
    assert (merged.email, merged.address, merged.national_id) == (
        "ali@example.com", "خیابان آزادی، پلاک ۱۲", "0012345678")
    assert merged.phone == "+989351112233", "the second mobile, where the phone was free"
    assert merged.vip
    assert merged.notes == "مشتری قدیمی\n\nاز فایل اکسل"

    [entry] = [e for e in customer_history(desk, keep.id) if e.kind == EventKind.CHANGE]
    assert entry.user_name == "Administrator" and entry.at is not None
    lines = change_lines(entry.text)
    assert lines[:3] == [Change("merged", "علي رضائي", "علی رضایی"),
                         Change("units_count", "1", "3"), Change("tickets_count", "1", "2")]
    assert Change("mobile", "+989351112233", "+989121234567") in lines
    assert Change("city", "کرج", "تهران") in lines
    assert Change("email", "", "ali@example.com") in lines
    assert Change("phone", "", "+989351112233") in lines
    fa = Catalogue.load("fa")
    assert describe_change(Change("units_count", "1", "3"), fa.translate, desk.locale) == "دستگاه‌ها: ۱ ← ۳"


def test_the_merged_customers_tickets_are_found_by_the_kept_name_and_mobile(desk):
    keep, other, ticket = imported_twice(desk)
    assert [r.id for r in listing.TICKETS.page(desk, "علي رضائي")] != []
    merge_customers(desk, keep.id, keep.version, other.id, other.version)
    found = {r.id for r in listing.TICKETS.page(desk, "0912 123")}
    assert ticket.id in found and len(found) == 2
    assert [r.id for r in listing.TICKETS.page(desk, "۰۹۳۵۱۱۱")] == []
    assert [c.id for c in find_customers(desk, "رضایی")] == [keep.id]


def test_a_stale_version_of_either_customer_is_a_conflict(desk):
    keep, other, _ = imported_twice(desk)
    update_customer(desk, other.id, other.version, CustomerInput(name=other.name, mobile=other.mobile, city="قم"))
    with pytest.raises(Conflict):
        merge_customers(desk, keep.id, keep.version, other.id, other.version)
    with pytest.raises(Conflict):
        merge_customers(desk, keep.id, keep.version - 1, other.id, other.version + 1)
    assert counts(desk, other.id)["Asset"] == 2, "nothing moved"


def test_a_customer_is_not_merged_with_themselves(desk):
    keep = customer(desk)
    with pytest.raises(ValidationError, match="themselves"):
        merge_customers(desk, keep.id, keep.version, keep.id, keep.version)
    with pytest.raises(ValidationError):
        plan_merge(desk, keep.id, keep.id)


def test_the_plan_shows_what_moves_and_what_is_kept(desk):
    keep, other, _ = imported_twice(desk)
    plan = plan_merge(desk, keep.id, other.id)
    assert (plan.moving.units, plan.moving.tickets, plan.moving.contracts, plan.moving.followups) == (2, 1, 1, 1)
    assert {c.field for c in plan.details.kept} == {"mobile", "city"}
    assert {c.field for c in plan.details.filled} >= {"email", "address", "national_id", "phone", "vip", "notes"}
    merged = merge_customers(desk, keep.id, keep.version, other.id, other.version)
    assert merged.email == dict((c.field, c.after) for c in plan.details.filled)["email"]


def test_only_a_manager_merges(desk, store):
    keep, other, _ = imported_twice(desk)
    with store.write() as session:
        clerk = User(username="clerk", full_name="منشی", role=Role.CLERK.value)
        session.add(clerk)
        session.flush()
        clerk_id = clerk.id
    desk.actor = Actor(clerk_id, "clerk", Role.CLERK)
    with pytest.raises(PermissionDenied):
        merge_customers(desk, keep.id, keep.version, other.id, other.version)
