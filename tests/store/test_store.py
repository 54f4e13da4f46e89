"""The database file: created by migration, refused when it is not ours, safe when busy."""
from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

import app.store.engine as engine_module
from app.domain.numbering import Counter
from app.domain.people import Customer
from app.errors import Conflict, DatabaseDamaged, DatabaseLocked, DatabaseTooNew
from app.locale.display import Locale
from app.services.customers import CustomerInput, create_customer, get_customer, update_customer
from app.services.desk import open_desk
from app.services.tickets import TicketInput, open_ticket
from app.store import open_store
from app.store.backup import backup_sqlite
from app.store.migrations import current_revision, head_revision, upgrade

PROJECT = Path(__file__).resolve().parents[2]

TEXT = "name,mobile\nعلی,09121234567\n".encode()
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
NOT_OURS = "is not a Khedmat database or it is damaged. Restore it from a backup."


def url(path: Path) -> str:
    return f"sqlite:///{path}"


def siblings(path: Path) -> list[str]:
    """Every file beside `path` whose name starts with its name (-wal, -shm, -journal, ...)."""
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name))


def count(store, model) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(model))


# --- a new database ------------------------------------------------------------------


def test_a_new_file_gets_the_schema_by_migration(db_path):
    assert not db_path.exists()
    store = open_store(url(db_path))
    try:
        assert db_path.exists()
        assert current_revision(store.engine) == head_revision()
        with store.engine.connect() as conn:
            tables = {row[0] for row in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert {"alembic_version", "customers", "assets", "warranties", "contracts", "tickets",
                "ticket_events", "counters", "followups"} <= tables
    finally:
        store.close()


def test_connections_use_wal_and_enforce_foreign_keys(store):
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == engine_module.BUSY_TIMEOUT_S * 1000


def test_foreign_keys_are_enforced_on_writes(store):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), store.write() as session:
        session.execute(text(
            "INSERT INTO ticket_events (customer_id, kind, text, at) "
            "VALUES (424242, 'note', '', '2025-01-01 00:00:00')"))
    with store.engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM ticket_events").scalar() == 0


def test_an_empty_file_is_taken_as_a_new_database(db_path):
    db_path.touch()
    store = open_store(url(db_path))
    try:
        assert current_revision(store.engine) == head_revision()
        desk = open_desk(store, Locale.for_language("fa"))
        create_customer(desk, CustomerInput(name="Ali", mobile="09120000001"))
        assert count(store, Customer) == 1
    finally:
        store.close()


# --- files that are not ours ----------------------------------------------------------


@pytest.mark.parametrize("content", [TEXT, PNG, b"x"], ids=["text", "png", "one-byte"])
def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path, content):
    path = tmp_path / "customers.csv"
    path.write_bytes(content)
    with pytest.raises(DatabaseDamaged) as caught:
        open_store(url(path))
    assert caught.value.message() == f"{path} {NOT_OURS}"
    assert path.read_bytes() == content
    assert siblings(path) == ["customers.csv"]


def test_a_damaged_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "khedmat.db"
    content = b"SQLite format 3\x00" + bytes(range(256)) * 16
    path.write_bytes(content)
    with pytest.raises(DatabaseDamaged) as caught:
        open_store(url(path))
    assert NOT_OURS in caught.value.message()
    assert path.read_bytes() == content
    assert siblings(path) == ["khedmat.db"]


def _other_programs_database(path: Path) -> bytes:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.close()
    return path.read_bytes()


def test_another_programs_database_is_refused(tmp_path):
    path = tmp_path / "accounts.db"
    _other_programs_database(path)
    with pytest.raises(DatabaseDamaged) as caught:
        open_store(url(path))
    assert caught.value.message() == f"{path} {NOT_OURS}"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall() == [
            ("invoices",)]
        assert conn.execute("SELECT total FROM invoices").fetchall() == [(12.5,)]
    conn.close()


def test_another_programs_database_is_left_byte_identical(tmp_path):
    path = tmp_path / "accounts.db"
    before = _other_programs_database(path)
    with pytest.raises(DatabaseDamaged):
        open_store(url(path))
    assert siblings(path) == ["accounts.db"]
    assert path.read_bytes() == before


# --- busy, stale, too new --------------------------------------------------------------


