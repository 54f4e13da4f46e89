"""Corrections to a registered unit: its serial, product, purchase, and who owns it.

Each correction is one transaction that also writes the history entry saying who changed
what, from what, to what (app.services.changes), so the record survives the clerk.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.kinds import WarrantyKind
from app.domain.limits import check_length
from app.domain.people import Customer, User
from app.domain.tickets import Ticket, TicketEvent
from app.domain.units import Asset, Product, Warranty
from app.errors import DuplicateError, NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import normalize_serial, tidy
from app.services.changes import Change, record_changes
from app.services.common import get_or_missing, load_for_edit, raced
from app.services.desk import Desk
from app.services.listing import TICKETS, TicketRow
from app.services.search_text import refresh_ticket_search
from app.services.units import AssetRecord, find_asset, standard_warranty, warranty_end, warranty_rule_for

MAX_MONTHS_SEARCHED = 240
"""The longest warranty whose length is recognised in whole months (twenty years)."""


@dataclass
class UnitInput:
    """A unit's details as the clerk corrects them (the owner changes by `transfer_unit`)."""

    serial: str
    product_id: int | None
    """None: no product chosen; refused, a product is never picked for the clerk."""
    purchase_date: date | None = None
    """None: unknown, and then no warranty is recorded."""
    seller: str = ""
    invoice_no: str = ""


@dataclass(frozen=True)
class UnitEntry:
    """One entry of a unit's history: a correction, or anything else written about the unit."""

    at: datetime
    kind: str
    text: str
    user_name: str


def get_unit(desk: Desk, asset_id: int) -> AssetRecord:
    """The unit with its product, owner, warranties and today's coverage."""
    with desk.store.read() as session:
        serial_norm = session.scalar(select(Asset.serial_norm).where(Asset.id == asset_id))
    record = find_asset(desk, serial_norm) if serial_norm else None
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That record no longer exists."))
    return record


def unit_tickets(desk: Desk, asset_id: int, limit: int = 500) -> list[TicketRow]:
    """The unit's tickets, newest first, whoever brought them."""
    statement = TICKETS.statement(desk, "").where(Ticket.asset_id == asset_id).order_by(
        Ticket.opened_at.desc(), Ticket.id.desc()).limit(limit)
    with desk.store.read() as session:
        return [TICKETS.row(r) for r in session.execute(statement)]


def unit_history(desk: Desk, asset_id: int, limit: int = 500) -> list[UnitEntry]:
    """What was written about the unit itself (its corrections and transfers), newest first."""
    statement = (
        select(TicketEvent.at, TicketEvent.kind, TicketEvent.text, User.full_name)
        .outerjoin(User, User.id == TicketEvent.user_id)
        .where(TicketEvent.asset_id == asset_id)
        .order_by(TicketEvent.at.desc(), TicketEvent.id.desc())
        .limit(limit)
    )
    with desk.store.read() as session:
        return [UnitEntry(at, kind, text or "", user or "") for at, kind, text, user in session.execute(statement)]


def _standard_length(warranty: Warranty, desk: Desk) -> int | None:
    """The warranty's length in whole months by `warranty_end`, or None when it is not a
    whole number of months (an end date an imported sheet gave)."""
    for months in range(MAX_MONTHS_SEARCHED + 1):
        if warranty_end(warranty.start_date, months, desk) == warranty.end_date:
            return months
    return None


def _move_standard_warranty(session: Session, asset: Asset, old_purchase: date | None, product_changed: bool,
                            desk: Desk) -> None:
    """Put the unit's standard warranty where registration would have put it.

    It starts on the purchase date and ends by `warranty_end`. Its length is kept when only
    the purchase date moved (in whole months when it is a whole number of them, else in
    days); a new product brings its own default length, as registering the unit would.
    With the purchase date unknown, or a length of none, there is no standard warranty, as
    at registration: a running one is removed (the history entry keeps its old dates). A
    voided warranty stays voided whatever moves. Extended warranties are not touched.
    """
    product = session.get(Product, asset.product_id)
    assert product is not None
    rule = warranty_rule_for(session, product)
    default = rule.months
    start = asset.purchase_date
    standard = [w for w in asset.warranties if w.kind == WarrantyKind.STANDARD.value]
    if not standard:
        # None registered: the purchase date was unknown, or the unit was registered without one.
        if start is not None and default and (old_purchase is None or product_changed):
            session.add(standard_warranty(session, asset, product, start, None, desk))
        return
    for warranty in standard:
        months = default if product_changed else _standard_length(warranty, desk)
        if product_changed and default is not None:
            warranty.rule, warranty.claim_limit = rule.source.value, rule.claim_limit
        if start is None or months == 0:
            if warranty.voided_on is None:
                session.delete(warranty)
            continue
        if months is None:
            end = start + (warranty.end_date - warranty.start_date)
        else:
            end = warranty_end(start, months, desk)
        warranty.start_date, warranty.end_date = start, end


def _warranty_end_text(asset: Asset) -> str:
    """The last day of the unit's standard warranty (ISO), '' when it has none."""
    ends = [w.end_date for w in asset.warranties if w.kind == WarrantyKind.STANDARD.value]
    return max(ends).isoformat() if ends else ""


