"""Every write of a business record leaves an entry in the audit trail (who, when, what,
before and after), from the store layer; the database refuses to change or delete one."""
from __future__ import annotations

import json
import sqlite3
from datetime import date

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError

from app.domain.audit import AuditEntry
from app.domain.kinds import Role
from app.domain.workflow import TicketStatus
from app.importing import import_workbook
from app.services.archive import delete_customer
from app.services.customers import CustomerInput, create_customer, update_customer
from app.services.desk import Actor, Desk
from app.services.merge import merge_customers
from app.services.tickets import TicketInput, move_ticket, open_ticket
from tests.importing.conftest import write_book


def entries(desk, record_type=None):
    with desk.store.read() as session:
        query = select(AuditEntry).order_by(AuditEntry.id)
        if record_type:
            query = query.where(AuditEntry.record_type == record_type)
        return [(e.action, e.record_type, e.record_id, e.user_name, json.loads(e.changes))
                for e in session.scalars(query)]


def test_a_new_customer_a_change_and_a_deletion_are_each_recorded_with_who(desk):
    reza = create_customer(desk, CustomerInput(name="رضا امینی", mobile="09121111111", city="شیراز"))
    update_customer(desk, reza.id, reza.version, CustomerInput(name="رضا امینی", mobile="09121111111",
                                                               city="تبریز"))
    delete_customer(desk, reza.id, reza.version + 1)
    made, changed, deleted = entries(desk, "customers")
    assert made[:4] == ("create", "customers", reza.id, "admin")
    assert made[4]["name"] == "رضا امینی" and made[4]["mobile"] == "+989121111111"
    assert changed[:4] == ("update", "customers", reza.id, "admin")
    assert changed[4] == {"city": ["شیراز", "تبریز"]}, "only what a person changed, no version or fold"
    assert deleted[:3] == ("delete", "customers", reza.id) and deleted[4]["city"] == "تبریز"


def test_the_trail_names_the_account_that_acted(desk):
    clerk = Desk(desk.store, Actor(desk.actor.id, "sara", Role.CLERK), desk.locale, desk.today)
    create_customer(clerk, CustomerInput(name="سارا", mobile="09351234567"))
    assert [e[3] for e in entries(desk, "customers")] == ["sara"]


def test_a_ticket_its_move_and_its_history_are_recorded(desk):
    owner = create_customer(desk, CustomerInput(name="رضا", mobile="09121111111"))
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id))
    move_ticket(desk, ticket.id, ticket.version, TicketStatus.DIAGNOSING)
    tickets = entries(desk, "tickets")
    assert [e[0] for e in tickets] == ["create", "update"]
    assert tickets[1][4]["status"] == ["received", "diagnosing"]
    assert {e[1] for e in entries(desk)} >= {"customers", "tickets", "ticket_events"}


def test_rows_moved_by_a_statement_are_recorded_row_by_row(desk):
    keep = create_customer(desk, CustomerInput(name="رضا", mobile="09121111111"))
    other = create_customer(desk, CustomerInput(name="رضا امینی", mobile="09121111112"))
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=other.id))
    merge_customers(desk, keep.id, keep.version, other.id, other.version)
    moved = [e for e in entries(desk, "ticket_events") if e[0] == "update"]
    assert moved and all(e[4]["customer_id"] == [other.id, keep.id] for e in moved)
    assert ("update", "tickets", ticket.id) in [e[:3] for e in entries(desk, "tickets")]
    assert ("delete", "customers", other.id) in [e[:3] for e in entries(desk, "customers")]


def test_an_import_records_each_batch_with_the_ids_it_made(desk, tmp_path):
    path = write_book(tmp_path / "log.xlsx", {"Sheet1": [
        ["نام", "همراه", "سریال"],
        *[[f"مشتری {i}", f"0912{i:07d}", f"SN-{i}"] for i in range(1, 31)],
    ]})
    import_workbook(desk, path)
    made = entries(desk, "customers")
    assert [(e[0], e[2]) for e in made] == [("create", None)]
    assert made[0][4]["count"] == 30 and sum(b - a + 1 for a, b in made[0][4]["ids"]) == 30
    assert entries(desk, "assets")[0][4]["count"] == 30


def test_the_database_refuses_to_change_or_delete_an_entry(desk, db_path):
    create_customer(desk, CustomerInput(name="رضا", mobile="09121111111"))
    kept = entries(desk)
    for statement in ("UPDATE audit_log SET user_name = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"), desk.store.write() as session:
            session.execute(text(statement))
        with sqlite3.connect(db_path) as raw, pytest.raises(sqlite3.DatabaseError, match="append-only"):
            raw.execute(statement)
    assert entries(desk) == kept


def test_every_business_table_written_by_a_day_at_the_counter_is_in_the_trail(desk):
    from app.domain import Base
    from app.services.demo import fill_demo

    fill_demo(desk, customers=20, seed=5)
    owner = create_customer(desk, CustomerInput(name="رضا", mobile="09121111111"))
    ticket = open_ticket(desk, TicketInput(fault="روشن نمی‌شود", customer_id=owner.id,
                                           promised_date=date(2025, 6, 20)))
    move_ticket(desk, ticket.id, ticket.version, TicketStatus.DIAGNOSING)
    with desk.store.read() as session:
        written = {table.name for table in Base.metadata.sorted_tables
                   if table.name not in ("audit_log", "counters")
                   and session.scalar(select(func.count()).select_from(table))}
    assert written <= {e[1] for e in entries(desk)}
