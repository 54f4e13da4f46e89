"""Several clerks at once on a shared PostgreSQL server: numbers, mobiles, serials and parts
raced for, with no duplicate, no internal error and no "someone else saved this record"
where nobody edited the same record."""
from __future__ import annotations

import multiprocessing
import threading
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import func, select

from app.domain.kinds import LineKind
from app.domain.parts import StockMovement
from app.domain.people import Customer
from app.domain.units import Asset
from app.errors import DuplicateError, ValidationError
from app.locale.display import Locale
from app.services.customers import CustomerInput, create_customer
from app.services.desk import open_desk
from app.services.tickets import LineInput, TicketInput, add_line, open_ticket
from app.services.units import AssetInput, create_product, register_asset
from app.store import open_store
from tests.services.helpers import part, stock_of

pytestmark = pytest.mark.postgres


def at_once(clerks: int, work: Callable[[int], Any]) -> tuple[list[Any], list[BaseException]]:
    """`work(i)` for each clerk i, started together; what each returned and what each raised."""
    start = threading.Barrier(clerks)
    done: list[Any] = []
    failed: list[BaseException] = []

    def clerk(i: int) -> None:
        start.wait()
        try:
            done.append(work(i))
        except BaseException as error:  # noqa: BLE001 - the test looks at each
            failed.append(error)

    threads = [threading.Thread(target=clerk, args=(i,)) for i in range(clerks)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return done, failed


def _open_tickets(url: str, customer_id: int, count: int) -> list[str]:
    """One clerk's PC: its own process, connection pool and desk."""
    store = open_store(url)
    try:
        desk = open_desk(store, Locale.for_language("fa"))
        return [open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=customer_id)).number
                for _ in range(count)]
    finally:
        store.close()


def test_a_thousand_tickets_from_four_processes_get_a_thousand_numbers(pg_desk):
    owner = create_customer(pg_desk, CustomerInput(name="رضا", mobile="09121234567"))
    with ProcessPoolExecutor(4, mp_context=multiprocessing.get_context("spawn")) as pool:
        numbers = [n for batch in pool.map(_open_tickets, [pg_desk.store.url] * 4, [owner.id] * 4, [250] * 4)
                   for n in batch]
    assert len(numbers) == len(set(numbers)) == 1000
    assert sorted(int(n.split("-")[1]) for n in numbers) == list(range(1, 1001))


def test_clerks_adding_the_same_mobile_at_once_make_one_customer(pg_desk):
    for round_ in range(5):
        mobile = f"0912000{round_:04d}"
        done, failed = at_once(6, lambda i, mobile=mobile: create_customer(
            pg_desk, CustomerInput(name=f"مشتری {i}", mobile=mobile)))
        assert len(done) == 1, failed
        assert len(failed) == 5 and all(isinstance(e, DuplicateError) for e in failed), failed
        # the same words as when the other customer is found first: whose mobile it is
        assert all(e.params.get("name") == done[0].name for e in failed), [e.message() for e in failed]
    with pg_desk.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Customer)) == 5


def test_clerks_registering_the_same_serial_at_once_make_one_unit(pg_desk):
    product = create_product(pg_desk, "Samsung", "WW90T534", warranty_months=24)
    for round_ in range(5):
        serial = f"SN-RACE-{round_}"
        done, failed = at_once(9, lambda i, serial=serial: register_asset(
            pg_desk, AssetInput(serial=serial, product_id=product.id, customer_id=None)))
        assert len(done) == 1, failed
        assert len(failed) == 8 and all(isinstance(e, DuplicateError) for e in failed), failed
        assert all(e.params.get("serial") == serial for e in failed), [e.message() for e in failed]
    with pg_desk.store.read() as session:
        assert session.scalar(select(func.count()).select_from(Asset)) == 5


def test_tickets_using_the_same_part_at_once_all_get_it_while_stock_lasts(pg_desk):
    owner = create_customer(pg_desk, CustomerInput(name="رضا", mobile="09121234567"))
    pump = part(pg_desk, stock=20)
    tickets = [open_ticket(pg_desk, TicketInput(fault="نشتی آب", customer_id=owner.id)) for _ in range(24)]

    def use(i: int) -> Any:
        return add_line(pg_desk, tickets[i].id, tickets[i].version, LineInput(LineKind.PART, part_id=pump))

    done, failed = at_once(12, use)
    assert (len(done), failed) == (12, [])
    assert stock_of(pg_desk, pump) == 8
    done, failed = at_once(12, lambda i: use(12 + i))  # 12 more tickets want the last 8
    assert len(done) == 8 and len(failed) == 4
    assert all(isinstance(e, ValidationError) and "in stock" in e.template for e in failed), failed
    assert stock_of(pg_desk, pump) == 0
    with pg_desk.store.read() as session:
        moved = session.scalar(select(func.sum(StockMovement.quantity)).where(StockMovement.part_id == pump))
    assert moved == 0, "the stock is the sum of its movements"
    assert all(line.unit_price == Decimal("6500000") for record in done for line in record.lines)
