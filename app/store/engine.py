"""Opening the database: SQLite (the embedded default) or any SQLAlchemy URL.

The database is always handed in (a URL); nothing here connects on import.
"""
from __future__ import annotations

import copy
import logging
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, Select, create_engine, event, inspect, select
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker

from app.domain.people import User
from app.errors import DatabaseDamaged, DatabaseLocked, DatabaseMissing, StoreError
from app.i18n import QT_TRANSLATE_NOOP
from app.store import audit
from app.store.backup import backup_folder
from app.store.busy import SUFFIX as BUSY_SUFFIX
from app.store.busy import Holder, holding
from app.store.errors import translate_db_error, user_facing_db_errors
from app.store.network import network_share

log = logging.getLogger("khedmat.store")

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_S = 10
BACKENDS = ("sqlite", "postgresql")
"""What Khedmat's schema and migrations are written and tested for."""


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
    return frozenset({database, *(database.with_name(database.name + s) for s in ("-wal", "-shm", "-journal", BUSY_SUFFIX))})


def describe_url(url: str) -> str:
    """How a database is named to the user: its file, or its URL without the password."""
    path = sqlite_path(url)
    return str(path) if path else make_url(url).render_as_string(hide_password=True)


def parse_database_url(url: str) -> URL:
    """`url` parsed, or StoreError when it is not the address of a database Khedmat works with."""
    try:
        parsed = make_url(url)
    except (sa_exc.ArgumentError, ValueError) as error:
        log.warning("database address not understood: %s", error)
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "“{url}” is not a database address Khedmat understands. Give the path "
                                        "of a database file, or a postgresql+psycopg://… address."),
            url=url.split("@")[-1]) from None
    if parsed.get_backend_name() not in BACKENDS:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "Khedmat keeps its records in an SQLite file or on a PostgreSQL server; "
                                        "“{url}” is neither."),
            url=parsed.render_as_string(hide_password=True))
    return parsed


def check_sqlite_target(path: Path, *, create: bool) -> None:
    """Refuse a path SQLite cannot use as Khedmat's database file, before SQLite opens it:
    a file on a network share, a folder, a file this user may not read and write, a file that
    is not SQLite, and (unless `create`) a file that does not exist — a mistyped path must not
    become a new database."""
    where = str(path)
    share = network_share(path)
    if share is not None:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "{where} is on a network share ({share}). Khedmat's database file must be "
                                        "on this PC's own disk: SQLite's write-ahead log does not work over a "
                                        "network file system, and the records would be damaged. For several PCs, "
                                        "keep the records on a PostgreSQL server (see the README)."),
            where=where, share=share)
    if path.is_dir():
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "{where} is a folder, not a database file. Give the path of the "
                                        "database file itself."), where=where)
    if not path.exists():
        if create:
            return
        raise DatabaseMissing(
            QT_TRANSLATE_NOOP("Errors", "There is no database at {where}. Check the path; to start a new, "
                                        "empty database there, add --create."), where=where)
    try:
        with path.open("r+b") as f:
            header = f.read(len(SQLITE_HEADER))
    except OSError as error:
        log.warning("cannot open %s: %s", where, error)
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "{where} cannot be opened for reading and writing. Check that your "
                                        "user may change the file and that no other program holds it."),
            where=where) from None
    if header and header != SQLITE_HEADER:
        raise DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "{where} is not a Khedmat database or it is damaged. "
                                        "Restore it from a backup."),
            where=where,
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
    # timeout instead of failing when a read lock cannot be upgraded. Nothing is done in
    # the transaction before it has the lock, so a writer that waited the whole timeout can
    # simply begin again (when the clerk asks to: see Store.on_busy).
    options = conn.get_execution_options()
    if not options.get("khedmat_write", False):
        conn.exec_driver_sql("BEGIN")
        return
    again = options.get("khedmat_busy")
    while True:
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            return
        except sa_exc.OperationalError as error:
            if again is None or not again(error):
                raise


def create_store_engine(url: str, *, create: bool = True) -> Engine:
    """The engine for `url`. Bound values (names, mobiles) are kept out of the messages of
    failing statements, and so out of the log. `create`: see `check_sqlite_target`."""
    parsed = parse_database_url(url)
    if parsed.get_backend_name() != "sqlite":
        try:
            return create_engine(url, pool_pre_ping=True, hide_parameters=True)
        except sa_exc.NoSuchModuleError as error:  # a driver Khedmat does not ship (postgresql+pg8000)
            log.warning("no database driver for %s: %s", describe_url(url), error)
            raise StoreError(
                QT_TRANSLATE_NOOP("Errors", "Khedmat cannot reach the database “{url}”: its driver is not "
                                            "installed. Use a postgresql+psycopg://… address."),
                url=describe_url(url)) from None
    path = sqlite_path(url)
    if path is not None:
        check_sqlite_target(path, create=create)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:  # a file where a folder should be, a drive that is not there
            log.warning("cannot make the folder of %s: %s", path, error)
            raise StoreError(QT_TRANSLATE_NOOP("Errors", "The folder for {where} cannot be made. Check the path."),
                             where=str(path)) from None
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S}, hide_parameters=True)
    event.listen(engine, "connect", _sqlite_pragmas)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


