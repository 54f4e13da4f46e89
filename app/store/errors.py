"""Turn database failures into what they mean for the user; anything else stays a bug."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from app.errors import Conflict, DatabaseDamaged, DatabaseLocked, StoreError
from app.i18n import QT_TRANSLATE_NOOP

log = logging.getLogger("khedmat.store")

_LOCKED = ("database is locked", "database table is locked")
_DAMAGED = ("file is not a database", "malformed", "disk image")
_UNREACHABLE = ("unable to open database", "readonly database", "connection refused",
                "could not connect", "connection failed", "disk i/o error")


def translate_db_error(error: Exception, where: str) -> Exception | None:
    """The user-facing error for a DBAPI failure, or None if it is not one we know."""
    text = str(getattr(error, "orig", error)).lower()
    if any(s in text for s in _LOCKED):
        return DatabaseLocked(
            QT_TRANSLATE_NOOP("Errors", "The database is busy with another user's work ({where}). "
                                        "Please try again in a moment."),
            where=where,
        )
    if any(s in text for s in _DAMAGED):
        return DatabaseDamaged(
            QT_TRANSLATE_NOOP("Errors", "{where} is not a Khedmat database or it is damaged. "
                                        "Restore it from a backup."),
            where=where,
        )
    if any(s in text for s in _UNREACHABLE):
        # the driver's words are English: they go to the log, not into the user's message
        log.warning("database %s cannot be used: %s", where, getattr(error, "orig", error))
        return StoreError(
            QT_TRANSLATE_NOOP("Errors", "The database {where} cannot be opened or written. Check that it is "
                                        "there, that your user may change it, and that its server is running."),
            where=where,
        )
    return None


@contextmanager
def user_facing_db_errors(where: str) -> Iterator[None]:
    try:
        yield
    except StaleDataError as error:
        raise Conflict.stale() from error
    except (sa_exc.OperationalError, sa_exc.DatabaseError) as error:
        known = translate_db_error(error, where)
        if known is None:
            raise
        raise known from error
