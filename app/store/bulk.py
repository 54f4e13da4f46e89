"""Writing many rows at once: ids taken ahead, then one executemany per table.

Two things make SQLAlchemy's own bulk insert slow for an import of a hundred thousand rows:
RETURNING the new ids is sent one row at a time on SQLite (the order of its RETURNING rows
is not guaranteed), and each row's parameters go through the statement's per-row
bookkeeping. So ids are taken first, each column's bind processor (the same conversion
Core applies: dates, UTC times, money in hundredths) is applied in one loop, and the rows
go to the driver's executemany.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Date, DateTime, Dialect, Table, func, insert, select, text
from sqlalchemy.orm import Session

from app.store import audit

BULK_CACHE_KB = 32 * 1024
"""SQLite's page cache while a bulk write runs (its default is 2 MB)."""


@contextmanager
def bulk_cache(session: Session) -> Iterator[None]:
    """A larger page cache on SQLite while many rows go into indexed tables: each insert
    touches a page of every index of its table, and with SQLite's default cache of 2 MB an
    import of 100,000 rows kept reading back the pages it had just written (about a fifth of
    the time of its inserts). The connection's own size is restored after. A server sizes
    its cache itself."""
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        yield
        return
    before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KB}")
    try:
        yield
    finally:
        if not connection.closed and not connection.invalidated:
            connection.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """Ids for `count` new rows of `table`, nobody else's, inside the caller's transaction."""
    if count == 0:
        return []
    if session.get_bind().dialect.name == "postgresql":
        return list(session.execute(
            text("SELECT nextval(pg_get_serial_sequence(:table, 'id')) FROM generate_series(1, :count)"),
            {"table": table.name, "count": count}).scalars())
    # SQLite: the writer holds the database's write lock (BEGIN IMMEDIATE), so no other
    # writer can take these between reading the largest id and inserting.
    top = session.execute(select(func.max(table.c.id))).scalar() or 0
    return list(range(top + 1, top + 1 + count))


def insert_rows(session: Session, into: Table | type, rows: Sequence[Any], *, with_ids: bool = False,
                columns: Sequence[str] | None = None, shared: dict[str, Any] | None = None) -> list[int]:
    """Insert `rows` into a table or a mapped class's table at once: one executemany, or on
    SQLite INSERTs of many rows each (`_insert_in_chunks`).

    Each row is a dict by column name, or, when `columns` names them, a tuple of those
    columns' values (a hundred thousand rows of two dozen columns are made and read much
    faster as tuples). `shared` gives values every row has; columns no row gives take their
    default. With `with_ids` (dict rows), each row gets a reserved id, and the ids are
    returned in the order of `rows`. The values of columns converted in Python (dates,
    times, money, flags) must be hashable: equal ones are converted once.
    """
    if not rows:
        return []
    table: Table = into if isinstance(into, Table) else into.__table__  # type: ignore[attr-defined]
    ids: list[int] = []
    if with_ids:
        if columns is not None:
            raise TypeError("insert_rows gives ids to dict rows only")
        ids = reserve_ids(session, table, len(rows))
        for row, id_ in zip(rows, ids, strict=True):
            row["id"] = id_
    connection = session.connection()
    dialect = connection.dialect
    count = len(rows)
    if columns is None:
        given: dict[str, Iterable[Any]] = {name: map(itemgetter(name), rows) for name in rows[0]}
    else:
        given = dict(zip(columns, zip(*rows, strict=True), strict=True))
    shared = dict(shared or {})
    defaults = {c.name: c.default.arg for c in table.columns  # type: ignore[attr-defined]
                if c.name not in given and c.name not in shared and c.default is not None}
    if any(table.c[name].default.is_clause_element for name in defaults):  # type: ignore[union-attr]
        raise TypeError(f"insert_rows cannot evaluate the SQL defaults of {table.name}")
    for name, default in defaults.items():
        shared[name] = default(None) if callable(default) else default  # the rows are written in one moment
    names = [*given, *shared]
    sql, order, positional = _statement(table, tuple(names), dialect)
    values: dict[str, list[Any]] = {}
    for name in names:
        kind = table.c[name].type
        converted = kind.bind_processor(dialect) is not None or isinstance(kind, (Date, DateTime))
        convert = _converter(table, name, dialect) if converted else None
        if name in shared:
            value = shared[name]
            values[name] = [convert(value) if convert else value] * count
        else:
            values[name] = list(map(convert, given[name]) if convert else given[name])
    params: list[Any] = list(zip(*(values[name] for name in order), strict=True))
    if not positional:
        params = [dict(zip(order, row, strict=True)) for row in params]
        connection.exec_driver_sql(sql, params)
    else:
        _insert_in_chunks(connection, sql, params, len(order))
    if ids or "id" not in names:
        written = ids
    else:
        written = list(values["id"])
    audit.record_bulk(session, table, written, count)
    return ids


CHUNK_ROWS = 500
"""Rows an INSERT statement carries on SQLite (within its 32,766 parameters)."""


def _insert_in_chunks(connection: Any, sql: str, params: list[Any], width: int) -> None:
    """`params` inserted by INSERTs of many rows each rather than one executemany: on SQLite
    every statement runs in a savepoint, at which FTS5 writes out what it holds of the trigram
    indexes' new entries (migration 0020's triggers add them), so a statement a row made the
    upkeep of the indexes cost 190 µs a row, and statements of 1,000 rows 37 µs."""
    per = max(1, min(CHUNK_ROWS, 32_000 // max(width, 1)))
    head, one = sql.rsplit(" VALUES ", 1)
    for start in range(0, len(params), per):
        chunk = params[start:start + per]
        connection.exec_driver_sql(f"{head} VALUES {', '.join([one] * len(chunk))}",
                                   tuple(value for row in chunk for value in row))


@lru_cache(maxsize=64)  # an import inserts the same few shapes of row in every batch
def _statement(table: Table, names: tuple[str, ...], dialect: Dialect) -> tuple[str, tuple[str, ...], bool]:
    """The INSERT of `names` into `table` as the driver takes it: its SQL, the order of its
    parameters, and whether they are positional."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(names))
    order = tuple(compiled.positiontup or ()) if compiled.positional else names
    return compiled.string, order, compiled.positional


@lru_cache(maxsize=64)
def _converter(table: Table, name: str, dialect: Dialect) -> Callable[[Any], Any]:
    """A column's values as the driver will send them, for a column converted in Python (by
    Core's bind processor or the driver's adapter: dates, times, money, flags). Rows share
    most of them (the day a job came in, the moment the old ones were closed, an amount), so
    each value is converted once for the last 4,096 distinct ones."""
    process = table.c[name].type.bind_processor(dialect)

    @lru_cache(maxsize=4096, typed=True)
    def convert(value: Any) -> Any:
        return _as_sent(dialect, process(value) if process else value)

    return convert


def _as_sent(dialect: Dialect, value: Any) -> Any:
    """A value as the driver will send it. The stdlib sqlite3 driver turns a date or a
    datetime into text with a Python adapter for each row it binds it in (a million calls in
    an import); a value many rows share is adapted once here, by the driver's own `adapt`."""
    if dialect.driver == "pysqlite" and isinstance(value, date):
        return dialect.loaded_dbapi.adapt(value)
    return value
