"""Many rows at once: one executemany per table, with the conversions Core applies."""
from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, text

from app.domain.people import Customer
from app.store.bulk import insert_rows, reserve_ids


def test_rows_take_their_defaults_and_read_back_as_the_orm_wrote_them(store):
    with store.write() as session:
        ids = reserve_ids(session, Customer.__table__, 2)
        opened = datetime(2024, 5, 1, 10, 30, tzinfo=UTC)
        insert_rows(session, Customer, [dict(id=id_, name=name, name_norm=name, mobile=None, version=1)
                                        for id_, name in zip(ids, ("Ali", "Sara"), strict=True)])
        orm = Customer(name="Reza", name_norm="reza", version=1, created_at=opened, updated_at=opened)
        session.add(orm)
        session.flush()
    with store.read() as session:
        stamps = {name: (created, updated) for name, created, updated in
                  session.execute(select(Customer.name, Customer.created_at, Customer.updated_at))}
        raw = dict(session.execute(text("SELECT name, typeof(created_at) FROM customers")).all())
    assert stamps["Reza"] == (opened, opened)
    bulk = stamps["Ali"]
    assert bulk == stamps["Sara"] and bulk[0].tzinfo is UTC and abs(datetime.now(UTC) - bulk[0]).total_seconds() < 60
    assert set(raw.values()) == {"text"}  # a shared default is sent as the text the driver makes of it


def test_bulk_cache_is_larger_while_it_lasts_and_restored_after(store):
    from app.store.bulk import BULK_CACHE_KB, bulk_cache

    with store.write() as session:
        size = session.execute(text("PRAGMA cache_size")).scalar()
        with bulk_cache(session):
            assert session.execute(text("PRAGMA cache_size")).scalar() == -BULK_CACHE_KB
        assert session.execute(text("PRAGMA cache_size")).scalar() == size


def test_rows_as_tuples_of_named_columns_with_shared_values(store):
    with store.write() as session:
        ids = reserve_ids(session, Customer.__table__, 3)
        insert_rows(session, Customer, [(id_, name, name.lower()) for id_, name in zip(ids, ("Ali", "Sara", "Reza"),
                                                                                       strict=True)],
                    columns=("id", "name", "name_norm"), shared=dict(city="Qom", version=1))
    with store.read() as session:
        rows = session.execute(select(Customer.name, Customer.name_norm, Customer.city, Customer.version)
                               .order_by(Customer.id)).all()
    assert [tuple(r) for r in rows] == [("Ali", "ali", "Qom", 1), ("Sara", "sara", "Qom", 1), ("Reza", "reza", "Qom", 1)]
