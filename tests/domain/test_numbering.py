"""Ticket and contract numbers: format, per-year series, and no duplicates or gaps under two
writers."""
from __future__ import annotations

import multiprocessing
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from app.domain.numbering import Counter, Series, format_number, next_number
from app.locale.display import Locale
from app.services.customers import CustomerInput, create_customer
from app.services.desk import Desk, open_desk
from app.services.tickets import TicketInput, find_ticket, open_ticket
from app.store import Store, open_store


def desk_on(store: Store, lang: str, today: date) -> Desk:
    desk = open_desk(store, Locale.for_language(lang))
    desk.today = lambda: today
    return desk


@pytest.mark.parametrize(
    ("series", "year", "sequence", "shown"),
    [
        (Series.TICKET, 1404, 1, "1404-0001"),
        (Series.TICKET, 1404, 42, "1404-0042"),
        (Series.TICKET, 1446, 9999, "1446-9999"),
        (Series.TICKET, 1404, 10000, "1404-10000"),
        (Series.CONTRACT, 1404, 1, "AMC-1404-001"),
        (Series.CONTRACT, 1405, 7, "AMC-1405-007"),
        (Series.CONTRACT, 1404, 1000, "AMC-1404-1000"),
    ],
)
def test_format(series, year, sequence, shown):
    assert format_number(series, year, sequence) == shown


def test_numbers_run_per_series_and_restart_at_one_in_a_new_year(store):
    with store.write() as session:
        taken = [next_number(session, Series.TICKET, 1403) for _ in range(3)]
        taken.append(next_number(session, Series.TICKET, 1404))
        taken.append(next_number(session, Series.CONTRACT, 1404))
        taken.append(next_number(session, Series.TICKET, 1403))
    assert taken == ["1403-0001", "1403-0002", "1403-0003", "1404-0001", "AMC-1404-001", "1403-0004"]
    with store.write() as session:
        # the counters are stored: a later transaction carries on where this one stopped
        assert next_number(session, Series.TICKET, 1404) == "1404-0002"
        assert next_number(session, Series.CONTRACT, 1404) == "AMC-1404-002"


def test_a_number_taken_in_a_rolled_back_transaction_is_given_again(store):
    with pytest.raises(RuntimeError), store.write() as session:
        assert next_number(session, Series.TICKET, 1404) == "1404-0001"
        raise RuntimeError("the save failed after the number was taken")
    with store.write() as session:
        assert next_number(session, Series.TICKET, 1404) == "1404-0001"


def test_numbers_grow_past_9999(store):
    with store.write() as session:
        session.add(Counter(series=Series.TICKET.value, year=1404, last=9998))
    with store.write() as session:
        taken = [next_number(session, Series.TICKET, 1404) for _ in range(3)]
    assert taken == ["1404-9999", "1404-10000", "1404-10001"]


def test_a_ticket_past_9999_is_saved_and_found(store, desk):
    customer = create_customer(desk, CustomerInput(name="Ali", mobile="09120000001"))
    with store.write() as session:
        session.add(Counter(series=Series.TICKET.value, year=1404, last=9999))
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=customer.id))
    assert ticket.number == "1404-10000"
    assert find_ticket(desk, "۱۴۰۴-۱۰۰۰۰").id == ticket.id
    assert open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=customer.id)).number == "1404-10001"


def test_a_persian_desk_numbers_in_the_jalali_year(store):
    desk = desk_on(store, "fa", date(2025, 6, 15))  # 1404/03/25
    customer = create_customer(desk, CustomerInput(name="Ali", mobile="09120000001"))
    numbers = [open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=customer.id)).number for _ in range(3)]
    assert numbers == ["1404-0001", "1404-0002", "1404-0003"]


def test_the_persian_year_turns_at_nowruz(store):
    last_of_1403 = desk_on(store, "fa", date(2025, 3, 20))  # 1403/12/30
    first_of_1404 = desk_on(store, "fa", date(2025, 3, 21))  # 1404/01/01
    customer = create_customer(last_of_1403, CustomerInput(name="Ali", mobile="09120000001"))
    new = TicketInput(fault="روشن نمی‌شود", customer_id=customer.id)
    assert open_ticket(last_of_1403, new).number == "1403-0001"
    assert open_ticket(last_of_1403, new).number == "1403-0002"
    assert open_ticket(first_of_1404, new).number == "1404-0001"
    assert open_ticket(last_of_1403, new).number == "1403-0003"


def test_an_arabic_desk_numbers_in_the_hijri_year(store):
    desk = desk_on(store, "ar", date(2025, 6, 15))  # 1446/12/19 Umm al-Qura
    customer = create_customer(desk, CustomerInput(name="محمد العتيبي", mobile="0501234567"))
    numbers = [open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=customer.id)).number for _ in range(2)]
    assert numbers == ["1446-0001", "1446-0002"]
    new_year = desk_on(store, "ar", date(2025, 6, 26))  # 1447/01/01
    assert open_ticket(new_year, TicketInput(fault="روشن نمی‌شود", customer_id=customer.id)).number == "1447-0001"


# --- two clerks saving at the same moment --------------------------------------------

WRITERS = 2
TICKETS_EACH = 25


def _open_tickets_in_own_process(db_file: str, customer_id: int, count: int, start, results) -> None:
    """One clerk's PC: its own process, its own store and desk, opening tickets flat out."""
    try:
        store = open_store(f"sqlite:///{db_file}")
        desk = desk_on(store, "fa", date(2025, 6, 15))
        start.wait(timeout=30)
        numbers = [open_ticket(desk, TicketInput(customer_id=customer_id, fault="x")).number
                   for _ in range(count)]
        store.close()
        results.put(("ok", numbers))
    except BaseException as error:  # report everything to the test, never hang it
        results.put(("error", f"{type(error).__name__}: {error}"))


def test_two_writers_in_two_processes_get_unique_consecutive_numbers(db_path: Path, store, desk):
    customer = create_customer(desk, CustomerInput(name="Ali", mobile="09120000001"))
    store.close()

    spawn = multiprocessing.get_context("spawn")
    start, results = spawn.Barrier(WRITERS), spawn.Queue()
    writers = [
        spawn.Process(target=_open_tickets_in_own_process,
                      args=(str(db_path), customer.id, TICKETS_EACH, start, results))
        for _ in range(WRITERS)
    ]
    began = time.monotonic()
    for w in writers:
        w.start()
    try:
        outcomes = [results.get(timeout=60) for _ in writers]
    finally:
        for w in writers:
            w.join(timeout=10)
            if w.is_alive():
                w.kill()
    elapsed = time.monotonic() - began

    errors = [detail for status, detail in outcomes if status != "ok"]
    assert errors == []
    assert [w.exitcode for w in writers] == [0] * WRITERS
    per_writer = [detail for _, detail in outcomes]
    for numbers in per_writer:
        assert len(numbers) == TICKETS_EACH
        assert numbers == sorted(numbers)  # each clerk's own numbers go up
    every = [n for numbers in per_writer for n in numbers]
    assert sorted(every) == [f"1404-{i:04d}" for i in range(1, WRITERS * TICKETS_EACH + 1)]

    check = open_store(f"sqlite:///{db_path}")
    try:
        with check.read() as session:
            assert session.scalar(select(Counter.last).where(Counter.year == 1404)) == 50
        assert len({find_ticket(desk_on(check, "fa", date(2025, 6, 15)), n).id for n in every}) == 50
    finally:
        check.close()
    assert elapsed < 30
