"""Products, units (assets) and their warranties; the coverage lookup."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from app.domain.contracts import Contract, contract_assets
from app.domain.coverage import ContractSpan, Coverage, decide_coverage
from app.domain.kinds import WarrantyKind
from app.domain.people import Customer
from app.domain.permissions import Action
from app.domain.units import Asset, Product, Warranty
from app.errors import DuplicateError, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import name_fold, normalize_serial, tidy
from app.services.changes import Change, record_changes
from app.services.common import get_or_missing, load_for_edit, raced
from app.services.desk import Desk, period_end
from app.services.periodic import ensure_unit_plan
from app.store.engine import as_date


@dataclass(frozen=True)
class ProductRecord:
    id: int
    brand: str
    model: str
    category: str
    default_warranty_months: int
    maintenance_interval_months: int | None

    @classmethod
    def of(cls, p: Product) -> ProductRecord:
        return cls(p.id, p.brand, p.model, p.category, p.default_warranty_months,
                   p.maintenance_interval_months)

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

    @classmethod
    def of(cls, w: Warranty) -> WarrantyRecord:
        return cls(w.id, w.version, w.kind, w.start_date, w.end_date, w.terms, w.voided_on, w.void_reason)


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
    def from_rows(cls, rows: list[tuple[Any, ...]], on: date) -> AssetRecord:
        """One unit from the rows of `_UNIT` (one row per warranty × contract)."""
        first = rows[0]
        warranties = {r[15]: WarrantyRecord(r[15], r[16], r[17], as_date(r[18]), as_date(r[19]), r[20],
                                            as_date(r[21]), r[22])
                      for r in rows if r[15] is not None}
        contracts = {r[23]: ContractSpan(r[23], r[24], as_date(r[25]), as_date(r[26]), as_date(r[27]),
                                         None if r[28] is None else max(r[28] - r[29], 0), bool(r[31]),
                                         bool(r[32]))
                     for r in rows if r[23] is not None}
        ordered = tuple(sorted(warranties.values(), key=lambda w: (w.start_date, w.id)))
        return cls(
            first[0], first[1], first[2], ProductRecord(*first[7:13]), first[3], first[13] or "", first[14],
            as_date(first[4]), first[5], first[6], ordered,
            decide_coverage(ordered, contracts.values(), on), _as_utc(first[30]),
        )


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
           Contract.parts_included)
    .join(Product, Product.id == Asset.product_id)
    .outerjoin(Customer, Customer.id == Asset.customer_id)
    .outerjoin(Warranty, Warranty.asset_id == Asset.id)
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
    """None takes the product's default; 0 registers the unit without a warranty."""
    notes: str = ""


warranty_end = period_end
"""The last covered day of a warranty of `months` from `start`: `period_end`, counted in the
company's period calendar (the intake preview, registration, extensions and the import)."""


def get_or_create_product(
    session: Session, brand: str, model: str, category: str = "", warranty_months: int = 12
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
                   warranty_months: int = 12) -> ProductRecord:
    with desk.store.write() as session:
        return ProductRecord.of(get_or_create_product(session, brand, model, category, warranty_months))


def list_products(desk: Desk) -> list[ProductRecord]:
    with desk.store.read() as session:
        return [ProductRecord.of(p) for p in session.scalars(select(Product).order_by(Product.brand, Product.model))]


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
        months = product.default_warranty_months if data.warranty_months is None else data.warranty_months
        if months < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A warranty cannot be negative."),
                                  field="warranty_months")
        if months and data.purchase_date is not None:
            session.add(Warranty(asset=asset, kind=WarrantyKind.STANDARD.value,
                                 start_date=data.purchase_date,
                                 end_date=warranty_end(data.purchase_date, months, desk)))
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
    return AssetRecord.from_rows(rows, on or desk.today()) if rows else None


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
    with desk.store.write() as session:
        asset = get_or_missing(session, Asset, asset_id)
        today = desk.today()
        last_end = max((w.end_date for w in asset.warranties if w.voided_on is None), default=None)
        start = last_end + timedelta(days=1) if last_end and last_end >= today else today
        warranty = Warranty(asset_id=asset.id, kind=WarrantyKind.EXTENDED.value, start_date=start,
                            end_date=warranty_end(start, months, desk), terms=terms)
        session.add(warranty)
        record_changes(session, desk.actor.id, [
            Change("warranty_end", last_end.isoformat() if last_end else "", warranty.end_date.isoformat()),
            Change("reason", "", terms)], customer_id=asset.customer_id, asset_id=asset.id)
        session.flush()
        return WarrantyRecord.of(warranty)
