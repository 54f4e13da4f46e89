"""The same program on a shared PostgreSQL server (several clerks): a real server on loopback."""
from __future__ import annotations

import threading
from datetime import date

import pytest

from app.errors import Conflict
from app.i18n import Catalogue
from app.services.customers import CustomerInput, create_customer, find_customers, update_customer
from app.services.demo import fill_demo
from app.services.listing import TICKETS
from app.services.tickets import TicketInput, open_ticket
from app.services.units import lookup_coverage
from app.store.migrations import current_revision, head_revision
from tests.services.helpers import keep_legacy_name

pytestmark = pytest.mark.postgres


def test_a_new_server_database_is_created_by_the_migrations(pg_desk):
    assert current_revision(pg_desk.store.engine) == head_revision()


def test_search_folds_letters_on_the_server_too(pg_desk):
    stored = create_customer(pg_desk, CustomerInput(name="علي كريمي", mobile="09121234567"))
    keep_legacy_name(pg_desk, stored.id, "علي كريمي")
    assert [c.name for c in find_customers(pg_desk, "علی کریمی")] == ["علي كريمي"]
    assert [c.name for c in find_customers(pg_desk, "۰۹۱۲۱۲۳")] == ["علي كريمي"]


def test_two_clerks_saving_at_once_get_distinct_consecutive_numbers(pg_desk):
    owner = create_customer(pg_desk, CustomerInput(name="رضا", mobile="09121234567"))
    numbers: list[str] = []
    errors: list[BaseException] = []

    def clerk() -> None:
        try:
            for _ in range(15):
                numbers.append(open_ticket(pg_desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id)).number)
        except BaseException as error:  # noqa: BLE001 - reported by the assertion below
            errors.append(error)

    threads = [threading.Thread(target=clerk) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert sorted(int(n.split("-")[1]) for n in numbers) == list(range(1, 31))


def test_a_stale_save_is_a_conflict_on_the_server(pg_desk):
    record = create_customer(pg_desk, CustomerInput(name="نرگس", mobile="09121234567"))
    update_customer(pg_desk, record.id, record.version, CustomerInput(name="نرگس ۱", mobile="09121234567"))
    with pytest.raises(Conflict):
        update_customer(pg_desk, record.id, record.version, CustomerInput(name="نرگس ۲", mobile="09121234567"))


def test_demo_data_and_coverage_on_the_server(pg_desk):
    fill_demo(pg_desk, customers=40)
    rows = TICKETS.page(pg_desk, "", 0, 5)
    assert len(rows) == 5
    record = lookup_coverage(pg_desk, rows[0].serial, on=date(2025, 6, 15))
    assert record.serial == rows[0].serial
    later = create_customer(pg_desk, CustomerInput(name="مشتری تازه", mobile="09350000000"))
    assert later.id > 40, "sequences continue after the bulk demo insert"


def test_a_legacy_import_on_the_server_then_again_adds_nothing(pg_desk, tmp_path):
    from app.importing import Outcome, import_workbook
    from tests.importing.conftest import ROWS_FA, write_book

    path = write_book(tmp_path / "legacy.xlsx", {"پذیرش": ROWS_FA})
    first = import_workbook(pg_desk, path)
    assert first.created == {"customers": 2, "units": 3, "tickets": 3} and first.backup is None
    again = import_workbook(pg_desk, path)
    assert sum(again.created.values()) == 0 and again.count(Outcome.MERGED) == 3
    later = create_customer(pg_desk, CustomerInput(name="مشتری تازه", mobile="09350000000"))
    assert later.id > 2, "ids the import took from the sequence are not handed out again"
    assert [c.name for c in find_customers(pg_desk, "علی کریمی")] == ["علی کریمی"], "stored with the Persian desk's letters"


def test_a_server_import_says_no_backup_file_and_a_long_name_rejects_only_its_row(pg_desk, tmp_path):
    from app.importing import Outcome, import_workbook, summary_lines
    from tests.importing.conftest import write_book

    path = write_book(tmp_path / "long.xlsx", {"Sheet1": [
        ["Name", "Mobile", "Serial"],
        ["ن" * 201, "09121111111", "L-1"],  # one over the 200 the name holds on every database
        ["Reza Amini", "09122222222", "L-2"],
    ]})
    report = import_workbook(pg_desk, path)
    assert [r.outcome for r in report.results[1:]] == [Outcome.REJECTED, Outcome.IMPORTED]
    assert "201 characters" in report.results[1].message(lambda c, t: t)
    lines = summary_lines(report, Catalogue().translate, pg_desk.locale)
    assert report.backup is None and any("No backup file was taken" in line for line in lines)
    assert not any("A backup of the database" in line for line in lines)


def test_the_audit_trail_is_written_and_append_only_on_the_server(pg_desk):
    from sqlalchemy import text
    from sqlalchemy.exc import DatabaseError

    create_customer(pg_desk, CustomerInput(name="رضا", mobile="09121234567"))
    with pg_desk.store.read() as session:
        kept = session.execute(text("SELECT action, record_type, user_name FROM audit_log "
                                    "WHERE record_type = 'customers'")).all()
    assert [tuple(row) for row in kept] == [("create", "customers", "admin")]
    for statement in ("UPDATE audit_log SET user_name = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), pg_desk.store.write() as session:
            session.execute(text(statement))
