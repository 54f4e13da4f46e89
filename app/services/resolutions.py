"""How a job ends besides a repair: the unit replaced, a part replaced, the money given back;
and what intake reads about a unit's earlier warranty repairs.

Each change is one transaction on the ticket's version; the ticket's resolution is worked out
again from its replacements and refunds (`_settle`), so it never says more than they do.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.base import utcnow
from app.domain.coverage import CoverageKind
from app.domain.defects import EarlierRepair
from app.domain.kinds import ClaimStatus, EventKind, LineKind, PaymentMethod, Resolution, TicketKind, WarrantyKind
from app.domain.parts import Part
from app.domain.permissions import Action
from app.domain.resolutions import (
    PartReturn,
    Refund,
    RemainingWarranty,
    Replacement,
    ReplacementKind,
    ReplacementWarranty,
    ended_as,
    remaining_warranty,
    resolution_of,
)
from app.domain.tickets import Ticket, TicketEvent, TicketLine
from app.domain.units import Asset, Warranty
from app.domain.workflow import TicketStatus
from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Ident, catalogue_for
from app.locale.text import normalize_serial, tidy
from app.services.common import get_or_missing, load_for_edit, raced
from app.services.desk import Desk, period_end
from app.services.tickets import TicketRecord, require_open, ticket_record, touch
from app.services.units import check_serial_free

_ENTRY_SEPARATOR = "\t"


def warranty_repairs(desk: Desk, asset_id: int) -> list[EarlierRepair]:
    """The unit's finished repair jobs that its warranty paid for (coverage recorded at intake:
    warranty), oldest first: what app.domain.defects.repeated_defect weighs."""
    with desk.store.read() as session:
        rows = session.execute(
            select(Ticket.id, Ticket.number, Ticket.opened_at, Ticket.fault).where(
                Ticket.asset_id == asset_id, Ticket.coverage == CoverageKind.WARRANTY.value,
                Ticket.kind == TicketKind.REPAIR.value,
                Ticket.status.in_([TicketStatus.DELIVERED.value, TicketStatus.CLOSED.value]))
            .order_by(Ticket.opened_at, Ticket.id))
        return [EarlierRepair(*row) for row in rows]


def replaced_by(desk: Desk, asset_id: int) -> tuple[str, str] | None:
    """(serial of the unit that replaced it, number of the ticket) for a unit replaced; None
    for a unit in use."""
    with desk.store.read() as session:
        row = session.execute(
            select(Replacement.replacement_serial, Ticket.number).join(Ticket, Ticket.id == Replacement.ticket_id)
            .where(Replacement.faulty_asset_id == asset_id, Replacement.kind == ReplacementKind.UNIT.value)
            .order_by(Replacement.id.desc()).limit(1)).one_or_none()
        return None if row is None else (row[0], row[1])


@dataclass(frozen=True)
class ReplacementRecord:
    id: int
    kind: ReplacementKind
    faulty_serial: str
    replacement_serial: str
    line_id: int | None
    part_name: str
    at: datetime
    user_id: int | None
    claim_status: ClaimStatus | None
    """The manufacturer's claim for a part replaced under warranty; None when there is none."""


@dataclass(frozen=True)
class RefundRecord:
    id: int
    amount: Decimal
    method: str
    reason: str
    at: datetime
    user_id: int | None


@dataclass(frozen=True)
class ResolutionRecord:
    """How a ticket ended, with what it rests on."""

    resolution: Resolution | None
    """None while an open job has none recorded (a repair ends as repaired)."""
    replacements: tuple[ReplacementRecord, ...]
    refunds: tuple[RefundRecord, ...]
    currency: str

    @property
    def refunded(self) -> Decimal:
        return sum((r.amount for r in self.refunds), Decimal(0))


def ticket_resolution(desk: Desk, ticket_id: int) -> ResolutionRecord:
    with desk.store.read() as session:
        ticket = get_or_missing(session, Ticket, ticket_id)
        claims = dict(session.execute(select(PartReturn.replacement_id, PartReturn.status)
                                      .where(PartReturn.ticket_id == ticket_id)).all())
        replacements = tuple(
            ReplacementRecord(r.id, ReplacementKind(r.kind), r.faulty_serial, r.replacement_serial, r.line_id,
                              name or "", r.at, r.user_id,
                              ClaimStatus(claims[r.id]) if r.id in claims else None)
            for r, name in session.execute(
                select(Replacement, Part.name).outerjoin(Part, Part.id == Replacement.part_id)
                .where(Replacement.ticket_id == ticket_id).order_by(Replacement.id)))
        refunds = tuple(RefundRecord(r.id, r.amount, r.method, r.reason, r.at, r.user_id)
                        for r in session.scalars(select(Refund).where(Refund.ticket_id == ticket_id)
                                                 .order_by(Refund.id)))
        return ResolutionRecord(ended_as(ticket.resolution, ticket.kind, ticket.status), replacements, refunds,
                                ticket.currency)


