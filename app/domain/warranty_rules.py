"""Which warranty a new unit gets: its product's own rule, else its category's, else none
known (the clerk types one; nothing is made up)."""
from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class RuleSource(StrEnum):
    PRODUCT = "product"
    CATEGORY = "category"
    UNKNOWN = ""


class WarrantyRule(NamedTuple):
    months: int | None
    """None: unknown, the clerk says (0 is a known 'no warranty')."""
    claim_limit: int | None
    """How many jobs the warranty pays for; None: no limit."""
    source: RuleSource
    """Where `months` came from."""


def resolve_rule(product_months: int | None, product_limit: int | None,
                 category_months: int | None, category_limit: int | None) -> WarrantyRule:
    """Product over category, each of the length and the claim limit on its own."""
    limit = product_limit if product_limit is not None else category_limit
    if product_months is not None:
        return WarrantyRule(product_months, limit, RuleSource.PRODUCT)
    if category_months is not None:
        return WarrantyRule(category_months, limit, RuleSource.CATEGORY)
    return WarrantyRule(None, limit, RuleSource.UNKNOWN)
