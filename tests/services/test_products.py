"""The products catalogue: add, correct, and refuse a model twice or out-of-range months."""
from __future__ import annotations

import pytest

from app.errors import Conflict, DuplicateError, ValidationError
from app.services.products import ProductInput, add_product, find_products, update_product
from app.services.units import create_product
from tests.services.helpers import customer, unit


def test_a_product_is_added_and_found_by_brand_model_or_category(desk):
    added = add_product(desk, ProductInput("  Snowa ", "SWM-8420", "لباسشویی", 18, 6))
    assert (added.brand, added.model, added.category, added.default_warranty_months,
            added.maintenance_interval_months, added.units) == ("Snowa", "SWM-8420", "لباسشویی", 18, 6, 0)
    add_product(desk, ProductInput("LG", "F4V5", "ماشین لباسشویی"))
    assert [p.model for p in find_products(desk, "snowa")] == ["SWM-8420"]
    assert [p.model for p in find_products(desk, "swm 84")] == []
    assert [p.model for p in find_products(desk, "SWM-84")] == ["SWM-8420"]
    assert [p.model for p in find_products(desk, "")] == ["F4V5", "SWM-8420"]


def test_the_same_brand_and_model_is_refused_however_it_is_typed(desk):
    add_product(desk, ProductInput("Snowa", "SWM-8420"))
    with pytest.raises(DuplicateError) as caught:
        add_product(desk, ProductInput("snowa", "swm-8420"))
    assert caught.value.field == "model"
    assert "Snowa SWM-8420" in caught.value.message()
    add_product(desk, ProductInput("اسنوا", "SWM-8420"))
    with pytest.raises(DuplicateError):
        add_product(desk, ProductInput("اسنوا", "SWM-۸۴۲۰"))


def test_a_product_is_corrected_and_counts_its_units(desk):
    owner = customer(desk)
    unit(desk, owner)  # Samsung WW90T534, 24 months
    [product] = find_products(desk)
    assert product.units == 1
    saved = update_product(desk, product.id, product.updated_at,
                           ProductInput("Samsung", "WW90T554", "لباسشویی", 18, None))
    assert (saved.model, saved.default_warranty_months, saved.units) == ("WW90T554", 18, 1)
    assert saved.updated_at >= product.updated_at


def test_a_stale_product_edit_is_refused(desk):
    product = add_product(desk, ProductInput("Snowa", "SWM-8420"))
    update_product(desk, product.id, product.updated_at, ProductInput("Snowa", "SWM-8421"))
    with pytest.raises(Conflict):
        update_product(desk, product.id, product.updated_at, ProductInput("Snowa", "SWM-8422"))


def test_renaming_onto_another_product_is_refused(desk):
    create_product(desk, "LG", "F4V5")
    product = add_product(desk, ProductInput("Snowa", "SWM-8420"))
    with pytest.raises(DuplicateError):
        update_product(desk, product.id, product.updated_at, ProductInput("lg", "f4v5"))


@pytest.mark.parametrize(("months", "interval", "field"), [
    (-1, None, "default_warranty_months"), (121, None, "default_warranty_months"),
    (12, 0, "maintenance_interval_months"), (12, 61, "maintenance_interval_months"),
])
def test_months_out_of_range_are_refused_beside_their_field(desk, months, interval, field):
    with pytest.raises(ValidationError) as caught:
        add_product(desk, ProductInput("Snowa", "SWM-8420", "", months, interval))
    assert caught.value.field == field
    assert find_products(desk) == []


@pytest.mark.parametrize(("months", "interval"), [(0, None), (120, 1), (24, 60)])
def test_the_ends_of_the_ranges_are_accepted(desk, months, interval):
    saved = add_product(desk, ProductInput("Snowa", "SWM-8420", "", months, interval))
    assert (saved.default_warranty_months, saved.maintenance_interval_months) == (months, interval)


def test_a_model_is_required(desk):
    with pytest.raises(ValidationError) as caught:
        add_product(desk, ProductInput("Snowa", "  "))
    assert caught.value.field == "model"