@dataclass(frozen=True)
class UnitReplacementTerms:
    """What the clerk chooses a replacement unit's warranty from."""

    faulty_serial: str
    product: str
    remaining: RemainingWarranty
    product_months: int
    """The product's rule: its default warranty months (0: none)."""
    product_end: date | None
    """The last day of a warranty by that rule from today; None when there is no rule."""


def unit_replacement_terms(desk: Desk, ticket_id: int) -> UnitReplacementTerms:
    today = desk.today()
    with desk.store.read() as session:
        asset = _unit_of(get_or_missing(session, Ticket, ticket_id))
        months = asset.product.default_warranty_months
        return UnitReplacementTerms(
            asset.serial, f"{asset.product.brand} {asset.product.model}".strip(),
            remaining_warranty(asset.warranties, today), months,
            period_end(today, months, desk) if months > 0 else None)


def _unit_of(ticket: Ticket) -> Asset:
    if ticket.asset is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This ticket has no unit to replace."))
    if ticket.asset.replaced_by_id is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unit {serial} was replaced already."),
                              serial=ticket.asset.serial)
    return ticket.asset


def _serial(typed: str, field: str) -> str:
    serial = tidy(typed)
    if not normalize_serial(serial):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The serial number is required."), field=field)
    return serial


def replace_unit(desk: Desk, ticket_id: int, version: int, serial: str,
                 warranty: ReplacementWarranty) -> TicketRecord:
    """Give the customer a new unit of the same product for the ticket's faulty one. The new
    unit is registered as theirs (its serial must be free) with the warranty the clerk chose;
    the faulty unit is kept, marked replaced by it."""
    serial = _serial(serial, "replacement_serial")
    serial_norm = normalize_serial(serial)
    with raced(desk.store, "assets.serial_norm", lambda session: check_serial_free(session, serial_norm)), \
            desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        require_open(ticket)
        faulty = _unit_of(ticket)
        check_serial_free(session, serial_norm)
        today = desk.today()
        new = Asset(serial=serial, serial_norm=serial_norm, product_id=faulty.product_id,
                    customer_id=ticket.customer_id)
        session.add(new)
        session.add_all(_replacement_warranty(desk, faulty, new, ReplacementWarranty(warranty), today))
        session.flush()
        faulty.replaced_by_id = new.id
        _end_warranties(desk, faulty, serial, today)
        session.add(Replacement(ticket_id=ticket.id, kind=ReplacementKind.UNIT.value, faulty_serial=faulty.serial,
                                replacement_serial=serial, faulty_asset_id=faulty.id, replacement_asset_id=new.id,
                                user_id=desk.actor.id, at=utcnow()))
        _settle(session, desk, ticket, Resolution.UNIT_REPLACED, faulty.serial, serial)
        return ticket_record(session, ticket.id)


REPLACED_BY = QT_TRANSLATE_NOOP("Coverage", "replaced by unit {serial}")


def _end_warranties(desk: Desk, faulty: Asset, serial: str, today: date) -> None:
    """The faulty unit is the shop's now: its warranties still to run are void from the
    replacement day, saying by which unit (its lookup must not answer "under warranty")."""
    reason = catalogue_for(desk.locale.lang).translate("Coverage", REPLACED_BY).format(serial=serial)
    for warranty in faulty.warranties:
        if warranty.voided_on is None and warranty.end_date >= today:
            warranty.voided_on, warranty.void_reason, warranty.voided_by_id = today, reason, desk.actor.id


