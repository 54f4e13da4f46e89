"""The audit trail is written here and only here: every create, update and delete of a
business record, with who, when and the values before and after, in the transaction that
makes the change.

Two paths write records, and both pass through this module: the ORM's flushes (a Session
event) and the bulk inserts of app.store.bulk (an import, the demo), which record one
entry per batch with the ids they made. Core UPDATE and DELETE statements run through a
Session are recorded row by row with the values they changed (a Session event too).
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, NamedTuple

from sqlalchemy import Table, event, insert, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from app.domain.audit import AuditEntry
from app.domain.base import utcnow

NOT_AUDITED = frozenset({AuditEntry.__tablename__, "counters", "alembic_version"})
"""Tables that are not business records: the trail itself and the number counters (every
number they hand out is on the record it numbers)."""
NOISE = frozenset({"version", "updated_at", "created_at", "search_norm", "name_norm", "serial_norm",
                   "mobile_key", "phone_key", "model_norm"})
"""Columns kept by Khedmat itself (versions, timestamps, search folds): the fields a person
changed are the record's others."""
SECRETS = frozenset({"password_hash"})
"""Columns whose values never enter the trail: that they changed is recorded, not what to."""
HIDDEN = "•••"
AUDIT = AuditEntry.__table__


class Actor(NamedTuple):
    """Who a session writes for: what the trail says of each entry it makes."""

    id: int | None
    name: str


def install(maker: sessionmaker[Session]) -> None:
    """Record every write of the sessions `maker` makes."""
    event.listen(maker, "after_flush", _after_flush)
    event.listen(maker, "do_orm_execute", _statement)


def session_actor(session: Session) -> Actor:
    return session.info.get("actor") or Actor(None, "")


def record_bulk(session: Session, table: Table, ids: list[int], count: int) -> None:
    """Rows written at once by app.store.bulk: one entry for the batch, naming the ids."""
    if table.name in NOT_AUDITED or not count:
        return
    _write(session, [_entry(session, "create", table.name, None, {"count": count, "ids": _ranges(ids)})])


def _after_flush(session: Session, _context: Any) -> None:
    entries = []
    for obj in session.new:
        if (table := _table(obj)) is not None:
            values = {k: v for k, v in _values(obj).items() if v not in (None, "") and k not in NOISE}
            entries.append(_entry(session, "create", table, _id(obj), values))
    for obj in session.dirty:
        if (table := _table(obj)) is not None and (changes := _changes(obj)):
            entries.append(_entry(session, "update", table, _id(obj), changes))
    for obj in session.deleted:
        if (table := _table(obj)) is not None:
            values = {k: v for k, v in _values(obj).items() if v not in (None, "") and k not in NOISE}
            entries.append(_entry(session, "delete", table, _id(obj), values))
    _write(session, entries)


def _statement(state: ORMExecuteState) -> Any:
    """A Core UPDATE or DELETE run through the session: the rows it touches, before and after."""
    if not (state.is_update or state.is_delete):
        return None
    name = getattr(state.statement.table, "name", None)  # type: ignore[attr-defined]
    table = AuditEntry.metadata.tables.get(name) if name else None  # the plain table: rows, not entities
    if table is None or table.name in NOT_AUDITED or "id" not in table.c:
        return None
    if state.is_update and _set_columns(state.statement) <= NOISE:
        return None  # a search fold made again: nothing a person changed
    session = state.session
    where = state.statement.whereclause  # type: ignore[attr-defined]
    query = select(table) if where is None else select(table).where(where)
    before = {row["id"]: dict(row) for row in session.execute(query).mappings()}
    result = state.invoke_statement()
    if not before:
        return result
    if state.is_delete:
        entries = [_entry(session, "delete", table.name, id_, _shown(row)) for id_, row in before.items()]
    else:
        entries = []
        for row in session.execute(select(table).where(table.c.id.in_(list(before)))).mappings():
            old = before[row["id"]]
            changes = {k: [old[k], row[k]] for k in row.keys() if k not in NOISE and old[k] != row[k]}
            if changes:
                entries.append(_entry(session, "update", table.name, row["id"], changes))
    _write(session, entries)
    return result


def _table(obj: Any) -> str | None:
    table = inspect(obj).mapper.local_table
    return None if table.name in NOT_AUDITED else table.name


def _id(obj: Any) -> int | None:
    identity = inspect(obj).identity
    value = identity[0] if identity else getattr(obj, "id", None)
    return value if isinstance(value, int) else None


def _set_columns(statement: Any) -> set[str]:
    """The columns an UPDATE sets (SQLAlchemy keeps them in `_values`; no public accessor)."""
    return {getattr(column, "key", column) for column in (statement._values or {})}


def _values(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {attr.key: state.dict[attr.key] for attr in state.mapper.column_attrs if attr.key in state.dict}


def _changes(obj: Any) -> dict[str, list[Any]]:
    state = inspect(obj)
    changes = {}
    for attr in state.mapper.column_attrs:
        if attr.key in NOISE:
            continue
        history = state.attrs[attr.key].history
        if history.added or history.deleted:
            before = history.deleted[0] if history.deleted else None
            after = history.added[0] if history.added else None
            if before != after:
                changes[attr.key] = [before, after]
    return changes


def _entry(session: Session, action: str, table: str, record_id: int | None, changes: Any) -> dict[str, Any]:
    actor = session_actor(session)
    return dict(at=utcnow(), user_id=actor.id, user_name=actor.name, action=action, record_type=table,
                record_id=record_id, changes=json.dumps(_shown(_hide_secrets(changes) if isinstance(changes, dict)
                                                               else changes), ensure_ascii=False, sort_keys=True))


def _hide_secrets(changes: dict[str, Any]) -> dict[str, Any]:
    return {k: (HIDDEN if not isinstance(v, list) else [HIDDEN if x is not None else None for x in v])
            if k in SECRETS else v for k, v in changes.items()}


def _write(session: Session, entries: list[dict[str, Any]]) -> None:
    if entries:
        session.connection().execute(insert(AUDIT), entries)


def _shown(value: Any) -> Any:
    """A value as JSON keeps it: dates and times in ISO, money as its exact digits."""
    if isinstance(value, dict):
        return {str(k): _shown(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_shown(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def _ranges(ids: Iterable[int]) -> list[list[int]]:
    """[[first, last], ...] of runs of consecutive ids: a batch's reserved ids are one run."""
    runs: list[list[int]] = []
    for id_ in sorted(ids):
        if runs and id_ == runs[-1][1] + 1:
            runs[-1][1] = id_
        else:
            runs.append([id_, id_])
    return runs
