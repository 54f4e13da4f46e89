"""Products, units (assets) and their warranties; the coverage lookup."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain.coverage import Coverage, asset_coverage
from app.domain.kinds import Role, WarrantyKind
from app.domain.people import Customer
from app.domain.units import Asset, Product, Warranty
from app.errors import DuplicateError, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.calendars import add_months
from app.locale.text import normalize_search, normalize_serial, tidy
from app.services.common import get_or_missing, load_for_edit
from app.services.desk import Desk


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

    @classmethod
    def of(cls, a: Asset, on: date) -> AssetRecord:
        return cls(
            a.id, a.version, a.serial, ProductRecord.of(a.product), a.customer_id,
            a.customer.name if a.customer else "", a.customer.mobile if a.customer else None,
            a.purchase_date, a.seller, a.invoice_no,
            tuple(WarrantyRecord.of(w) for w in a.warranties), asset_coverage(a, on),
        )


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


def warranty_end(start: date, months: int, desk: Desk) -> date:
    """The last covered day of a warranty of `months` from `start`, counted in the user's
    calendar (18 months from 1402/05/12 ends on 1403/11/12)."""
    return add_months(start, months, desk.locale.calendar)


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
                          search_norm=normalize_search(f"{brand} {model}"),
                          default_warranty_months=warranty_months)
        session.add(product)
        session.flush()
    return product


def create_product(desk: Desk, brand: str, model: str, category: str = "",
                   warranty_months: int = 12) -> ProductRecord:
    with desk.store.write() as session:
        return ProductRecord.of(get_or_create_product(session, brand, model, category, warranty_months))


def _load_asset(session: Session, condition: object) -> Asset | None:
    return session.scalars(
        select(Asset)
        .where(condition)
        .options(selectinload(Asset.warranties), selectinload(Asset.contracts),
                 selectinload(Asset.product), selectinload(Asset.customer))
    ).one_or_none()


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
    with desk.store.write() as session:
        existing = session.scalars(select(Asset).where(Asset.serial_norm == serial_norm)).one_or_none()
        if existing is not None:
            raise DuplicateError(
                QT_TRANSLATE_NOOP("Errors", "A unit with serial {serial} is already registered."),
                field="serial",
                serial=existing.serial,
            )
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
        return AssetRecord.of(_load_asset(session, Asset.id == asset.id), today)


def find_asset(desk: Desk, serial: str, on: date | None = None) -> AssetRecord | None:
    """The unit with this serial (typed any way: digits of any script, dashes, spaces)."""
    key = normalize_serial(serial)
    if not key:
        return None
    with desk.store.read() as session:
        asset = _load_asset(session, Asset.serial_norm == key)
        return None if asset is None else AssetRecord.of(asset, on or desk.today())


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
    desk.require(Role.MANAGER)
    reason = tidy(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the warranty is void."),
                              field="reason")
    with desk.store.write() as session:
        warranty = load_for_edit(session, Warranty, warranty_id, version)
        warranty.voided_on = on or desk.today()
        warranty.void_reason = reason
        warranty.voided_by_id = desk.actor.id
        session.flush()
        return WarrantyRecord.of(warranty)


def extend_warranty(desk: Desk, asset_id: int, months: int, terms: str = "") -> WarrantyRecord:
    """A manager adds an extended warranty starting the day after the last one ends
    (or today, if none is running)."""
    desk.require(Role.MANAGER)
    if months <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An extension must be at least one month."),
                              field="months")
    with desk.store.write() as session:
        asset = get_or_missing(session, Asset, asset_id)
        today = desk.today()
        last_end = max((w.end_date for w in asset.warranties if w.voided_on is None), default=None)
        start = last_end + timedelta(days=1) if last_end and last_end >= today else today
        warranty = Warranty(asset_id=asset.id, kind=WarrantyKind.EXTENDED.value, start_date=start,
                            end_date=warranty_end(start, months, desk), terms=terms.strip())
        session.add(warranty)
        session.flush()
        return WarrantyRecord.of(warranty)
