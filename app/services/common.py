"""Helpers every service shares: loading a record for an edit, searching text."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from math import isqrt
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Column, ColumnElement, and_, column, func, literal_column, or_, select, table
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


def _index_limit(rows: int) -> int:
    """The most candidates for which reading the trigram index's rows beats reading the list in
    its own order until a page is full. Each candidate costs a row read out of order (about 9 µs
    with the tickets list's joins); the ordered scan costs about 0.3 µs a row and stops after a
    page (200) of matches, rows × 200 / candidates of them. Both cost the same at about
    √(7 × rows) candidates: 840 at 100,000 tickets, where each takes 7 ms."""
    return max(isqrt(7 * rows), 200)


def _indexed(session: Session, columns: list[tuple[Column[Any], list[str]]],
             likes: ColumnElement[bool]) -> ColumnElement[bool] | None:
    """`likes` (the search on one table's columns) narrowed to the rows the table's trigram
    index finds, when that is worth it; None when it is not (or cannot be: a column without an
    index, a fragment shorter than a trigram). The LIKEs stay: the index folds case beyond ASCII
    where LIKE does not, so it may offer a row LIKE refuses, never the other way round — and
    what LIKE finds is what the list shows, with or without the index."""
    owner = columns[0][0].table
    indexed = TRIGRAM_INDEXES.get(owner.name, frozenset())
    if any(c.name not in indexed or any(len(v) < TRIGRAM for v in values) for c, values in columns):
        return None
    fts = table(f"{owner.name}_fts", column("rowid"))
    match = literal_column(fts.name).op("MATCH")(
        " OR ".join(f"{c.name} : {_phrase(v)}" for c, values in columns for v in values))
    candidates = select(fts.c.rowid).where(match)
    limit = _index_limit(session.scalar(select(func.max(owner.c.id))) or 0)
    found = session.scalar(select(func.count()).select_from(candidates.limit(limit + 1).subquery()))
    if found is None or found > limit:
        return None
    return and_(owner.c.id.in_(candidates), likes)


def text_condition(text: str, *columns_by_keys: tuple[ColumnElement[str], tuple[str, ...]],
                   session: Session | None = None) -> ColumnElement[bool] | None:
    """OR of LIKEs: each column with the readings of what was typed that it can match;
    None when nothing was typed.

    Given the `session` the list is read in, on SQLite, the LIKEs on each table are narrowed to
    the rows its trigram index finds (TRIGRAM_INDEXES), when that is quicker than scanning: the
    same rows either way. PostgreSQL's planner uses its trigram indexes for the LIKEs unasked."""
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

    plain = or_(*(likes(columns) for columns in by_table.values()))
    if session is None or session.get_bind().dialect.name != "sqlite":
        return plain
    narrowed = [_indexed(session, columns, likes(columns)) for columns in by_table.values()]
    if any(n is None for n in narrowed):  # a scan for one table is a scan for the whole OR
        return plain
    return or_(*narrowed)
