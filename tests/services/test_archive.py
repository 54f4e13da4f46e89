"""Deleting what was entered by mistake, archiving what other records depend on."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.kinds import EventKind
from app.domain.tickets import TicketEvent
from app.errors import Conflict, DuplicateError, NotFound
from app.i18n import Catalogue
from app.locale.display import Locale
from app.services import listing
from app.services.archive import (
    HasDependents,
    archive_customer,
    archive_unit,
    delete_customer,
    delete_unit,
    unarchive_customer,
    unarchive_unit,
)
from app.services.changes import Change, change_lines
from app.services.customers import CustomerInput, create_customer, find_customers, get_customer
from app.services.history import customer_history
from app.services.tickets import TicketInput, open_ticket
from app.services.units import AssetInput, assets_of, find_asset, register_asset
from tests.services.helpers import customer, unit


def corrections(desk, customer_id: int | None) -> list[list[Change]]:
    with desk.store.read() as session:
        texts = session.scalars(select(TicketEvent.text).where(
            TicketEvent.kind == EventKind.CHANGE.value,
            TicketEvent.customer_id.is_(None) if customer_id is None else TicketEvent.customer_id == customer_id)
            .order_by(TicketEvent.id)).all()
    return [change_lines(text) for text in texts]


def test_a_customer_entered_by_mistake_is_deleted_with_an_entry_naming_them(desk):
    mistake = customer(desk, name="تست اشتباه", mobile="09120000001")
    delete_customer(desk, mistake.id, mistake.version)
    with pytest.raises(NotFound):
        get_customer(desk, mistake.id)
    assert corrections(desk, None) == [[Change("deleted", "تست اشتباه", ""), Change("mobile", "+989120000001", "")]]


def test_deleting_a_customer_with_records_is_refused_and_says_what_depends(desk):
    owner = customer(desk)
    washer = unit(desk, owner)
    open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=washer.id, fault="صدا"))
    with pytest.raises(HasDependents) as refused:
        delete_customer(desk, owner.id, owner.version)
    fa = Catalogue.load("fa")
    message = refused.value.message(fa.translate, Locale.for_language("fa"))
    assert "علی رضایی" in message and "دستگاه: ۱" in message and "پذیرش: ۱" in message
    assert "بایگانی" in message
    assert get_customer(desk, owner.id).name == "علی رضایی"


def test_a_stale_delete_is_a_conflict(desk):
    mistake = customer(desk)
    archived = archive_customer(desk, mistake.id, mistake.version)
    with pytest.raises(Conflict):
        delete_customer(desk, mistake.id, mistake.version)
    delete_customer(desk, archived.id, archived.version)
    assert corrections(desk, None)[-1] == [Change("deleted", "علی رضایی", ""), Change("mobile", "+989121234567", "")]
    assert len(corrections(desk, None)) == 2, "the archiving's entry is kept beside the deletion's"


def test_an_archived_customer_leaves_the_list_and_the_search_until_restored(desk):
    owner = customer(desk)
    customer(desk, name="سارا رحیمی", mobile="09351112233")
    unit(desk, owner)
    archived = archive_customer(desk, owner.id, owner.version)
    assert archived.archived_at is not None

    assert [r.name for r in listing.CUSTOMERS.page(desk)] == ["سارا رحیمی"]
    assert listing.CUSTOMERS.count(desk, "رضایی") == 0
    shown = listing.CUSTOMERS.page(desk, "رضایی", filters={"archived": True})
    assert [(r.name, r.archived) for r in shown] == [("علی رضایی", True)]
    assert listing.CUSTOMERS.count(desk, filters={"archived": True}) == 2
    assert find_customers(desk, "رضایی") == []
    assert find_customers(desk, "SN-1001") == []
    assert [c.id for c in find_customers(desk, "رضایی", include_archived=True)] == [owner.id]
    [entry] = [e for e in customer_history(desk, owner.id) if e.kind == EventKind.CHANGE]
    day = archived.archived_at.astimezone(desk.locale.timezone).date().isoformat()
    assert change_lines(entry.text) == [Change("archived", "", day)]

    restored = unarchive_customer(desk, archived.id, archived.version)
    assert restored.archived_at is None
    assert [c.id for c in find_customers(desk, "رضایی")] == [owner.id]
    assert change_lines(customer_history(desk, owner.id)[0].text) == [Change("archived", day, "")]


def test_a_new_customer_with_an_archived_customers_mobile_is_told_to_restore_them(desk):
    owner = customer(desk)
    archive_customer(desk, owner.id, owner.version)
    with pytest.raises(DuplicateError, match="archived"):
        create_customer(desk, CustomerInput(name="علی", mobile="09121234567"))


def test_a_unit_registered_by_mistake_is_deleted_with_an_entry_in_its_owners_history(desk):
    owner = customer(desk)
    mistake = unit(desk, owner, "SN-0000")
    delete_unit(desk, mistake.id, mistake.version)
    assert find_asset(desk, "SN-0000") is None
    assert corrections(desk, owner.id) == [[Change("deleted", "SN-0000 Samsung WW90T534", "")]]


def test_a_unit_with_a_ticket_is_not_deleted_but_can_be_archived(desk):
    owner = customer(desk)
    washer = unit(desk, owner)
    open_ticket(desk, TicketInput(customer_id=owner.id, asset_id=washer.id, fault="صدا"))
    with pytest.raises(HasDependents, match="SN-1001"):
        delete_unit(desk, washer.id, washer.version)

    archive_unit(desk, washer.id, washer.version)
    assert assets_of(desk, owner.id) == []
    [archived] = assets_of(desk, owner.id, include_archived=True)
    assert archived.archived_at is not None
    assert listing.WARRANTIES.count(desk) == 0
    assert listing.WARRANTIES.count(desk, filters={"archived": True}) == 1
    day = archived.archived_at.astimezone(desk.locale.timezone).date().isoformat()
    assert corrections(desk, owner.id)[-1] == [Change("unit", "", "SN-1001 Samsung WW90T534"),
                                               Change("archived", "", day)]

    # The serial is taken: a lookup finds the archived unit and says so; it is not registered twice.
    found = find_asset(desk, "sn 1001")
    assert found is not None and found.id == washer.id and found.archived_at is not None
    with pytest.raises(DuplicateError, match="archived"):
        register_asset(desk, AssetInput(serial="SN-1001", product_id=washer.product.id, customer_id=owner.id))

    unarchive_unit(desk, archived.id, archived.version)
    assert [a.id for a in assets_of(desk, owner.id)] == [washer.id]
    assert find_asset(desk, "SN-1001").archived_at is None
