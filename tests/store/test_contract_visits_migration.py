"""Upgrading to contract visits: each job a contract paid for becomes one of its visits; a
cancelled job does not; the count of visits used stays what it was."""
from __future__ import annotations

from alembic import command
from sqlalchemy import create_engine

from app.store import open_store
from app.store.migrations import alembic_config
from tests.conftest import make_desk


def test_jobs_under_contract_become_its_visits_and_old_contracts_stay_signed_with_parts(tmp_path):
    path = tmp_path / "khedmat.db"
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0011")
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO customers (id, name, name_norm, mobile, mobile_key, phone, phone_key, email, city, address, "
            "is_company, vip, notes, version, created_at, updated_at) VALUES (1, 'رضا', 'رضا', NULL, '', '', '', "
            "'', '', '', 0, 0, '', 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00')")
        conn.exec_driver_sql(
            "INSERT INTO contracts (id, number, customer_id, start_date, end_date, price, currency, visits_included, "
            "visits_used, response_hours, terms, version, created_at, updated_at) VALUES (1, 'AMC-1404-0001', 1, "
            "'2025-01-01', '2025-12-31', 0, 'IRR', 4, 3, 24, '', 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00')")
        for id_, status, opened in ((1, "received", "2025-03-01 21:30:00"), (2, "cancelled", "2025-04-01 08:00:00")):
            conn.exec_driver_sql(
                "INSERT INTO tickets (id, number, customer_id, contract_id, channel, kind, priority, status, fault, "
                "accessories, condition, currency, approval_by, coverage, coverage_note, is_rework, opened_at, "
                "search_norm, version, created_at, updated_at) VALUES "
                f"({id_}, '1404-000{id_}', 1, 1, 'walk_in', 'repair', 'normal', '{status}', 'x', '', '', 'IRR', '', "
                f"'contract', 'AMC-1404-0001', 0, '{opened}', '', 1, '{opened}', '{opened}')")
    engine.dispose()
    store = open_store(f"sqlite:///{path}")
    try:
        from app.services.contracts import contract_visits, get_contract

        desk = make_desk(store)
        contract = get_contract(desk, 1)
        assert (contract.draft, contract.parts_included, contract.visits_used) == (False, True, 3)
        (visit,) = contract_visits(desk, 1)
        assert (visit.ticket_id, visit.visited_on.isoformat()) == (1, "2025-03-01")
    finally:
        store.close()
