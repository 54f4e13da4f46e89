from __future__ import annotations

from datetime import date

import pytest

from app.domain.coverage import CoverageKind
from app.domain.kinds import Role
from app.errors import DuplicateError, NotFound, PermissionDenied, ValidationError
from app.locale.calendars import Calendar, from_calendar, to_calendar
from app.services.desk import Actor, Desk
from app.services.units import extend_warranty, find_asset, lookup_coverage, void_warranty
from tests.services.helpers import customer, unit


def clerk(desk: Desk) -> Desk:
    return Desk(desk.store, Actor(desk.actor.id, "clerk", Role.CLERK), desk.locale, desk.today)


def test_a_unit_gets_the_products_warranty_counted_in_the_jalali_calendar(desk):
    purchased = from_calendar(1403, 6, 31, Calendar.JALALI)
    record = unit(desk, customer(desk), purchased=purchased)
    (warranty,) = record.warranties
    assert to_calendar(warranty.end_date, Calendar.JALALI) == (1405, 6, 31)


@pytest.mark.parametrize("typed", ["sn-1001", "SN 1001", "SN۱۰۰۱", "SN١٠٠١"])
def test_a_serial_is_found_however_it_is_typed(desk, typed):
    unit(desk, customer(desk), serial="SN-1001")
    assert find_asset(desk, typed).serial == "SN-1001"


def test_the_same_serial_cannot_be_registered_twice(desk):
    owner = customer(desk)
    unit(desk, owner, serial="SN-1001")
    with pytest.raises(DuplicateError) as caught:
        unit(desk, owner, serial="sn1001")
    assert caught.value.field == "serial"
    assert "SN-1001" in caught.value.message()


def test_a_purchase_date_in_the_future_is_refused(desk):
    with pytest.raises(ValidationError):
        unit(desk, customer(desk), purchased=date(2030, 1, 1))


def test_unknown_serial_lookup_is_not_found(desk):
    with pytest.raises(NotFound) as caught:
        lookup_coverage(desk, "NOPE-1")
    assert "NOPE-1" in caught.value.message()


def test_only_a_manager_voids_a_warranty_and_a_reason_is_needed(desk):
    record = unit(desk, customer(desk))
    warranty = record.warranties[0]
    with pytest.raises(PermissionDenied):
        void_warranty(clerk(desk), warranty.id, warranty.version, "ضربه")
    with pytest.raises(ValidationError):
        void_warranty(desk, warranty.id, warranty.version, "  ")
    void_warranty(desk, warranty.id, warranty.version, "دستکاری توسط تعمیرکار غیرمجاز")
    coverage = lookup_coverage(desk, "SN-1001").coverage
    assert coverage.kind is CoverageKind.VOID
    assert coverage.reason == "دستکاری توسط تعمیرکار غیرمجاز"


def test_an_extension_starts_the_day_after_the_running_warranty(desk):
    record = unit(desk, customer(desk), purchased=date(2025, 1, 10), months=12)
    extension = extend_warranty(desk, record.id, 6, "گارانتی تمدیدی فروخته شد")
    assert extension.start_date.toordinal() == record.warranties[0].end_date.toordinal() + 1
    assert lookup_coverage(desk, "SN-1001", on=extension.end_date).coverage.kind is CoverageKind.WARRANTY
