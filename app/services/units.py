"""Products, units (assets) and their warranties; the coverage lookup."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session, aliased

from app.domain.base import CENT
from app.domain.contracts import Contract, contract_assets
from app.domain.coverage import ContractSpan, Coverage, decide_coverage
from app.domain.kinds import TicketKind, WarrantyKind
from app.domain.parts import Part
from app.domain.people import Customer
from app.domain.permissions import Action
from app.domain.tickets import Ticket
from app.domain.units import Asset, CategoryRule, Product, Warranty, warranty_parts
from app.domain.warranty_rules import RuleSource, WarrantyRule, resolve_rule
from app.errors import DuplicateError, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import name_fold, normalize_serial, tidy
from app.services.changes import Change, record_changes
from app.services.common import get_or_missing, load_for_edit, raced
from app.services.company import read_company_settings
from app.services.desk import Desk, period_end
from app.services.periodic import ensure_unit_plan
from app.store.engine import as_date


@dataclass(frozen=True)
class ProductRecord:
    id: int
    brand: str
    model: str
    category: str
    default_warranty_months: int | None
    maintenance_interval_months: int | None
    warranty_claim_limit: int | None
    rule: WarrantyRule
    """The warranty a new unit of it gets: its own, else its category's, else unknown."""

    @classmethod
    def of(cls, p: Product, category: CategoryRule | None) -> ProductRecord:
        return cls(p.id, p.brand, p.model, p.category, p.default_warranty_months,
                   p.maintenance_interval_months, p.warranty_claim_limit, product_rule(p, category))

    @property
    def title(self) -> str:
        return f"{self.brand} {self.model}".strip()


@dataclass(frozen=True)
class WarrantyRecord:
    id: int
    version: int
    kind: str
    start_date: date
    end_date: date
    terms: str
    voided_on: date | None
    void_reason: str
    rule: str = ""
    claim_limit: int | None = None
    claims_used: int = 0
    sold_on: date | None = None
    price: Decimal | None = None
    ticket_number: str = ""
    """The repair a repair warranty warrants."""
    part_ids: frozenset[int] = frozenset()
    """The parts a repair warranty covers."""

    @classmethod
    def of(cls, w: Warranty) -> WarrantyRecord:
        return cls(w.id, w.version, w.kind, w.start_date, w.end_date, w.terms, w.voided_on, w.void_reason,
                   w.rule, w.claim_limit, w.claims_used, w.sold_on, w.price, w.ticket_number, w.part_ids)