def _check_serial(session: Session, serial_norm: str, asset_id: int) -> None:
    clash = session.scalars(select(Asset).where(Asset.serial_norm == serial_norm, Asset.id != asset_id)).first()
    if clash is not None:
        raise DuplicateError(QT_TRANSLATE_NOOP("Errors", "A unit with serial {serial} is already registered."),
                             field="serial", serial=clash.serial)


def update_unit(desk: Desk, asset_id: int, version: int, data: UnitInput) -> AssetRecord:
    """Correct a unit's serial, product, purchase date, seller and invoice number.

    The serial is folded as at registration and must not belong to another unit. The product
    is chosen by the clerk (never defaulted); a purchase date may be unknown (None) but not in
    the future. A new purchase date or product moves the standard warranty as registration
    would have set it (`_move_standard_warranty`). Tickets already opened keep the coverage
    decision recorded at their intake: what was decided at the counter is not rewritten.
    One history entry, on the unit and its owner, lists each changed field before and after.
    """
    serial = tidy(data.serial)
    serial_norm = normalize_serial(serial)
    if not serial_norm:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The serial number is required."), field="serial")
    if data.product_id is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the unit's product."), field="product")
    if data.purchase_date is not None and data.purchase_date > desk.today():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The purchase date is in the future."),
                              field="purchase_date")
    seller, invoice_no = tidy(data.seller), tidy(data.invoice_no)
    check_length(Asset.__table__.c.serial, serial, "serial")
    check_length(Asset.__table__.c.seller, seller, "seller")
    check_length(Asset.__table__.c.invoice_no, invoice_no, "invoice_no")
    with raced(desk.store, "assets.serial_norm", lambda session: _check_serial(session, serial_norm, asset_id)), \
            desk.store.write() as session:
        asset = load_for_edit(session, Asset, asset_id, version)
        _check_serial(session, serial_norm, asset.id)
        old_product = asset.product
        product = get_or_missing(session, Product, data.product_id)
        before = [asset.serial, _title(old_product), _iso(asset.purchase_date), asset.seller, asset.invoice_no,
                  _warranty_end_text(asset)]
        old_purchase, serial_changed = asset.purchase_date, serial_norm != asset.serial_norm
        product_changed = product.id != old_product.id
        asset.serial, asset.serial_norm = serial, serial_norm
        asset.product_id, asset.product = product.id, product
        asset.purchase_date, asset.seller, asset.invoice_no = data.purchase_date, seller, invoice_no
        if product_changed or old_purchase != data.purchase_date:
            _move_standard_warranty(session, asset, old_purchase, product_changed, desk)
        session.flush()
        session.expire(asset, ["warranties"])
        after = [asset.serial, _title(product), _iso(asset.purchase_date), asset.seller, asset.invoice_no,
                 _warranty_end_text(asset)]
        fields = ("serial", "product", "purchase_date", "seller", "invoice_no", "warranty_end")
        record_changes(session, desk.actor.id, [Change(f, b, a) for f, b, a in zip(fields, before, after,
                                                                                    strict=True)],
                       customer_id=asset.customer_id, asset_id=asset.id)
        if serial_changed:
            tickets = session.scalars(select(Ticket.id).where(Ticket.asset_id == asset.id)).all()
            if tickets:
                refresh_ticket_search(session, ticket_ids=tickets)
    return get_unit(desk, asset_id)


def transfer_unit(desk: Desk, asset_id: int, version: int, new_customer_id: int, reason: str = "") -> AssetRecord:
    """Give the unit a new owner (sold on, a gift, registered to the wrong customer).

    The unit's warranties and contracts go with it. Its tickets, open or closed, stay with
    the customer who brought them: that customer asked for the work and is owed its outcome.
    The history of the unit and of the previous owner says "Owner: old → new" (with the
    reason, if given); the new owner's history says so too, with the unit's serial.
    """
    reason = tidy(reason)
    with desk.store.write() as session:
        asset = load_for_edit(session, Asset, asset_id, version)
        new_owner = get_or_missing(session, Customer, new_customer_id)
        if new_owner.id == asset.customer_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The unit already belongs to {name}."),
                                  field="owner", name=new_owner.name)
        if new_owner.archived_at is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} is archived: a unit cannot be given to them."),
                                  field="owner", name=new_owner.name)
        old_owner = asset.customer
        old_name = old_owner.name if old_owner is not None else ""
        asset.customer_id, asset.customer = new_owner.id, new_owner
        session.flush()
        moved = [Change("owner", old_name, new_owner.name), Change("reason", "", reason)]
        record_changes(session, desk.actor.id, moved, customer_id=old_owner.id if old_owner else None,
                       asset_id=asset.id)
        # The new owner's entry is not the unit's (its history would show the move twice):
        # it names the unit instead.
        record_changes(session, desk.actor.id, [Change("unit", "", asset.serial), *moved],
                       customer_id=new_owner.id)
    return get_unit(desk, asset_id)


def _title(product: Product) -> str:
    return f"{product.brand} {product.model}".strip()


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""
