"""Migration 0010: a customer's mobile is unique, and customers that already share one keep
every number (the oldest its mobile, the others as their phone or in their notes)."""
from __future__ import annotations

import json

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect

from app.store import open_store
from app.store.migrations import alembic_config

CUSTOMER = ("INSERT INTO customers (id, name, name_norm, mobile, mobile_key, phone, phone_key, email, city, "
            "address, national_id, company, is_company, vip, notes, version, created_at, updated_at) VALUES "
            "({id}, 'مشتری {id}', 'مشتری {id}', {mobile}, '{key}', '{phone}', '', '', '', '', '', '', 0, 0, "
            "'{notes}', 1, '2025-01-01 00:00:00', '2025-01-01 00:00:00')")


def old_database(path, customers: list[dict]) -> None:
    engine = create_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "0010")
    with engine.begin() as conn:
        for c in customers:
            mobile = f"'{c['mobile']}'" if c.get("mobile") else "NULL"
            key = c["mobile"].lstrip("+") if c.get("mobile") else ""
            conn.exec_driver_sql(CUSTOMER.format(id=c["id"], mobile=mobile, key=key, phone=c.get("phone", ""),
                                                 notes=c.get("notes", "")))
    engine.dispose()


def test_customers_sharing_a_mobile_keep_every_number_and_the_trail_says_so(tmp_path):
    path = tmp_path / "k.db"
    old_database(path, [
        {"id": 3, "mobile": "+989121234567", "phone": "+982188776655", "notes": "مشتری قدیمی"},
        {"id": 1, "mobile": "+989121234567"},
        {"id": 2, "mobile": "+989121234567", "phone": "+982144556677"},
        {"id": 4}, {"id": 5},  # without a mobile: as many as there are
        {"id": 6, "mobile": "+989350000000"},
    ])
    store = open_store(f"sqlite:///{path}")
    try:
        with store.engine.connect() as conn:
            rows = {r[0]: r[1:] for r in conn.exec_driver_sql(
                "SELECT id, mobile, mobile_key, phone, phone_key, notes, version FROM customers")}
            trail = {r[0]: json.loads(r[1]) for r in conn.exec_driver_sql(
                "SELECT record_id, changes FROM audit_log WHERE record_type = 'customers'")}
        unique = {i["name"]: i["unique"] for i in inspect(store.engine).get_indexes("customers")}
    finally:
        store.close()
    assert rows[1][:2] == ("+989121234567", "989121234567"), "the oldest keeps its mobile"
    assert rows[2] == (None, "", "+982144556677", "", "+989121234567", 2), "its phone was taken: in its notes"
    assert rows[3] == (None, "", "+982188776655", "", "مشتری قدیمی\n+989121234567", 2)
    assert rows[4][0] is None and rows[5][0] is None and rows[6][0] == "+989350000000"
    assert trail == {2: {"mobile": ["+989121234567", None], "notes": ["", "+989121234567"]},
                     3: {"mobile": ["+989121234567", None], "notes": ["مشتری قدیمی", "مشتری قدیمی\n+989121234567"]}}
    assert unique["ix_customers_mobile"]


def test_a_newer_customer_without_a_phone_keeps_the_shared_mobile_as_its_phone(tmp_path):
    path = tmp_path / "k.db"
    old_database(path, [{"id": 1, "mobile": "+989121234567"}, {"id": 2, "mobile": "+989121234567"}])
    store = open_store(f"sqlite:///{path}")
    try:
        with store.engine.connect() as conn:
            second = conn.exec_driver_sql("SELECT mobile, phone, phone_key, notes FROM customers WHERE id = 2").one()
    finally:
        store.close()
    assert tuple(second) == (None, "+989121234567", "989121234567", "")


def test_the_database_refuses_a_second_customer_with_the_same_mobile(store):
    from sqlalchemy.exc import IntegrityError

    with store.engine.begin() as conn:
        for id_ in (1, 2):
            conn.exec_driver_sql(CUSTOMER.format(id=id_, mobile="NULL", key="", phone="", notes=""))
        conn.exec_driver_sql(CUSTOMER.format(id=3, mobile="'+989121234567'", key="989121234567", phone="", notes=""))
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.exec_driver_sql(CUSTOMER.format(id=4, mobile="'+989121234567'", key="989121234567", phone="", notes=""))


def test_a_save_the_database_refuses_for_a_taken_mobile_is_a_duplicate_in_the_users_words(store):
    from sqlalchemy import text

    from app.errors import AlreadyTaken

    with store.write() as session:
        session.execute(text(CUSTOMER.format(id=1, mobile="'+989121234567'", key="989121234567", phone="", notes="")))
    with pytest.raises(AlreadyTaken) as caught, store.write() as session:
        session.execute(text(CUSTOMER.format(id=2, mobile="'+989121234567'", key="989121234567", phone="", notes="")))
    assert (caught.value.column, caught.value.field) == ("customers.mobile", "mobile")
    assert "Another clerk has just saved a customer with this mobile" in caught.value.message()


@pytest.mark.postgres
def test_customers_sharing_a_mobile_on_a_server_are_upgraded_too(pg_desk):
    from sqlalchemy import text

    config = alembic_config(pg_desk.store.engine)
    command.downgrade(config, "0010")
    with pg_desk.store.engine.begin() as conn:
        for id_ in (1, 2):
            conn.execute(text(CUSTOMER.format(id=id_, mobile="'+989121234567'", key="989121234567", phone="",
                                              notes="").replace(", 0, 0,", ", false, false,")))
    command.upgrade(config, "head")
    with pg_desk.store.engine.connect() as conn:
        rows = conn.execute(text("SELECT id, mobile, phone FROM customers ORDER BY id")).all()
        trail = conn.execute(text("SELECT record_id FROM audit_log WHERE record_type = 'customers'")).scalars().all()
    assert [tuple(r) for r in rows] == [(1, "+989121234567", ""), (2, None, "+989121234567")]
    assert trail == [2]