def _as_utc(value: datetime | str | None) -> datetime | None:
    """A UTC timestamp column's value from `Store.rows` (SQLite gives naive ISO text)."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return None if value is None else value.replace(tzinfo=UTC)


@dataclass(frozen=True)
class AssetRecord:
    id: int
    version: int
    serial: str
    product: ProductRecord
    customer_id: int | None
    customer_name: str
    customer_mobile: str | None
    purchase_date: date | None
    seller: str
    invoice_no: str
    warranties: tuple[WarrantyRecord, ...]
    coverage: Coverage
    archived_at: datetime | None = None
    """When the unit was archived (None: in use). A serial lookup still finds an archived unit:
    its serial is taken, and the clerk is told rather than registering it twice."""

    @classmethod
    def from_rows(cls, rows: list[tuple[Any, ...]], on: date,
                  parts: dict[int, frozenset[int]] | None = None) -> AssetRecord:
        """One unit from the rows of `_UNIT` (one row per warranty × contract); `parts`: the
        parts each repair warranty covers."""
        first = rows[0]
        parts = parts or {}
        warranties = {r[15]: WarrantyRecord(r[15], r[16], r[17], as_date(r[18]), as_date(r[19]), r[20],
                                            as_date(r[21]), r[22], r[36], r[37], r[38], as_date(r[39]),
                                            None if r[40] is None else Decimal(int(r[40])) * CENT, r[41] or "",
                                            parts.get(r[15], frozenset()))
                      for r in rows if r[15] is not None}
        contracts = {r[23]: ContractSpan(r[23], r[24], as_date(r[25]), as_date(r[26]), as_date(r[27]),
                                         None if r[28] is None else max(r[28] - r[29], 0), bool(r[31]),
                                         bool(r[32]))
                     for r in rows if r[23] is not None}
        ordered = tuple(sorted(warranties.values(), key=lambda w: (w.start_date, w.id)))
        return cls(
            first[0], first[1], first[2],
            ProductRecord(*first[7:13], first[33], resolve_rule(first[11], first[33], first[34], first[35])),
            first[3], first[13] or "", first[14],
            as_date(first[4]), first[5], first[6], ordered,
            decide_coverage(ordered, contracts.values(), on), _as_utc(first[30]),
        )


_REPAIRED = aliased(Ticket)
"""The ticket a repair warranty warrants."""
_UNIT = (
    select(Asset.id, Asset.version, Asset.serial, Asset.customer_id, Asset.purchase_date, Asset.seller,
           Asset.invoice_no,
           Product.id, Product.brand, Product.model, Product.category, Product.default_warranty_months,
           Product.maintenance_interval_months,
           Customer.name, Customer.mobile,
           Warranty.id, Warranty.version, Warranty.kind, Warranty.start_date, Warranty.end_date, Warranty.terms,
           Warranty.voided_on, Warranty.void_reason,
           Contract.id, Contract.number, Contract.start_date, Contract.end_date, Contract.cancelled_on,
           Contract.visits_included, Contract.visits_used, Asset.archived_at, Contract.draft,
           Contract.parts_included,
           Product.warranty_claim_limit, CategoryRule.warranty_months, CategoryRule.claim_limit,
           Warranty.rule, Warranty.claim_limit, Warranty.claims_used, Warranty.sold_on, Warranty.price,
           _REPAIRED.number)
    .join(Product, Product.id == Asset.product_id)
    .outerjoin(CategoryRule, CategoryRule.category == Product.category)
    .outerjoin(Customer, Customer.id == Asset.customer_id)
    .outerjoin(Warranty, Warranty.asset_id == Asset.id)
    .outerjoin(_REPAIRED, _REPAIRED.id == Warranty.ticket_id)
    .outerjoin(contract_assets, contract_assets.c.asset_id == Asset.id)
    .outerjoin(Contract, Contract.id == contract_assets.c.contract_id)
    .where(Asset.serial_norm == bindparam("serial"))
)
"""A unit with its product, owner, warranties and contracts: the coverage lookup, read in
one statement on the lean path (Store.rows) because it runs on every serial a clerk types."""


@dataclass
class AssetInput:
    serial: str
    product_id: int
    customer_id: int | None
    purchase_date: date | None = None
    seller: str = ""
    invoice_no: str = ""
    warranty_months: int | None = None
    """None takes the product's rule (`warranty_rule_for`), and no warranty when it has none;
    0 registers the unit without a warranty."""
    notes: str = ""


warranty_end = period_end
"""The last covered day of a warranty of `months` from `start`: `period_end`, counted in the
company's period calendar (the intake preview, registration, extensions and the import)."""


def product_rule(product: Product, category: CategoryRule | None) -> WarrantyRule:
    return resolve_rule(product.default_warranty_months, product.warranty_claim_limit,
                        category.warranty_months if category else None, category.claim_limit if category else None)


def category_rule(session: Session, category: str) -> CategoryRule | None:
    if not category:
        return None
    return session.scalars(select(CategoryRule).where(CategoryRule.category == category)).one_or_none()


def warranty_rule_for(session: Session, product: Product) -> WarrantyRule:
    """The warranty a new unit of `product` gets: the one rule registration, a corrected
    product and the import all follow."""
    return product_rule(product, category_rule(session, product.category))


def standard_warranty(session: Session, asset: Asset, product: Product, start: date, months: int | None,
                      desk: Desk) -> Warranty | None:
    """The standard warranty a unit bought on `start` gets: `months` as the clerk typed them,
    else the product's rule; None when neither gives a length (or the length is none)."""
    rule = warranty_rule_for(session, product)
    source = rule.source if months is None else RuleSource.UNKNOWN
    months = rule.months if months is None else months
    if not months:
        return None
    return Warranty(asset=asset, kind=WarrantyKind.STANDARD.value, start_date=start,
                    end_date=warranty_end(start, months, desk), rule=source.value, claim_limit=rule.claim_limit)


def get_or_create_product(
    session: Session, brand: str, model: str, category: str = "", warranty_months: int | None = None
) -> Product:
    brand, model = tidy(brand), tidy(model)
    if not model:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The product's model is required."),
                              field="model")
    product = session.scalars(
        select(Product).where(Product.brand == brand, Product.model == model)
    ).one_or_none()
    if product is None:
        product = Product(brand=brand, model=model, category=tidy(category),
                          search_norm=name_fold(f"{brand} {model}"),
                          default_warranty_months=warranty_months)
        session.add(product)
        session.flush()
    return product


def create_product(desk: Desk, brand: str, model: str, category: str = "",
                   warranty_months: int | None = None) -> ProductRecord:
    """A product typed at the counter; `warranty_months` None: it sets no warranty of its own."""
    with desk.store.write() as session:
        product = get_or_create_product(session, brand, model, category, warranty_months)
        return ProductRecord.of(product, category_rule(session, product.category))


