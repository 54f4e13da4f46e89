"""A share of a whole in percent, the way every share of the report is written."""
from __future__ import annotations

from decimal import Decimal

_ONE_PLACE = Decimal("0.1")


def share(part: int | Decimal, whole: int | Decimal) -> Decimal | None:
    """`part` of `whole` in percent, one place; None when there is nothing to divide by."""
    if not whole:
        return None
    return (Decimal(100) * part / whole).quantize(_ONE_PLACE)
