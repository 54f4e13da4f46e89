"""The products catalogue: brand, model, category, default warranty and service interval.

A product is what units are registered as; its default warranty is what registration (and a
corrected product, app.services.unit_edit) gives a new unit. Editing it later changes no
unit's warranty: those were granted when the units were registered.

Product rows are not Versioned (no version column: adding one needs a migration), so an edit
is checked against the `updated_at` the editor read: a product saved by someone else in the
meantime is refused with the same Conflict a versioned record raises.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.domain.limits import check_length
from app.domain.permissions import Action
from app.domain.units import Asset, CategoryRule, Product
from app.errors import Conflict, DuplicateError, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import name_fold, tidy
from app.services.common import get_or_missing, load_for_edit
from app.services.desk import Desk
from app.services.units import ProductRecord, category_rule, product_rule

MAX_WARRANTY_MONTHS = 120
MAX_INTERVAL_MONTHS = 60
MAX_CLAIMS = 99


@dataclass
class ProductInput:
    brand: str
    model: str
    category: str = ""
    default_warranty_months: int | None = None
    """None: the product sets no warranty; its category's rule, else the clerk's entry, gives it."""
    maintenance_interval_months: int | None = None
    """None: the product needs no periodic service."""
    warranty_claim_limit: int | None = None
    """How many jobs its warranty pays for; None: its category's limit, else none."""


@dataclass(frozen=True)
class CatalogueProduct(ProductRecord):
    updated_at: datetime
    """When it was last saved: the stale check of an edit."""
    units: int
    """How many units are registered as this product."""


def _apply(session: Session, product: Product, data: ProductInput) -> None:
    brand, model, category = tidy(data.brand), tidy(data.model), tidy(data.category)
    if not model:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The product's model is required."), field="model")
    for field, value in (("brand", brand), ("model", model), ("category", category)):
        check_length(Product.__table__.c[field], value, field)
    check_rule(data.default_warranty_months, data.warranty_claim_limit, "default_warranty_months",
               "warranty_claim_limit")
    interval = data.maintenance_interval_months
    if interval is not None and not 1 <= interval <= MAX_INTERVAL_MONTHS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A service interval is from {low} to {high} months."),
                              field="maintenance_interval_months", low=1, high=MAX_INTERVAL_MONTHS)
    # Unique after the search fold, so "samsung ww90" and "Samsung WW90" (or Arabic and
    # Persian letters, any digits) are the same model; the fold of the pair narrows the look-up.
    brand_key, model_key = name_fold(brand), name_fold(model)
    candidates = session.scalars(select(Product).where(
        Product.search_norm == name_fold(f"{brand} {model}"), Product.id != product.id))
    clash = next((p for p in candidates
                  if (name_fold(p.brand), name_fold(p.model)) == (brand_key, model_key)), None)
    if clash is not None:
        raise DuplicateError(QT_TRANSLATE_NOOP("Errors", "{product} is already in the catalogue."),
                             field="model", product=f"{clash.brand} {clash.model}".strip())
    product.brand, product.model, product.category = brand, model, category
    product.search_norm = name_fold(f"{brand} {model}")
    product.default_warranty_months = data.default_warranty_months
    product.maintenance_interval_months = interval
    product.warranty_claim_limit = data.warranty_claim_limit


def check_rule(months: int | None, claim_limit: int | None, months_field: str, limit_field: str) -> None:
    if months is not None and not 0 <= months <= MAX_WARRANTY_MONTHS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A warranty is from {low} to {high} months."),
                              field=months_field, low=0, high=MAX_WARRANTY_MONTHS)
    if claim_limit is not None and not 1 <= claim_limit <= MAX_CLAIMS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A claim limit is from {low} to {high} jobs."),
                              field=limit_field, low=1, high=MAX_CLAIMS)


def _entry(session: Session, product: Product) -> CatalogueProduct:
    units = session.scalar(select(func.count(Asset.id)).where(Asset.product_id == product.id)) or 0
    return CatalogueProduct(*_fields(product, category_rule(session, product.category)), product.updated_at, units)