class Store:
    """One database. `write()` and `read()` each give a session that is one transaction."""

    def __init__(self, engine: Engine, url: str, backup_dir: Path | None = None) -> None:
        self.engine = engine
        self.url = url
        self._shared: dict[str, Any] = {"backup_dir": backup_dir, "on_busy": None}
        """What every view of this database (see `acting_as`) sees change at once."""
        self._writer = sessionmaker(engine.execution_options(khedmat_write=True, khedmat_busy=self._wait_again),
                                    expire_on_commit=False)
        self._reader = sessionmaker(engine, expire_on_commit=False)
        audit.install(self._writer)
        self._statements: dict[Select, tuple[str, tuple[str, ...] | None]] = {}
        self.actor = audit.Actor(None, "")
        """Who this store's writes are recorded for in the audit trail (see `acting_as`)."""

    def acting_as(self, user_id: int | None, username: str) -> Store:
        """This database, its writes recorded in the audit trail as `username`'s: the store a
        signed-in desk works through. It shares the engine, the sessions and the cache."""
        bound = copy.copy(self)
        bound.actor = audit.Actor(user_id, username)
        return bound

    def signing_in(self) -> bool:
        """Whether any active account of this database has a password: then a desk works only
        as an account that signed in (app.services.desk)."""
        with self.read() as session:
            return session.scalars(select(User.id).where(User.active.is_(True), User.password_hash.is_not(None))
                                   .limit(1)).first() is not None

    @property
    def backup_dir(self) -> Path | None:
        """The backup folder chosen in the settings (None: the default beside the database)."""
        return self._shared["backup_dir"]

    @backup_dir.setter
    def backup_dir(self, folder: Path | None) -> None:
        self._shared["backup_dir"] = folder

    @property
    def on_busy(self) -> Callable[[DatabaseLocked], bool] | None:
        """Asked, with what the clerk is told, when a save has waited the whole busy timeout
        for another's (an import holds the database until it ends: all or nothing): True
        waits again. None (a command): the save fails with that DatabaseLocked."""
        return self._shared["on_busy"]

    @on_busy.setter
    def on_busy(self, ask: Callable[[DatabaseLocked], bool] | None) -> None:
        self._shared["on_busy"] = ask

    def _wait_again(self, error: Exception) -> bool:
        known = translate_db_error(error, self.where)
        ask = self.on_busy
        return ask is not None and isinstance(known, DatabaseLocked) and ask(known)

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
    def write(self, holder: Holder | None = None) -> Iterator[Session]:
        """A read-write transaction: committed when the block ends, rolled back on error.
        `holder`: a long writer (an import) that names itself to the clerks whose saves wait."""
        path = sqlite_path(self.url)
        with user_facing_db_errors(self.where), self._writer(info={"actor": self.actor}) as session, \
                session.begin(), ExitStack() as named:
            if holder is not None and path is not None:
                session.connection()  # BEGIN IMMEDIATE: the write lock is this session's from here
                named.enter_context(holding(path, holder))
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


def open_store(url: str, *, migrate: bool = True, create: bool = True, take_empty: bool = True,
               backup_dir: Path | None = None) -> Store:
    """Open (creating if new) the database at `url` and bring its schema up to date.

    A new database is created by the migrations. An embedded SQLite file of an older
    schema is backed up, then upgraded; a shared server is upgraded only by
    `khedmat db upgrade`. `create` False: a missing SQLite file is refused (DatabaseMissing)
    instead of created. `take_empty` False: an existing SQLite file without any table (an
    empty file another program made) is refused instead of made a Khedmat database.
    Backups go to `backup_dir` (see `Store.backup_folder`).
    """
    from app.store.migrations import ensure_schema

    parse_database_url(url)  # before describe_url, which needs an address it can read
    with user_facing_db_errors(describe_url(url)):
        path = sqlite_path(url)
        existed = path is not None and path.exists()
        engine = create_store_engine(url, create=create)
        store = Store(engine, url, backup_dir)
        try:
            if existed and not take_empty and not inspect(engine).get_table_names():
                raise StoreError(
                    QT_TRANSLATE_NOOP("Errors", "{where} is an empty file that Khedmat did not make; Khedmat "
                                                "does not take it over. Give the path of a Khedmat database, or "
                                                "of a file that does not exist yet with --create."),
                    where=store.where)
            if migrate:
                ensure_schema(store)
                if store.is_sqlite:
                    use_wal(engine)
        except BaseException:
            engine.dispose()
            raise
    return store
