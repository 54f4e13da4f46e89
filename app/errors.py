"""Errors a user can meet, with their message in the catalogue.

Each error carries an English template marked with QT_TRANSLATE_NOOP("Errors", ...) at the
raise site and the values to fill it with, so the CLI and the GUI show it in the user's
language. Anything that is not a KhedmatError is a bug and is logged with a traceback.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from app.i18n import QT_TRANSLATE_NOOP, Label, fill

if TYPE_CHECKING:
    from app.locale.display import Locale

class Translate(Protocol):
    """A catalogue lookup: Qt's QCoreApplication.translate or Catalogue.translate. With a
    count `n`, the plural form it takes, `%n` replaced by the count."""

    def __call__(self, context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def _identity(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return text.replace("%n", str(n)) if n >= 0 else text


class KhedmatError(Exception):
    context = "Errors"

    def __init__(self, template: str, **params: Any) -> None:
        self.template = template
        self.params = params
        super().__init__(self.message())

    def message(self, tr: Translate = _identity, locale: Locale | None = None) -> str:
        """In the user's language; with `locale`, its numbers in the user's digits."""
        return fill(tr(self.context, self.template), self.params, tr, locale)


class ValidationError(KhedmatError):
    """Input that cannot be accepted; `field` names the input it belongs to, if any."""

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(template, **params)


class NotFound(KhedmatError):
    pass


class Conflict(KhedmatError):
    """Someone else saved the record since it was read; reload and try again."""

    @classmethod
    def stale(cls) -> Conflict:
        return cls(
            QT_TRANSLATE_NOOP("Errors", "Someone else saved this record after you opened it. "
                                        "Reload it to see their changes, then try again.")
        )


class DuplicateError(ValidationError):
    pass


class AlreadyTaken(DuplicateError):
    """The database refused a second record with a value that must be unique (a mobile, a
    serial): another clerk saved it in the same moment, after this save checked. `column` is
    the column ("customers.mobile"), so the service can say whose it is (app.services.common.raced)."""

    def __init__(self, template: str, column: str, field: str | None = None, **params: Any) -> None:
        self.column = column
        super().__init__(template, field, **params)


class WorkflowError(KhedmatError):
    """A ticket status move the workflow does not allow."""


class PermissionDenied(KhedmatError):
    pass


class StoreError(KhedmatError):
    """The database cannot be used as it is: the user's environment, not our bug."""


class DatabaseLocked(StoreError):
    pass


class DatabaseDamaged(StoreError):
    pass


class DatabaseTooNew(StoreError):
    pass


class DatabaseMissing(StoreError):
    """No database at the path given: a new one is made only when the user asks for it."""


SYSTEM_REASONS = {
    "permission": QT_TRANSLATE_NOOP("Errors", "this account may not write there, or another program has the file "
                                              "open"),
    "full": QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    "missing": QT_TRANSLATE_NOOP("Errors", "the folder does not exist"),
    "read_only": QT_TRANSLATE_NOOP("Errors", "the disk or folder is read-only"),
    "database": QT_TRANSLATE_NOOP("Errors", "the database file could not be read or written"),
    "other": QT_TRANSLATE_NOOP("Errors", "the system refused (the details are in the log)"),
}
"""Why the system refused a file, in words a clerk reads in their own language; the system's
own words (English) go to the log."""


def system_reason(error: BaseException) -> Label:
    """The reason an OSError or a database driver's error gives, as a catalogue Label for a
    message's {reason}; the error itself is logged."""
    import errno
    import logging
    import sqlite3

    logging.getLogger("khedmat").warning("refused by the system: %s", error)
    code = getattr(error, "errno", None)
    if isinstance(error, sqlite3.Error):
        key = "database"
    elif isinstance(error, PermissionError) or code == errno.EACCES:
        key = "permission"
    elif code == errno.ENOSPC:
        key = "full"
    elif isinstance(error, FileNotFoundError):
        key = "missing"
    elif code == errno.EROFS:
        key = "read_only"
    else:
        key = "other"
    return Label("Errors", SYSTEM_REASONS[key])