def _replacement_warranty(desk: Desk, faulty: Asset, new: Asset, choice: ReplacementWarranty,
                          today: date) -> list[Warranty]:
    if choice is ReplacementWarranty.NONE:
        return []
    if choice is ReplacementWarranty.INHERIT:
        remaining = remaining_warranty(faulty.warranties, today)
        if not remaining.inheritable:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unit {serial} has no warranty left to inherit."),
                                  field="warranty", serial=faulty.serial)
        running = next(w for w in faulty.warranties if w.id == remaining.left.warranty_id)
        return [Warranty(asset=new, kind=running.kind, start_date=today, end_date=remaining.end,
                         terms=running.terms)]
    months = faulty.product.default_warranty_months
    if months <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The product has no warranty of its own to give."),
                              field="warranty")
    return [Warranty(asset=new, kind=WarrantyKind.STANDARD.value, start_date=today,
                     end_date=period_end(today, months, desk))]


def replace_part(desk: Desk, ticket_id: int, version: int, line_id: int, faulty_serial: str,
                 replacement_serial: str) -> TicketRecord:
    """The part of a part line of the ticket was fitted in place of a faulty one: both serials
    are recorded, and a faulty part replaced under warranty goes on the returns list for the
    manufacturer's credit."""
    faulty_serial = _serial(faulty_serial, "faulty_serial")
    replacement_serial = _serial(replacement_serial, "part_serial")
    with desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        require_open(ticket)
        line = session.get(TicketLine, line_id)
        if line is None or line.ticket_id != ticket.id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That record no longer exists."))
        if line.kind != LineKind.PART.value or line.part_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the line of the part that was fitted."),
                                  field="line")
        if session.scalar(select(Replacement.id).where(Replacement.line_id == line.id)) is not None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This part's replacement is recorded already."),
                                  field="line")
        replacement = Replacement(ticket_id=ticket.id, kind=ReplacementKind.PART.value, faulty_serial=faulty_serial,
                                  replacement_serial=replacement_serial, line_id=line.id, part_id=line.part_id,
                                  user_id=desk.actor.id, at=utcnow())
        session.add(replacement)
        session.flush()
        if ticket.coverage == CoverageKind.WARRANTY.value and line.covered:
            now = utcnow()
            session.add(PartReturn(replacement_id=replacement.id, ticket_id=ticket.id, part_id=line.part_id,
                                   faulty_serial=faulty_serial, status=ClaimStatus.TO_SEND.value,
                                   created_by_id=desk.actor.id, status_at=now, status_by_id=desk.actor.id))
        _settle(session, desk, ticket, Resolution.PART_REPLACED, faulty_serial, replacement_serial)
        return ticket_record(session, ticket.id)


def refund(desk: Desk, ticket_id: int, version: int, amount: Decimal, method: PaymentMethod | None,
           reason: str) -> TicketRecord:
    """A manager gives the customer money back for the unit (a refund instead of a repair).
    It is kept apart from the job's payments: what the job cost and what was paid for it stay
    as they were, and the refund shows beside them."""
    desk.require(Action.REFUND)
    if amount <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the amount given back."), field="amount")
    if method is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose how the money was given back."), field="method")
    why = desk.text(reason)
    if not why:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the money is given back."), field="reason")
    with desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        if ticket.status == TicketStatus.CANCELLED.value:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Ticket {number} is cancelled."),
                                  number=Ident(ticket.number))
        session.add(Refund(ticket_id=ticket.id, amount=amount, currency=ticket.currency,
                           method=PaymentMethod(method).value, reason=why, user_id=desk.actor.id, at=utcnow()))
        _settle(session, desk, ticket, Resolution.REFUNDED, str(amount), ticket.currency)
        return ticket_record(session, ticket.id)


def _settle(session: Session, desk: Desk, ticket: Ticket, what: Resolution, *details: str) -> None:
    """The ticket's resolution after `what` happened, and the history entry saying so."""
    session.flush()
    ticket.resolution = resolution_of(session, ticket.id)
    session.add(TicketEvent(ticket_id=ticket.id, customer_id=ticket.customer_id, kind=EventKind.RESOLUTION.value,
                            text=_ENTRY_SEPARATOR.join((what.value, *details)), user_id=desk.actor.id, at=utcnow()))
    touch(ticket)


def resolution_entry(text: str) -> tuple[Resolution, tuple[str, ...]] | None:
    """A resolution entry of the history read back: what happened and its details (the faulty
    and the replacement serials, or the amount given back and its currency); None for a text
    not written so."""
    what, *details = text.split(_ENTRY_SEPARATOR)
    if what not in {r.value for r in Resolution}:
        return None
    return Resolution(what), tuple(details)
