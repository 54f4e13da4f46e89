"""Alembic environment. The engine comes from app.store.migrations; for writing a new
revision by hand, `KHEDMAT_DATABASE_URL` names a scratch database at the current head."""
from __future__ import annotations

import os

from alembic import context
from sqlalchemy import Connection, create_engine

import app.domain

config = context.config
target_metadata = app.domain.Base.metadata


def _sqlite_foreign_keys(connection: Connection, on: bool) -> None:
    """SQLite takes this only outside a transaction, so straight on the driver's connection
    (SQLAlchemy would begin one first)."""
    connection.connection.driver_connection.execute(f"PRAGMA foreign_keys = {'ON' if on else 'OFF'}")


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or create_engine(os.environ["KHEDMAT_DATABASE_URL"])
    with engine.connect() as connection:
        # SQLite changes most of a table by copying it, and the old copy of a table others
        # refer to (tickets, units, products) cannot be dropped while foreign keys are
        # enforced. SQLite's own procedure: enforcement off for the migration, every
        # reference checked before it commits, enforcement back on.
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _sqlite_foreign_keys(connection, on=False)
        try:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=True,
                compare_type=True,
            )
            with context.begin_transaction():
                context.run_migrations()
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise RuntimeError("a migration left a reference to a missing row; nothing was changed")
        finally:
            if sqlite:
                _sqlite_foreign_keys(connection, on=True)


run_migrations_online()
