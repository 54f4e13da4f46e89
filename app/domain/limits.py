"""How long a stored text may be: one limit per field, the same on every database.

The limit is the column's declared length (SQLite would store more, PostgreSQL would refuse
it with an error no clerk can read), so the model is the one place it is written down.
"""
from __future__ import annotations

from typing import Any

from sqlalchemy import Column, String

from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP


def text_limit(column: Column[Any]) -> int | None:
    """The most characters `column` holds; None for text without a limit."""
    kind = column.type
    return kind.length if isinstance(kind, String) and kind.length else None


def check_length(column: Column[Any], value: str, field: str | None = None) -> None:
    """Refuse `value` for `column` when it is longer than the column holds."""
    limit = text_limit(column)
    if limit is not None and len(value) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{length} characters; this field holds at most {limit}"),
                              field=field, length=len(value), limit=limit)