def test_a_write_while_another_user_holds_the_write_lock_is_refused_cleanly(
    db_path, store, desk, monkeypatch
):
    customer = create_customer(desk, CustomerInput(name="Ali", mobile="09120000001"))
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_S", 0.2)
    second = open_store(url(db_path))
    try:
        clerk = open_desk(second, Locale.for_language("fa"))
        clerk.today = desk.today
        holder = sqlite3.connect(db_path, isolation_level=None)
        try:
            holder.execute("BEGIN IMMEDIATE")
            with pytest.raises(DatabaseLocked) as caught:
                create_customer(clerk, CustomerInput(name="Sara", mobile="09120000002"))
            assert caught.value.message() == (
                f"The database is busy with another user's work ({db_path}). "
                "Please try again in a moment.")
            with pytest.raises(DatabaseLocked):
                open_ticket(clerk, TicketInput(fault="روشن نمی‌شود", customer_id=customer.id))
            # reading still works while the other user writes
            assert get_customer(clerk, customer.id).name == "Ali"
        finally:
            holder.execute("ROLLBACK")
            holder.close()

        # nothing half-written: no customer, no ticket, no number taken
        assert count(second, Customer) == 1
        assert count(second, Counter) == 0
        assert open_ticket(clerk, TicketInput(fault="روشن نمی‌شود", customer_id=customer.id)).number == "1404-0001"
        assert create_customer(clerk, CustomerInput(name="Sara", mobile="09120000002")).name == "Sara"
    finally:
        second.close()


def test_saving_over_someone_elses_save_is_a_conflict(desk):
    created = create_customer(desk, CustomerInput(name="Ali", mobile="09120000001", city="Tehran"))
    first_read = get_customer(desk, created.id)
    second_read = get_customer(desk, created.id)
    assert first_read.version == second_read.version

    saved = update_customer(desk, created.id, first_read.version,
                            CustomerInput(name="Ali Rezaei", mobile="09120000001", city="Tehran"))
    assert saved.version != first_read.version
    with pytest.raises(Conflict) as caught:
        update_customer(desk, created.id, second_read.version,
                        CustomerInput(name="Ali", mobile="09120000001", city="Shiraz"))
    assert "Someone else saved this record" in caught.value.message()

    now = get_customer(desk, created.id)
    assert (now.name, now.city, now.version) == ("Ali Rezaei", "Tehran", saved.version)


def test_a_database_from_a_newer_version_is_refused(db_path, store):
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    store.close()
    with pytest.raises(DatabaseTooNew) as caught:
        open_store(url(db_path))
    assert caught.value.message() == (
        f"{db_path} was made by a newer version of Khedmat. Install the newer version to open it.")
    assert not (db_path.parent / "backups").exists()
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (
            "9999_from_the_future",)
    conn.close()


def test_db_upgrade_of_an_up_to_date_database_does_nothing(db_path, store):
    assert upgrade(store) is None
    assert current_revision(store.engine) == head_revision()
    assert not (db_path.parent / "backups").exists()


# --- backups -------------------------------------------------------------------------


def test_a_backup_taken_while_the_database_is_in_use_is_a_readable_copy(db_path, store, desk, tmp_path):
    create_customer(desk, CustomerInput(name="Ali", mobile="09120000001"))
    in_use = sqlite3.connect(db_path, isolation_level=None)
    try:
        in_use.execute("BEGIN IMMEDIATE")
        in_use.execute("UPDATE customers SET name = 'not committed'")
        with store.read() as session:  # and a reader of our own, mid-transaction
            assert session.scalar(select(Customer.name)) == "Ali"
            target = backup_sqlite(db_path, tmp_path / "copies" / "khedmat-copy.db")
    finally:
        in_use.execute("ROLLBACK")
        in_use.close()

    assert target == tmp_path / "copies" / "khedmat-copy.db"
    assert not (tmp_path / "copies" / "khedmat-copy.db.partial").exists()
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    conn.close()
    copy = open_store(url(target))
    try:
        assert current_revision(copy.engine) == head_revision()
        with copy.read() as session:
            assert session.scalars(select(Customer.name)).all() == ["Ali"]
    finally:
        copy.close()
    # the original is still in use and unchanged
    assert count(store, Customer) == 1


# --- the command line ----------------------------------------------------------------


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=PROJECT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_cli_refuses_a_text_file_given_as_database(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(TEXT)
    result = run_cli("--db", str(path), "--lang", "en", "lookup", "X")
    assert result.returncode == 2
    assert result.stderr.strip() == f"{path} {NOT_OURS}"
    assert result.stdout == ""
    assert path.read_bytes() == TEXT
    assert siblings(path) == ["notes.txt"]
