"""Helpers every service shares: loading a record for an edit, searching text."""
from __future__ import annotations

from typing import TypeVar

from sqlalchemy.orm import Session

from app.errors import Conflict, NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.phone import phone_search_key
from app.locale.text import normalize_search

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


def like_pattern(fragment: str) -> str:
    """A LIKE pattern matching `fragment` anywhere, with LIKE's wildcards taken literally."""
    escaped = fragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def search_terms(text: str) -> tuple[str, str]:
    """The typed search text as a name fold and, if it has digits, as a phone key."""
    folded = normalize_search(text)
    digits = phone_search_key(text) if any(ch.isdigit() for ch in folded) else ""
    return folded, digits