def list_products(desk: Desk) -> list[ProductRecord]:
    with desk.store.read() as session:
        rules = {r.category: r for r in session.scalars(select(CategoryRule))}
        return [ProductRecord.of(p, rules.get(p.category))
                for p in session.scalars(select(Product).order_by(Product.brand, Product.model))]


def assets_of(desk: Desk, customer_id: int, *, include_archived: bool = False) -> list[AssetRecord]:
    """The units the customer owns (archived ones only when asked for), each with today's coverage."""
    statement = select(Asset.serial_norm).where(Asset.customer_id == customer_id)
    if not include_archived:
        statement = statement.where(Asset.archived_at.is_(None))
    with desk.store.read() as session:
        serials = session.scalars(statement.order_by(Asset.id)).all()
    return [record for serial in serials if (record := find_asset(desk, serial)) is not None]


def check_serial_free(session: Session, serial_norm: str) -> None:
    """Refuse a serial a unit (archived or not) has: a serial is one unit's."""
    existing = session.scalars(select(Asset).where(Asset.serial_norm == serial_norm)).one_or_none()
    if existing is not None and existing.archived_at is not None:
        raise DuplicateError(
            QT_TRANSLATE_NOOP("Errors", "A unit with serial {serial} is already registered and archived: "
                                        "restore it from its owner's window."),
            field="serial",
            serial=existing.serial,
        )
    if existing is not None:
        raise DuplicateError(
            QT_TRANSLATE_NOOP("Errors", "A unit with serial {serial} is already registered."),
            field="serial",
            serial=existing.serial,
        )


def register_asset(desk: Desk, data: AssetInput) -> AssetRecord:
    serial = tidy(data.serial)
    serial_norm = normalize_serial(serial)
    if not serial_norm:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The serial number is required."),
                              field="serial")
    today = desk.today()
    if data.purchase_date is not None and data.purchase_date > today:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The purchase date is in the future."),
                              field="purchase_date")
    with raced(desk.store, "assets.serial_norm", lambda session: check_serial_free(session, serial_norm)), \
            desk.store.write() as session:
        check_serial_free(session, serial_norm)
        product = get_or_missing(session, Product, data.product_id)
        if data.customer_id is not None:
            get_or_missing(session, Customer, data.customer_id)
        asset = Asset(serial=serial, serial_norm=serial_norm, product_id=product.id,
                      customer_id=data.customer_id, purchase_date=data.purchase_date,
                      seller=tidy(data.seller), invoice_no=tidy(data.invoice_no),
                      notes=data.notes.strip())
        session.add(asset)
        if data.warranty_months is not None and data.warranty_months < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A warranty cannot be negative."),
                                  field="warranty_months")
        if data.purchase_date is not None:
            warranty = standard_warranty(session, asset, product, data.purchase_date, data.warranty_months, desk)
            if warranty is not None:
                session.add(warranty)
        session.flush()
        ensure_unit_plan(session, desk, asset)
    registered = find_asset(desk, serial_norm, today)
    assert registered is not None
    return registered


def find_asset(desk: Desk, serial: str, on: date | None = None) -> AssetRecord | None:
    """The unit with this serial (typed any way: digits of any script, dashes, spaces)."""
    key = normalize_serial(serial)
    if not key:
        return None
    rows = desk.store.rows(_UNIT, serial=key)
    if not rows:
        return None
    repairs = {r[15] for r in rows if r[17] == WarrantyKind.REPAIR.value}
    parts: dict[int, frozenset[int]] = {}
    if repairs:
        with desk.store.read() as session:
            for warranty_id, part_id in session.execute(select(warranty_parts.c.warranty_id, warranty_parts.c.part_id)
                                                        .where(warranty_parts.c.warranty_id.in_(repairs))):
                parts[warranty_id] = parts.get(warranty_id, frozenset()) | {part_id}
    return AssetRecord.from_rows(rows, on or desk.today(), parts)


def lookup_coverage(desk: Desk, serial: str, on: date | None = None) -> AssetRecord:
    """The unit and its coverage decision; NotFound if no unit has this serial."""
    record = find_asset(desk, serial, on)
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No unit with serial {serial} is registered."),
                       serial=serial)
    return record


def void_warranty(desk: Desk, warranty_id: int, version: int, reason: str,
                  on: date | None = None) -> WarrantyRecord:
    """A manager voids a warranty from `on` (today by default), with the reason on record."""
    desk.require(Action.VOID_WARRANTY)
    reason = tidy(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the warranty is void."),
                              field="reason")
    with desk.store.write() as session:
        warranty = load_for_edit(session, Warranty, warranty_id, version)
        if warranty.voided_on is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This warranty is void already."))
        warranty.voided_on = on or desk.today()
        warranty.void_reason = reason
        warranty.voided_by_id = desk.actor.id
        asset = session.get(Asset, warranty.asset_id)
        record_changes(session, desk.actor.id, [Change("voided_on", "", warranty.voided_on.isoformat()),
                                                Change("reason", "", reason)],
                       customer_id=asset.customer_id, asset_id=asset.id)
        session.flush()
        return WarrantyRecord.of(warranty)


