"""An embedded database of an older schema is backed up, then upgraded, keeping every record."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import create_engine, inspect

from app.services.company import company_settings
from app.services.customers import CustomerInput, create_customer, find_customers
from app.store import open_store
from app.store.migrations import alembic_config, current_revision, head_revision
from tests.conftest import make_desk


def database_at(path: Path, revision: str) -> None:
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), revision)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO customers (name, name_norm, mobile, mobile_key, phone, phone_key, email, city, "
            "address, is_company, vip, notes, version, created_at, updated_at) VALUES "
            "('علي كريمي', 'علی کریمی', '+989121234567', '9121234567', '', '', '', '', '', 0, 0, '', 1, "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00')")
    engine.dispose()


def test_opening_an_older_database_backs_it_up_then_upgrades_it(tmp_path):
    path = tmp_path / "khedmat.db"
    database_at(path, "0001")
    store = open_store(f"sqlite:///{path}")
    try:
        assert current_revision(store.engine) == head_revision()
        indexes = {i["name"] for i in inspect(store.engine).get_indexes("tickets")}
        assert "ix_tickets_opened_search" in indexes
        assert "settings" in inspect(store.engine).get_table_names()
        assert company_settings(make_desk(store)).name == ""
        desk = make_desk(store)
        assert [c.name for c in find_customers(desk, "کریمی")] == ["علي كريمي"]
        create_customer(desk, CustomerInput(name="سارا", mobile="09351112233"))
    finally:
        store.close()
    (backup,) = (tmp_path / "backups").iterdir()
    assert "before-upgrade-0001" in backup.name
    old = create_engine(f"sqlite:///{backup}")
    assert current_revision(old) == "0001"
    with old.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM customers").scalar() == 1
    old.dispose()


def test_every_migration_runs_down_and_up_again(tmp_path):
    engine = create_engine(f"sqlite:///{tmp_path / 'x.db'}")
    config = alembic_config(engine)
    command.upgrade(config, "head")
    command.downgrade(config, "base")
    assert inspect(engine).get_table_names() == ["alembic_version"]
    command.upgrade(config, "head")
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_the_schema_revision_the_code_expects_is_the_migrations_head():
    from app.store.migrations import SCHEMA_REVISION, head_revision

    assert SCHEMA_REVISION == head_revision()


def test_names_typed_with_another_heh_are_folded_again_and_found(tmp_path):
    """Trap 11: ھ, ہ and ە were not folded onto ه; a database folded the old way is refolded."""
    from app.services.listing import TICKETS
    from app.services.tickets import TicketInput, open_ticket

    path = tmp_path / "khedmat.db"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0004")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO customers (id, name, name_norm, mobile, mobile_key, phone, phone_key, email, city, "
            "address, national_id, company, is_company, vip, notes, version, created_at, updated_at) VALUES "
            "(7, 'زھرا شاہ', 'زھرا شاہ', '+989121234567', '9121234567', '', '', '', '', '', '', '', 0, 0, '', 1, "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00')")
    engine.dispose()
    store = open_store(f"sqlite:///{path}")
    try:
        desk = make_desk(store)
        assert [c.id for c in find_customers(desk, "زهرا شاه")] == [7]
        assert [c.id for c in find_customers(desk, "شاە")] == [7], "the query is folded the same way"
        open_ticket(desk, TicketInput(customer_id=7, fault="روشن نمی‌شود"))
        assert TICKETS.count(desk, "زهرا") == 1
    finally:
        store.close()


def test_names_folded_with_spaces_are_folded_again_and_their_tickets_found_without(tmp_path):
    """Trap 11: a space, a ZWNJ or nothing between parts of a word were three different folds."""
    from app.services.listing import TICKETS

    path = tmp_path / "khedmat.db"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0006")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO customers (id, name, name_norm, mobile, mobile_key, phone, phone_key, email, city, "
            "address, national_id, company, is_company, vip, notes, version, created_at, updated_at) VALUES "
            "(7, 'علی رضا محمدی', 'علی رضا محمدی', '+989121234567', '9121234567', '', '', '', '', '', '', '', "
            "0, 0, '', 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO tickets (id, number, customer_id, channel, kind, priority, status, fault, accessories, "
            "condition, currency, approval_by, coverage, coverage_note, is_rework, opened_at, search_norm, version, "
            "created_at, updated_at) VALUES (1, '1404-0001', 7, 'walk_in', 'repair', 'normal', 'received', 'x', "
            "'', '', 'IRR', '', 'none', '', 0, '2025-01-01 00:00:00', '1404-0001 علی رضا محمدی 9121234567 ', 1, "
            "'2025-01-01 00:00:00', '2025-01-01 00:00:00')")
    engine.dispose()
    store = open_store(f"sqlite:///{path}")
    try:
        desk = make_desk(store)
        assert [c.id for c in find_customers(desk, "علیرضا")] == [7]
        assert TICKETS.count(desk, "علیرضا محمدی") == 1
    finally:
        store.close()
