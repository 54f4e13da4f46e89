"""What the figures share: a month's span as a condition, sums of hundredths as money."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import and_
from sqlalchemy.sql import ColumnElement

from app.reports.month import ReportMonth

_CENT = Decimal("0.01")


def within(column: object, month: ReportMonth) -> ColumnElement[bool]:
    """`column` (a UTC moment) falls in `month`: from its first moment up to, not including, its end."""
    return and_(column >= month.starts, column < month.ends)


def money(raw: int | None, places: int) -> Decimal:
    """A sum of whole hundredths (`places` 2) or of their products (4), as money."""
    return (Decimal(raw or 0) / (10 ** places)).quantize(_CENT)
