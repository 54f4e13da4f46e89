"""Alembic migrations, run from code: the schema of a new database is created by them.

Alembic itself is loaded only when a database needs creating or upgrading: checking that
a database is current is one query, and starting the program should not pay for more.
"""
from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from app.errors import DatabaseDamaged, DatabaseTooNew, StoreError
from app.i18n import QT_TRANSLATE_NOOP
from app.store.backup import backup_sqlite, timestamped_backup_path
from app.store.engine import Store, sqlite_path

log = logging.getLogger("khedmat.store")

MIGRATIONS_DIR = Path(__file__).resolve().parent

SCHEMA_REVISION = "0021"
"""The revision the models of this code match (tests check it is the migrations' head)."""

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(engine: Engine | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    if "alembic_version" not in inspect(engine).get_table_names():
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


@cache
def known_revisions() -> frozenset[str]:
    """Every schema revision this program knows (and so can upgrade from)."""
    from alembic.script import ScriptDirectory

    return frozenset(s.revision for s in ScriptDirectory.from_config(alembic_config()).walk_revisions())


def upgrade(store: Store) -> Path | None:
    """Upgrade to the newest schema; an existing SQLite file is backed up first.

    Returns the backup's path, if one was taken.
    """
    current = current_revision(store.engine)
    if current == SCHEMA_REVISION:
        return None
    if current is None and inspect(store.engine).get_table_names():
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "{where} is not a Khedmat database or it is damaged. "
                                        "Restore it from a backup."),
            where=store.where,
        )
    if current is not None and current not in known_revisions():
        raise DatabaseTooNew(
            QT_TRANSLATE_NOOP("Errors", "{where} was made by a newer version of Khedmat. "
                                        "Install the newer version to open it."),
            where=store.where,
        )
    backup = None
    path, folder = sqlite_path(store.url), store.backup_folder
    if current is not None and path is not None and folder is not None:
        backup = backup_sqlite(path, timestamped_backup_path(path, f"before-upgrade-{current}", folder))
        log.info("backed up %s to %s before upgrading", path, backup)
    from alembic import command

    command.upgrade(alembic_config(store.engine), "head")
    log.info("database %s upgraded from %s to %s", store.where, current, head_revision())
    return backup


def ensure_schema(store: Store) -> None:
    """Create a new database, upgrade an embedded one, refuse what is not ours."""
    current = current_revision(store.engine)
    if current == SCHEMA_REVISION:
        return
    if current is None or store.is_sqlite:
        upgrade(store)
        return
    raise StoreError(
        QT_TRANSLATE_NOOP("Errors", "The database {where} needs an upgrade. "
                                    "Ask the administrator to run “khedmat db upgrade”."),
        where=store.where,
    )
