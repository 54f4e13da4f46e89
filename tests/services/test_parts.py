from __future__ import annotations

from decimal import Decimal

import pytest

from app.errors import Conflict, DuplicateError, ValidationError
from app.services.parts import PartInput, count_stock, create_part, list_parts, update_part


def test_a_part_code_is_unique_whatever_its_case(desk):
    create_part(desk, PartInput(code="pmp-020", name="پمپ تخلیه", price=Decimal(6_500_000), stock=4))
    with pytest.raises(DuplicateError) as caught:
        create_part(desk, PartInput(code="PMP-020 ", name="پمپ", price=Decimal(1)))
    assert "پمپ تخلیه" in caught.value.message()


def test_low_stock_is_flagged_at_the_reorder_level(desk):
    part = create_part(desk, PartInput(code="BLT-030", name="تسمه", price=Decimal(900_000), stock=3, reorder_level=2))
    assert not part.low
    part = count_stock(desk, part.id, 2, "دو عدد در انبار شکسته بود")
    assert part.low


def test_parts_are_found_by_name_in_any_letter_variant_or_by_code(desk):
    create_part(desk, PartInput(code="SNS-040", name="سنسور دما", price=Decimal(1)))
    create_part(desk, PartInput(code="MTR-010", name="موتور", price=Decimal(1)))
    assert [p.code for p in list_parts(desk, "سنسور")] == ["SNS-040"]
    assert [p.code for p in list_parts(desk, "mtr")] == ["MTR-010"]
    assert [p.code for p in list_parts(desk, "%")] == []


def test_bad_values_and_stale_edits_are_refused(desk):
    with pytest.raises(ValidationError):
        create_part(desk, PartInput(code="X-1", name="x", price=Decimal(-1)))
    part = create_part(desk, PartInput(code="X-1", name="x", price=Decimal(1)))
    update_part(desk, part.id, part.version, PartInput("X-1", "y", Decimal(2)))
    with pytest.raises(Conflict):
        update_part(desk, part.id, part.version, PartInput("X-1", "z", Decimal(3)))
