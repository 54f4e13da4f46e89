"""Helpers every service shares: loading a record for an edit, searching text."""
from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import ColumnElement, or_
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

    def patterns(self, *keys: str) -> list[str]:
        """LIKE patterns for the named keys, each pattern once (LIKE ignores ASCII case)."""
        seen: dict[str, str] = {}
        for key in keys:
            for value in (self.digits, self.national) if key == "digits" else (getattr(self, key),):
                if value:
                    seen.setdefault(value.lower(), like_pattern(value))
        return list(seen.values())


_PHONE_PUNCTUATION = frozenset(" +-()./")


def search_terms(text: str) -> SearchTerms:
    folded = normalize_search(text)
    phone_like = any(ch.isdigit() for ch in folded) and all(ch.isdigit() or ch in _PHONE_PUNCTUATION
                                                              for ch in folded)
    digits = phone_search_key(text) if phone_like else ""
    return SearchTerms(name_fold(text), digits, normalize_serial(text), without_country_code(digits))


def text_condition(text: str, *columns_by_keys: tuple[ColumnElement[str], tuple[str, ...]]
                   ) -> ColumnElement[bool] | None:
    """OR of LIKEs: each column with the readings of what was typed that it can match;
    None when nothing was typed."""
    terms = search_terms(text)
    if not terms.fold:
        return None
    return or_(*(column.like(pattern, escape="\\")
                 for column, keys in columns_by_keys for pattern in terms.patterns(*keys)))