def extend_warranty(desk: Desk, asset_id: int, months: int, reason: str) -> WarrantyRecord:
    """A manager adds an extended warranty starting the day after the last one ends
    (or today, if none is running), saying why (sold, a goodwill gesture...); the reason is
    the extension's terms and the unit's history says it."""
    desk.require(Action.EXTEND_WARRANTY)
    if months <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An extension must be at least one month."),
                              field="months")
    terms = desk.text(reason)
    if not terms:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the warranty is extended."), field="reason")
    return _add_extended(desk, asset_id, months, terms, None)


def stacked_start(warranties: list[Warranty], today: date) -> tuple[date, date | None]:
    """Where a new extended warranty starts: the day after the last standard or extended
    warranty ends while one runs (they never overlap), else `today`; and that last end.
    A repair warranty covers only its repair, so an extension does not wait for it."""
    last_end = max((w.end_date for w in warranties
                    if w.voided_on is None and w.kind != WarrantyKind.REPAIR.value), default=None)
    start = last_end + timedelta(days=1) if last_end and last_end >= today else today
    return start, last_end


def _add_extended(desk: Desk, asset_id: int, months: int, terms: str, price: Decimal | None) -> WarrantyRecord:
    with desk.store.write() as session:
        asset = get_or_missing(session, Asset, asset_id)
        today = desk.today()
        start, last_end = stacked_start(asset.warranties, today)
        warranty = Warranty(asset_id=asset.id, kind=WarrantyKind.EXTENDED.value, start_date=start,
                            end_date=warranty_end(start, months, desk), terms=terms, price=price,
                            sold_on=today if price is not None else None)
        session.add(warranty)
        changes = [Change("warranty_end", last_end.isoformat() if last_end else "", warranty.end_date.isoformat()),
                   Change("reason", "", terms)]
        if price is not None:
            changes.append(Change("warranty_price", "", format(price.normalize(), "f")))
        record_changes(session, desk.actor.id, changes, customer_id=asset.customer_id, asset_id=asset.id)
        session.flush()
        return WarrantyRecord.of(warranty)


def repair_warranty_end(delivered: date, days: int) -> date:
    """The last day a repair handed back on `delivered` is guaranteed (the receipt says it)."""
    return delivered + timedelta(days=days)


def record_repair_warranty(session: Session, ticket: Ticket, delivered: date) -> Warranty | None:
    """At delivery, a repair's own warranty for the company's `repair_warranty_days` (none when
    0): the parts the job fitted and its labour. A job delivered again after rework moves its
    warranty on rather than adding a second."""
    days = read_company_settings(session).repair_warranty_days
    if not days or ticket.kind != TicketKind.REPAIR.value or ticket.asset_id is None or not ticket.lines:
        return None
    warranty = session.scalars(select(Warranty).where(Warranty.ticket_id == ticket.id)).one_or_none()
    if warranty is None:
        warranty = Warranty(asset_id=ticket.asset_id, kind=WarrantyKind.REPAIR.value, ticket_id=ticket.id)
        session.add(warranty)
    warranty.start_date, warranty.end_date = delivered, repair_warranty_end(delivered, days)
    fitted = {line.part_id for line in ticket.lines if line.part_id is not None}
    warranty.parts = list(session.scalars(select(Part).where(Part.id.in_(fitted)))) if fitted else []
    return warranty


def withdraw_repair_warranty(session: Session, ticket: Ticket) -> None:
    """A delivery taken back takes back its repair warranty, unless a job has already rested on it
    (then it stays, as that job's record)."""
    warranty = session.scalars(select(Warranty).where(Warranty.ticket_id == ticket.id)).one_or_none()
    if warranty is None:
        return
    used = session.scalar(select(Ticket.id).where(
        (Ticket.warranty_id == warranty.id) | (Ticket.repair_warranty_id == warranty.id)).limit(1))
    if used is None:
        session.delete(warranty)


def sell_extended_warranty(desk: Desk, asset_id: int, months: int, price: Decimal, terms: str) -> WarrantyRecord:
    """An extended warranty the customer buys: its own period, stacked after the warranties
    the unit has (never overlapping), with its price and terms on record."""
    desk.require(Action.SELL_WARRANTY)
    if months <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An extension must be at least one month."),
                              field="months")
    if price is None or price < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the price the customer pays."), field="price")
    return _add_extended(desk, asset_id, months, desk.text(terms), price)
