"""Helpers every service shares: loading a record for an edit, searching text."""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from math import isqrt
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Column, ColumnElement, Select, and_, column, func, literal_column, or_, select, table, union_all
from sqlalchemy.orm import Session

from app.errors import AlreadyTaken, Conflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.phone import phone_search_key, without_country_code
from app.locale.text import name_fold, normalize_search, normalize_serial

if TYPE_CHECKING:
    from app.store import Store

M = TypeVar("M")


def get_or_missing(session: Session, model: type[M], record_id: int) -> M:
    record = session.get(model, record_id)
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That record no longer exists."))
    return record


def load_for_edit(session: Session, model: type[M], record_id: int, version: int) -> M:
    """The record as it is now, provided nobody saved it since the caller read `version`."""
    record = get_or_missing(session, model, record_id)
    if record.version != version:  # type: ignore[attr-defined]
        raise Conflict.stale()
    return record


@contextmanager
def raced(store: Store, column: str, check: Callable[[Session], Any]) -> Iterator[None]:
    """A save that checks a unique value (a mobile, a serial) before it writes, and that another
    clerk's save of the same value can overtake between the check and the write: the database
    then refuses it (AlreadyTaken on `column`), and `check` runs again on what is saved now, to
    raise the DuplicateError the service gives when it finds the other record first. Should it
    find none (the other save undone since), the database's own refusal stands."""
    try:
        yield
    except AlreadyTaken as taken:
        if taken.column != column:
            raise
        with store.read() as session:
            check(session)
        raise


def like_pattern(fragment: str) -> str:
    """A LIKE pattern matching `fragment` anywhere, with LIKE's wildcards taken literally."""
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True)
class SearchTerms:
    """What a clerk typed, read each way a record can be found by it."""

    fold: str
    """The name fold (app.locale.text.name_fold): '' means nothing was typed."""
    digits: str
    """The phone key, when what was typed looks like (part of) a phone number."""
    serial: str
    """The serial key (app.locale.text.normalize_serial)."""
    national: str = ""
    """The phone key without the desk country's code it starts with (989121234567), if so:
    the digits key matches either."""

    def values(self, *keys: str) -> list[str]:
        """The readings for the named keys, each once (LIKE ignores ASCII case)."""
        seen: dict[str, str] = {}
        for key in keys:
            for value in (self.digits, self.national) if key == "digits" else (getattr(self, key),):
                if value:
                    seen.setdefault(value.lower(), value)
        return list(seen.values())

    def patterns(self, *keys: str) -> list[str]:
        """LIKE patterns for the named keys, each pattern once."""
        return [like_pattern(value) for value in self.values(*keys)]


_PHONE_PUNCTUATION = frozenset(" +-()./")


def search_terms(text: str) -> SearchTerms:
    folded = normalize_search(text)
    phone_like = any(ch.isdigit() for ch in folded) and all(ch.isdigit() or ch in _PHONE_PUNCTUATION
                                                              for ch in folded)
    digits = phone_search_key(text) if phone_like else ""
    return SearchTerms(name_fold(text), digits, normalize_serial(text), without_country_code(digits))


TRIGRAM_INDEXES: dict[str, frozenset[str]] = {
    "tickets": frozenset({"search_norm"}),
    "customers": frozenset({"name_norm", "mobile_key", "phone_key"}),
    "assets": frozenset({"serial_norm"}),
}
"""The columns under a trigram index, by table (migration 0020): on SQLite an FTS5 table named
`<table>_fts` whose rowid is the row's id; on PostgreSQL pg_trgm GIN indexes the planner uses
for the LIKEs themselves."""

TRIGRAM = 3
"""The trigram index finds fragments of at least this many characters; shorter ones are scanned."""


def _phrase(value: str) -> str:
    """`value` as one FTS5 phrase: every character literal, a double quote doubled."""
    return '"' + value.replace('"', '""') + '"'


PAGE_ROWS = 200
"""The rows of a list's page (app.services.listing.ListKind.page)."""


@dataclass(frozen=True)
class Reach:
    """How a list whose search looks in several tables finds its rows from their indexes: the
    candidates of `key`'s own table are ids of `key`, and `paths` lead each other table's
    candidates (a select of their ids) to ids of `key`."""

    key: Any
    """The column the list is read by (Asset.id)."""
    paths: Mapping[str, Callable[[Select[Any]], Select[Any]]]


@dataclass(frozen=True)
class _Found:
    """The rows of one table whose trigram index holds any of the typed values: all the rows
    LIKE finds there, and maybe a few more."""

    index: str
    match: str
    """The FTS5 query: the values as phrases, each in its column."""

    def ids(self) -> Select[Any]:
        fts = table(self.index, column("rowid"))
        return select(fts.c.rowid).where(literal_column(self.index).op("MATCH")(self.match))


