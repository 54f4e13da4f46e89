"""Small builders for service tests: a customer with a unit under warranty, a part."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.services.customers import CustomerInput, CustomerRecord, create_customer
from app.services.desk import Desk
from app.services.parts import PartInput, create_part, list_parts
from app.services.units import AssetInput, AssetRecord, create_product, register_asset


def customer(desk: Desk, name: str = "علی رضایی", mobile: str = "09121234567") -> CustomerRecord:
    return create_customer(desk, CustomerInput(name=name, mobile=mobile))


def unit(desk: Desk, owner: CustomerRecord, serial: str = "SN-1001", purchased: date | None = date(2025, 1, 10),
         months: int | None = None) -> AssetRecord:
    product = create_product(desk, "Samsung", "WW90T534", "لباسشویی", warranty_months=24)
    return register_asset(desk, AssetInput(serial=serial, product_id=product.id, customer_id=owner.id,
                                           purchase_date=purchased, warranty_months=months))


def part(desk: Desk, code: str = "PMP-020", name: str = "پمپ تخلیه", price: str = "6500000",
         stock: int = 3) -> int:
    return create_part(desk, PartInput(code=code, name=name, price=Decimal(price), stock=stock,
                                       reorder_level=1)).id


def stock_of(desk: Desk, part_id: int) -> int:
    return next(p.stock for p in list_parts(desk) if p.id == part_id)


def keep_legacy_name(desk: Desk, customer_id: int, name: str) -> None:
    """Store `name` as typed, the way rows saved before the Persian desk wrote Persian letters
    (or written by an Arabic desk) keep it."""
    from app.domain.people import Customer

    with desk.store.write() as session:
        session.get(Customer, customer_id).name = name