def _fields(p: Product, category: CategoryRule | None) -> tuple:
    return (p.id, p.brand, p.model, p.category, p.default_warranty_months, p.maintenance_interval_months,
            p.warranty_claim_limit, product_rule(p, category))


def find_products(desk: Desk, text: str = "") -> list[CatalogueProduct]:
    """The whole catalogue (it is small), or the products whose brand, model or category holds `text`."""
    units = (select(func.count(Asset.id)).where(Asset.product_id == Product.id)
             .correlate(Product).scalar_subquery())
    statement = select(Product, units).order_by(Product.brand, Product.model)
    folded = name_fold(text)
    if folded:
        statement = statement.where(Product.search_norm.contains(folded, autoescape=True)
                                    | Product.category.contains(tidy(text), autoescape=True))
    with desk.store.read() as session:
        rules = {r.category: r for r in session.scalars(select(CategoryRule))}
        return [CatalogueProduct(*_fields(p, rules.get(p.category)), p.updated_at, count)
                for p, count in session.execute(statement)]


def add_product(desk: Desk, data: ProductInput) -> CatalogueProduct:
    """A new product in the catalogue; the same brand and model twice is refused."""
    with desk.store.write() as session:
        product = Product()
        _apply(session, product, data)
        session.add(product)
        session.flush()
        return _entry(session, product)


def update_product(desk: Desk, product_id: int, updated_at: datetime, data: ProductInput) -> CatalogueProduct:
    """Correct a product; `updated_at` is when the editor's copy was saved (else Conflict)."""
    with desk.store.write() as session:
        product = get_or_missing(session, Product, product_id)
        if product.updated_at != updated_at:
            raise Conflict.stale()
        _apply(session, product, data)
        session.flush()
        return _entry(session, product)


@dataclass(frozen=True)
class CategoryRuleRecord:
    id: int
    version: int
    category: str
    warranty_months: int | None
    claim_limit: int | None

    @classmethod
    def of(cls, r: CategoryRule) -> CategoryRuleRecord:
        return cls(r.id, r.version, r.category, r.warranty_months, r.claim_limit)


def list_category_rules(desk: Desk) -> list[CategoryRuleRecord]:
    with desk.store.read() as session:
        return [CategoryRuleRecord.of(r) for r in session.scalars(select(CategoryRule).order_by(CategoryRule.category))]


def save_category_rule(desk: Desk, category: str, warranty_months: int | None, claim_limit: int | None,
                       rule_id: int | None = None, version: int | None = None) -> CategoryRuleRecord:
    """A manager sets the warranty of a category's products that set none of their own (a new
    rule, or the rule `rule_id` read at `version`). Units registered before keep theirs."""
    desk.require(Action.WARRANTY_RULES)
    category = tidy(category)
    if not category:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Name the category."), field="category")
    check_length(CategoryRule.__table__.c["category"], category, "category")
    check_rule(warranty_months, claim_limit, "warranty_months", "claim_limit")
    with desk.store.write() as session:
        rule = CategoryRule() if rule_id is None else load_for_edit(session, CategoryRule, rule_id, version)
        clash = session.scalars(select(CategoryRule).where(CategoryRule.category == category,
                                                           CategoryRule.id != rule.id)).first()
        if clash is not None:
            raise DuplicateError(QT_TRANSLATE_NOOP("Errors", "Category {category} has a rule already."),
                                 field="category", category=category)
        rule.category, rule.warranty_months, rule.claim_limit = category, warranty_months, claim_limit
        session.add(rule)
        session.flush()
        return CategoryRuleRecord.of(rule)


def delete_category_rule(desk: Desk, rule_id: int, version: int) -> None:
    desk.require(Action.WARRANTY_RULES)
    with desk.store.write() as session:
        session.delete(load_for_edit(session, CategoryRule, rule_id, version))
