"""Opening the database: SQLite (the embedded default) or any SQLAlchemy URL.

The database is always handed in (a URL); nothing here connects on import.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Select, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from app.errors import DatabaseDamaged
from app.i18n import QT_TRANSLATE_NOOP
from app.store.backup import backup_folder
from app.store.errors import user_facing_db_errors

log = logging.getLogger("khedmat.store")

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10


def as_date(value: date | str | None) -> date | None:
    """A date column's value from `Store.rows`, whichever driver read it."""
    return date.fromisoformat(value) if isinstance(value, str) else value


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def database_files(url: str) -> frozenset[Path]:
    """The SQLite file behind `url` and its journal files (resolved): paths nothing may be
    written to but the database itself. Empty for other databases."""
    path = sqlite_path(url)
    if path is None:
        return frozenset()
    database = path.resolve()
    return frozenset({database, *(database.with_name(database.name + s) for s in ("-wal", "-shm", "-journal"))})


def describe_url(url: str) -> str:
    """How a database is named to the user: its file, or its URL without the password."""
    path = sqlite_path(url)
    return str(path) if path else make_url(url).render_as_string(hide_password=True)


def check_sqlite_file(path: Path) -> None:
    """Refuse a file that is not SQLite before SQLite gets a chance to write to it."""
    if not path.exists() or path.stat().st_size == 0:
        return
    with path.open("rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "{where} is not a Khedmat database or it is damaged. "
                                        "Restore it from a backup."),
            where=str(path),
        )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see _begin).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_S * 1000}")
    # FULL: each commit reaches the disk before it returns, so a ticket whose number was
    # printed on a job card survives a power cut (NORMAL may lose the last commits in WAL
    # mode). Measured: about 1 ms more per ticket opened, nothing on an import (one commit).
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.close()


def use_wal(engine: Engine) -> None:
    """Write-ahead logging, so clerks read while another saves. It is a property of the
    file, so it is switched on only once the file is known to be Khedmat's."""
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("PRAGMA journal_mode = WAL")
    finally:
        raw.close()


def _sqlite_begin(conn: Any) -> None:
    # A writer takes the write lock when it begins, so two writers queue on the busy
    # timeout instead of failing when a read lock cannot be upgraded.
    write = conn.get_execution_options().get("khedmat_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def create_store_engine(url: str) -> Engine:
    path = sqlite_path(url)
    if make_url(url).get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if path is not None:
        check_sqlite_file(path)
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


class Store:
    """One database. `write()` and `read()` each give a session that is one transaction."""

    def __init__(self, engine: Engine, url: str, backup_dir: Path | None = None) -> None:
        self.engine = engine
        self.url = url
        self.backup_dir = backup_dir
        self._writer = sessionmaker(engine.execution_options(khedmat_write=True), expire_on_commit=False)
        self._reader = sessionmaker(engine, expire_on_commit=False)
        self._statements: dict[Select, tuple[str, tuple[str, ...] | None]] = {}

    @property
    def where(self) -> str:
        return describe_url(self.url)

    @property
    def backup_folder(self) -> Path | None:
        """Where this database's backups go (app.store.backup.backup_folder); None for a
        server's database, which its own tools back up."""
        path = sqlite_path(self.url)
        return None if path is None else backup_folder(path, self.backup_dir)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A read-write transaction: committed when the block ends, rolled back on error."""
        with user_facing_db_errors(self.where), self._writer() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only unit of work; whatever it changes is rolled back."""
        with user_facing_db_errors(self.where), self._reader() as session:
            try:
                yield session
            finally:
                session.rollback()

    def rows(self, statement: Select, **params: Any) -> list[tuple[Any, ...]]:
        """Run a read-only `statement` straight on a pooled DBAPI connection.

        For the hottest lookups (a serial typed or scanned at the counter), where the ORM's
        per-call work would cost many times the query itself. Values come back as the
        driver gives them: SQLite gives dates as ISO text (see `as_date`).
        """
        sql, order = self._compiled(statement)
        arguments = tuple(params[name] for name in order) if order is not None else params
        with user_facing_db_errors(self.where):
            raw = self.engine.raw_connection()
            try:
                cursor = raw.cursor()
                cursor.execute(sql, arguments)
                result = cursor.fetchall()
                cursor.close()
            finally:
                raw.close()
        return result

    def _compiled(self, statement: Select) -> tuple[str, tuple[str, ...] | None]:
        known = self._statements.get(statement)
        if known is None:
            compiled = statement.compile(dialect=self.engine.dialect)
            order = tuple(compiled.positiontup or ()) if self.engine.dialect.positional else None
            known = self._statements[statement] = (str(compiled), order)
        return known

    def close(self) -> None:
        self.engine.dispose()


def open_store(url: str, *, migrate: bool = True, backup_dir: Path | None = None) -> Store:
    """Open (creating if new) the database at `url` and bring its schema up to date.

    A new database is created by the migrations. An embedded SQLite file of an older
    schema is backed up, then upgraded; a shared server is upgraded only by
    `khedmat db upgrade`. Backups go to `backup_dir` (see `Store.backup_folder`).
    """
    from app.store.migrations import ensure_schema

    with user_facing_db_errors(describe_url(url)):
        engine = create_store_engine(url)
        store = Store(engine, url, backup_dir)
        try:
            if migrate:
                ensure_schema(store)
                if store.is_sqlite:
                    use_wal(engine)
        except BaseException:
            engine.dispose()
            raise
    return store
