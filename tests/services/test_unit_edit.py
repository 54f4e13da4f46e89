"""Correcting a unit and giving it to another owner, with the history that says so."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from app.domain.coverage import CoverageKind
from app.domain.kinds import EventKind
from app.errors import Conflict, DuplicateError, ValidationError
from app.locale.calendars import Calendar, add_months, from_calendar, to_calendar
from app.services.changes import Change, change_lines
from app.services.history import customer_history
from app.services.listing import TICKETS
from app.services.tickets import TicketInput, open_ticket
from app.services.unit_edit import UnitInput, get_unit, transfer_unit, unit_history, unit_tickets, update_unit
from app.services.units import AssetRecord, create_product, find_asset, void_warranty
from tests.services.helpers import customer, unit


def as_input(record: AssetRecord, **changes) -> UnitInput:
    data = UnitInput(serial=record.serial, product_id=record.product.id, purchase_date=record.purchase_date,
                     seller=record.seller, invoice_no=record.invoice_no)
    return replace(data, **changes)


def corrections(desk, asset_id: int) -> list[list[Change]]:
    return [change_lines(e.text) for e in unit_history(desk, asset_id) if e.kind == EventKind.CHANGE]


def test_a_serial_typo_is_fixed_and_the_unit_is_found_by_the_new_serial_only(desk):
    record = unit(desk, customer(desk), serial="SN-1O01")
    saved = update_unit(desk, record.id, record.version, as_input(record, serial=" sn-1001 "))
    assert saved.serial == "sn-1001"
    assert find_asset(desk, "SN1001").id == record.id
    assert find_asset(desk, "SN-1O01") is None
    assert corrections(desk, record.id) == [[Change("serial", "SN-1O01", "sn-1001")]]


def test_the_tickets_list_finds_the_units_tickets_by_the_corrected_serial(desk):
    owner = customer(desk)
    record = unit(desk, owner, serial="SN-1O01")
    ticket = open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=record.id, fault="صدا می‌دهد"))
    update_unit(desk, record.id, record.version, as_input(record, serial="SN-1001"))
    with desk.store.read() as session:
        found = [TICKETS.row(r).id for r in session.execute(TICKETS.statement(desk, "sn1001"))]
    assert found == [ticket.id]
    assert [t.id for t in unit_tickets(desk, record.id)] == [ticket.id]


def test_a_serial_of_another_unit_is_refused_beside_the_serial_naming_it(desk):
    owner = customer(desk)
    unit(desk, owner, serial="SN-2002")
    record = unit(desk, owner, serial="SN-1001")
    with pytest.raises(DuplicateError) as caught:
        update_unit(desk, record.id, record.version, as_input(record, serial="sn 2002"))
    assert caught.value.field == "serial"
    assert "SN-2002" in caught.value.message()
    assert get_unit(desk, record.id).serial == "SN-1001"


def test_no_product_and_a_future_purchase_are_refused_beside_their_fields(desk):
    record = unit(desk, customer(desk))
    with pytest.raises(ValidationError) as caught:
        update_unit(desk, record.id, record.version, as_input(record, product_id=None))
    assert caught.value.field == "product"
    with pytest.raises(ValidationError) as caught:
        update_unit(desk, record.id, record.version, as_input(record, purchase_date=date(2025, 6, 16)))
    assert caught.value.field == "purchase_date"


def test_a_stale_edit_is_refused(desk):
    record = unit(desk, customer(desk))
    update_unit(desk, record.id, record.version, as_input(record, seller="فروشگاه امید"))
    with pytest.raises(Conflict):
        update_unit(desk, record.id, record.version, as_input(record, seller="دیجی‌کالا"))


def test_a_new_purchase_date_moves_the_standard_warranty_in_jalali_months(desk):
    record = unit(desk, customer(desk), purchased=date(2025, 1, 10))  # 24 months
    purchased = from_calendar(1403, 6, 31, Calendar.JALALI)
    saved = update_unit(desk, record.id, record.version, as_input(record, purchase_date=purchased))
    (warranty,) = saved.warranties
    assert warranty.start_date == purchased
    assert to_calendar(warranty.end_date, Calendar.JALALI) == (1405, 6, 31)
    assert warranty.end_date != add_months(purchased, 24, Calendar.GREGORIAN)
    [[moved, end]] = corrections(desk, record.id)
    assert moved == Change("purchase_date", "2025-01-10", purchased.isoformat())
    assert end == Change("warranty_end", add_months(date(2025, 1, 10), 24, Calendar.JALALI).isoformat(),
                         warranty.end_date.isoformat())


def test_a_saudi_desk_moves_the_warranty_in_gregorian_months(desk_ar):
    record = unit(desk_ar, customer(desk_ar, "سارة العتيبي", "0501234567"), purchased=date(2025, 1, 10))
    saved = update_unit(desk_ar, record.id, record.version, as_input(record, purchase_date=date(2024, 1, 31)))
    (warranty,) = saved.warranties
    assert (warranty.start_date, warranty.end_date) == (date(2024, 1, 31), date(2026, 1, 31))
    assert saved.coverage.kind is CoverageKind.WARRANTY


def test_a_custom_warranty_length_is_kept_when_only_the_date_moves(desk):
    record = unit(desk, customer(desk), purchased=date(2024, 3, 1), months=36)
    saved = update_unit(desk, record.id, record.version, as_input(record, purchase_date=date(2024, 4, 1)))
    assert saved.warranties[0].end_date == add_months(date(2024, 4, 1), 36, Calendar.JALALI)


def test_a_new_product_brings_its_default_warranty(desk):
    record = unit(desk, customer(desk), purchased=date(2025, 1, 10))
    other = create_product(desk, "LG", "F4V5", warranty_months=12)
    saved = update_unit(desk, record.id, record.version, as_input(record, product_id=other.id))
    assert saved.product.title == "LG F4V5"
    assert saved.warranties[0].end_date == add_months(date(2025, 1, 10), 12, Calendar.JALALI)
    [changes] = corrections(desk, record.id)
    assert changes[0] == Change("product", "Samsung WW90T534", "LG F4V5")


def test_an_unknown_purchase_date_leaves_coverage_unknown_and_a_known_one_grants_it(desk):
    record = unit(desk, customer(desk), purchased=None)
    assert record.warranties == () and record.coverage.kind is CoverageKind.NONE
    saved = update_unit(desk, record.id, record.version, as_input(record, purchase_date=date(2025, 1, 10)))
    assert saved.coverage.kind is CoverageKind.WARRANTY
    cleared = update_unit(desk, saved.id, saved.version, as_input(saved, purchase_date=None))
    assert cleared.warranties == () and cleared.coverage.kind is CoverageKind.NONE
    assert corrections(desk, record.id)[0][0] == Change("purchase_date", "2025-01-10", "")


def test_a_voided_warranty_stays_void_when_the_date_moves(desk):
    record = unit(desk, customer(desk), purchased=date(2025, 1, 10))
    warranty = record.warranties[0]
    void_warranty(desk, warranty.id, warranty.version, "ضربه فیزیکی", on=date(2025, 5, 1))
    record = get_unit(desk, record.id)
    saved = update_unit(desk, record.id, record.version, as_input(record, purchase_date=date(2025, 2, 10)))
    (moved,) = saved.warranties
    assert moved.voided_on == date(2025, 5, 1) and moved.void_reason == "ضربه فیزیکی"
    assert moved.start_date == date(2025, 2, 10)
    assert saved.coverage.kind is CoverageKind.VOID
    cleared = update_unit(desk, saved.id, saved.version, as_input(saved, purchase_date=None))
    assert cleared.coverage.kind is CoverageKind.VOID, "a void is a fact about the unit: it is not dropped"


def test_one_entry_lists_every_changed_field_with_who(desk):
    owner = customer(desk)
    record = unit(desk, owner)
    update_unit(desk, record.id, record.version,
                as_input(record, seller="فروشگاه امید", invoice_no="F-1403-77"))
    [entry] = unit_history(desk, record.id)
    assert change_lines(entry.text) == [Change("seller", "", "فروشگاه امید"),
                                        Change("invoice_no", "", "F-1403-77")]
    assert entry.user_name == "Administrator"
    [in_customer] = [e for e in customer_history(desk, owner.id) if e.kind == EventKind.CHANGE]
    assert in_customer.text == entry.text


def test_saving_nothing_changed_writes_no_entry(desk):
    record = unit(desk, customer(desk))
    update_unit(desk, record.id, record.version, as_input(record, serial=" SN-1001 "))
    assert unit_history(desk, record.id) == []


def test_a_transfer_moves_the_unit_and_writes_both_customers_histories(desk):
    old, new = customer(desk), customer(desk, "رضا احمدی", "09351234567")
    record = unit(desk, old)
    ticket = open_ticket(desk, TicketInput(customer_id=old.id, asset_id=record.id, fault="روشن نمی‌شود"))
    moved = transfer_unit(desk, record.id, record.version, new.id, "فروخته شد")
    assert (moved.customer_id, moved.customer_name) == (new.id, "رضا احمدی")
    assert moved.warranties == record.warranties
    owner_change = [Change("owner", "علی رضایی", "رضا احمدی"), Change("reason", "", "فروخته شد")]
    assert corrections(desk, record.id) == [owner_change]
    [old_entry] = [e for e in customer_history(desk, old.id) if e.kind == EventKind.CHANGE]
    assert change_lines(old_entry.text) == owner_change
    [new_entry] = [e for e in customer_history(desk, new.id) if e.kind == EventKind.CHANGE]
    assert change_lines(new_entry.text) == [Change("unit", "", "SN-1001"), *owner_change]
    # The open ticket stays with the customer who brought the unit in.
    [kept] = unit_tickets(desk, record.id)
    assert kept.id == ticket.id and kept.customer_name == "علی رضایی"


def test_a_transfer_to_the_same_owner_is_refused(desk):
    owner = customer(desk)
    record = unit(desk, owner)
    with pytest.raises(ValidationError) as caught:
        transfer_unit(desk, record.id, record.version, owner.id)
    assert caught.value.field == "owner"
    assert "علی رضایی" in caught.value.message()
    assert unit_history(desk, record.id) == []
