from __future__ import annotations

import pytest

from app.errors import Conflict, DuplicateError, ValidationError
from app.services.customers import CustomerInput, create_customer, find_customers, get_customer, update_customer
from app.services.listing import TICKETS
from app.services.tickets import TicketInput, open_ticket
from tests.services.helpers import customer, keep_legacy_name, unit


def names(records) -> list[str]:
    return [r.name for r in records]


def test_mobile_is_stored_canonical_whatever_the_spelling(desk):
    record = customer(desk, mobile="۰۹۱۲ ۱۲۳-۴۵۶۷")
    assert record.mobile == "+989121234567"


@pytest.mark.parametrize("typed", ["علی کریمی", "علي كريمي", "كريمي", "کریمی", "عَلی"])
def test_search_folds_arabic_and_persian_letters_both_ways(desk, typed):
    keep_legacy_name(desk, customer(desk, name="علي كريمي", mobile="09121111111").id, "علي كريمي")
    customer(desk, name="علی کریمی", mobile="09122222222")
    found = names(find_customers(desk, typed))
    assert sorted(found) == sorted(["علي كريمي", "علی کریمی"])


@pytest.mark.parametrize("typed", ["0912 333", "۰۹۱۲۳۳۳", "+98912333", "3334444", "٣٣٣٤٤٤٤"])
def test_search_by_a_piece_of_the_mobile_in_any_digits(desk, typed):
    customer(desk, name="مریم احمدی", mobile="09123334444")
    customer(desk, name="سارا محمدی", mobile="09351234567")
    assert names(find_customers(desk, typed)) == ["مریم احمدی"]


def test_search_by_the_serial_of_a_unit_finds_its_owner(desk):
    owner = customer(desk, name="حسین موسوی")
    unit(desk, owner, serial="AB-12345")
    assert names(find_customers(desk, "ab12345")) == ["حسین موسوی"]


def test_a_name_is_required_and_the_error_names_the_field(desk):
    with pytest.raises(ValidationError) as caught:
        create_customer(desk, CustomerInput(name="   ", mobile="09121234567"))
    assert caught.value.field == "name"


def test_an_invalid_mobile_is_refused(desk):
    with pytest.raises(ValidationError) as caught:
        create_customer(desk, CustomerInput(name="رضا", mobile="12345"))
    assert "12345" in caught.value.message()
    assert caught.value.field == "mobile"


def test_the_same_mobile_typed_differently_is_a_duplicate(desk):
    customer(desk, name="علی رضایی", mobile="09121234567")
    with pytest.raises(DuplicateError) as caught:
        customer(desk, name="علي رضايي", mobile="+98 912 123 4567")
    assert "علی رضایی" in caught.value.message()
    assert len(find_customers(desk, "رضایی")) == 1


def test_a_saudi_desk_reads_saudi_mobiles(desk_ar):
    record = customer(desk_ar, name="خالد العتيبي", mobile="0501234567")
    assert record.mobile == "+966501234567"


def test_a_stale_edit_is_refused_and_the_first_save_survives(desk):
    record = customer(desk, name="نرگس")
    first = update_customer(desk, record.id, record.version, CustomerInput(name="نرگس کاظمی", mobile="09121234567"))
    with pytest.raises(Conflict):
        update_customer(desk, record.id, record.version, CustomerInput(name="نرگس ک.", mobile="09121234567"))
    assert get_customer(desk, record.id).name == first.name == "نرگس کاظمی"


def test_renaming_a_customer_updates_the_ticket_search(desk):
    record = customer(desk, name="امیر")
    open_ticket(desk, TicketInput(customer_id=record.id, fault="روشن نمی‌شود"))
    update_customer(desk, record.id, record.version, CustomerInput(name="امیر کیانی", mobile="09121234567"))
    assert [t.customer_name for t in TICKETS.page(desk, "کیانی")] == ["امیر کیانی"]


def test_national_id_and_company_are_kept_and_a_too_long_name_is_refused_on_every_database(desk):
    saved = create_customer(desk, CustomerInput(name="شرکت آوا", national_id="۰۰۱۲۳۴۵۶۷۸", company="آوا الکترونیک"))
    assert (saved.national_id, saved.company) == ("0012345678", "آوا الکترونیک")
    with pytest.raises(ValidationError) as caught:
        create_customer(desk, CustomerInput(name="ن" * 201))
    assert caught.value.field == "name" and "201" in caught.value.message()


@pytest.mark.parametrize("typed", ["می کنند", "می‌کنند", "میکنند"])
def test_a_space_a_zwnj_or_nothing_between_parts_of_a_word_find_the_same(desk, typed):
    customer(desk, name="تعمیرات می‌کنند", mobile="09121111111")
    customer(desk, name="علی رضا محمدی", mobile="09122222222")
    assert names(find_customers(desk, typed)) == ["تعمیرات می‌کنند"]
    assert names(find_customers(desk, "علیرضا")) == ["علی رضا محمدی"]
