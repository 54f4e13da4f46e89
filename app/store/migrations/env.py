"""Alembic environment. The engine comes from app.store.migrations; for writing a new
revision by hand, `KHEDMAT_DATABASE_URL` names a scratch database at the current head."""
from __future__ import annotations

import os

from alembic import context
from sqlalchemy import create_engine

import app.domain

config = context.config
target_metadata = app.domain.Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine") or create_engine(os.environ["KHEDMAT_DATABASE_URL"])
    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()


run_migrations_online()
