"""Turn database failures into what they mean for the user; anything else stays a bug."""
from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import exc as sa_exc
from sqlalchemy.orm.exc import StaleDataError

from app.errors import AlreadyTaken, Conflict, DatabaseDamaged, DatabaseLocked, StoreError
from app.i18n import QT_TRANSLATE_NOOP
from app.store.busy import holder

log = logging.getLogger("khedmat.store")

_LOCKED = ("database is locked", "database table is locked")
_DAMAGED = ("file is not a database", "malformed", "disk image")
_UNREACHABLE = ("unable to open database", "readonly database", "connection refused",
                "could not connect", "connection failed", "disk i/o error")


_UNIQUE = {
    "customers.mobile": ("mobile", QT_TRANSLATE_NOOP(
        "Errors", "Another clerk has just saved a customer with this mobile. Find the customer by the mobile "
                  "instead of adding them again.")),
    "assets.serial_norm": ("serial", QT_TRANSLATE_NOOP(
        "Errors", "Another clerk has just registered a unit with this serial. Find the unit by the serial "
                  "instead of registering it again.")),
}
"""The unique columns a clerk's save can meet another clerk's on: the form field and what to tell."""
_CONSTRAINTS = {"ix_customers_mobile": "customers.mobile", "uq_assets_serial_norm": "assets.serial_norm"}
"""Their constraints' names, as PostgreSQL reports them."""


def unique_column(error: sa_exc.IntegrityError) -> str | None:
    """The column ("customers.mobile") of a unique constraint in `_UNIQUE` that `error` broke."""
    constraint = getattr(getattr(error.orig, "diag", None), "constraint_name", None)  # psycopg
    if constraint is not None:
        return _CONSTRAINTS.get(constraint)
    text = str(error.orig)  # SQLite: "UNIQUE constraint failed: customers.mobile"
    prefix = "UNIQUE constraint failed: "
    return text[len(prefix):] if text.startswith(prefix) and text[len(prefix):] in _UNIQUE else None


def _locked(where: str) -> DatabaseLocked:
    # An SQLite database is named by its file (engine.describe_url): an import holding it
    # says so beside it (app.store.busy).
    found = holder(Path(where))
    if found is not None and found.what == "import":
        return DatabaseLocked(
            QT_TRANSLATE_NOOP("Errors", "An import of {file} by {user} is writing to the database. It keeps the "
                                        "database until it ends, so that it is all or nothing. Nothing of yours "
                                        "is saved yet: try again when the import has ended."),
            file=found.detail, user=found.user, where=where)
    return DatabaseLocked(
        QT_TRANSLATE_NOOP("Errors", "The database is busy with another user's work ({where}). "
                                    "Please try again in a moment."),
        where=where,
    )


def translate_db_error(error: Exception, where: str) -> Exception | None:
    """The user-facing error for a DBAPI failure, or None if it is not one we know."""
    if isinstance(error, sa_exc.IntegrityError) and (column := unique_column(error)) is not None:
        field, template = _UNIQUE[column]
        return AlreadyTaken(template, column, field)
    text = str(getattr(error, "orig", error)).lower()
    if any(s in text for s in _LOCKED):
        return _locked(where)
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