def _found(columns: list[tuple[Column[Any], list[str]]]) -> _Found | None:
    """None when the index cannot say (a column without one, a value shorter than a trigram)."""
    owner = columns[0][0].table
    indexed = TRIGRAM_INDEXES.get(owner.name, frozenset())
    if any(c.name not in indexed or any(len(v) < TRIGRAM for v in values) for c, values in columns):
        return None
    return _Found(f"{owner.name}_fts", " OR ".join(f"{c.name} : {_phrase(v)}" for c, values in columns
                                                  for v in values))


def _index_limit(session: Session, key: Column[Any], scan_cost: float) -> int:
    """The most candidates for which reading their rows beats reading the list in its own order
    until a page is full. A candidate costs one row read out of order; the ordered scan reads
    rows × PAGE_ROWS / candidates rows (fewer the more there are), each `scan_cost` times a
    candidate's cost. Both cost the same at √(PAGE_ROWS × scan_cost × rows) candidates."""
    rows = _probe(session, f"SELECT max({key.name}) FROM {key.table.name}") or 0
    return max(isqrt(int(PAGE_ROWS * scan_cost * rows)), PAGE_ROWS)


def _probe(session: Session, sql: str, *params: Any) -> Any:
    """One value read by the SQLite driver itself, in the session's transaction: the probes run
    on every keystroke, and building and compiling statements for them cost more than they do."""
    return session.connection().connection.driver_connection.execute(sql, params).fetchone()[0]


def _few(session: Session, found: _Found, limit: int) -> bool:
    counted = _probe(session, f"SELECT count(*) FROM (SELECT 1 FROM {found.index} WHERE {found.index} MATCH ? "
                              f"LIMIT ?)", found.match, limit + 1)
    return counted <= limit


def text_condition(text: str, *columns_by_keys: tuple[ColumnElement[str], tuple[str, ...]],
                   session: Session | None = None, scan_cost: float = 1.0,
                   reach: Reach | None = None) -> ColumnElement[bool] | None:
    """OR of LIKEs: each column with the readings of what was typed that it can match;
    None when nothing was typed.

    Given the `session` the list is read in, on SQLite, the LIKEs are narrowed to the rows the
    trigram indexes find (TRIGRAM_INDEXES) when that is quicker than the list's ordered scan
    (`_index_limit`; `scan_cost`: what the list's ordered scan costs a row, against what reading
    one found row costs). The LIKEs stay, so the rows are the same either way: the index folds
    case beyond ASCII where LIKE does not, and may offer a row LIKE refuses, never the other way
    round. Columns of several tables are narrowed each to its own rows (an OR of them), or, with
    `reach`, to the rows of one key they lead to (which the list can be read by). PostgreSQL's
    planner uses its trigram indexes for the LIKEs unasked."""
    terms = search_terms(text)
    if not terms.fold:
        return None
    by_table: dict[str, list[tuple[Column[Any], list[str]]]] = {}
    for searched, keys in columns_by_keys:
        values = terms.values(*keys)
        if values:
            bare: Column[Any] = searched.expression  # type: ignore[assignment]
            by_table.setdefault(bare.table.name, []).append((bare, values))

    def likes(columns: list[tuple[Column[Any], list[str]]]) -> ColumnElement[bool]:
        return or_(*(c.like(like_pattern(v), escape="\\") for c, values in columns for v in values))

    per_table = {name: likes(columns) for name, columns in by_table.items()}
    plain = or_(*per_table.values())
    if session is None or session.get_bind().dialect.name != "sqlite":
        return plain
    found = {name: _found(columns) for name, columns in by_table.items()}
    if any(f is None for f in found.values()):
        return plain  # a scan for one table is a scan for the whole OR
    if reach is not None:
        key: Column[Any] = reach.key.expression
        ids = union_all(*(f.ids() if name == key.table.name else reach.paths[name](f.ids())
                          for name, f in found.items() if f is not None))
        limit = _index_limit(session, key, scan_cost)
        counted = session.scalar(select(func.count()).select_from(ids.limit(limit + 1).subquery()))
        return and_(key.in_(ids), plain) if counted is not None and counted <= limit else plain
    narrowed = []
    for name, columns in by_table.items():
        key, one = columns[0][0].table.c.id, found[name]
        if one is None or not _few(session, one, _index_limit(session, key, scan_cost)):
            return plain
        narrowed.append(and_(key.in_(one.ids()), per_table[name]))
    return or_(*narrowed)
