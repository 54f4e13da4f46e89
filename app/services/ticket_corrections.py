"""Corrections of a ticket after intake: its details, its unit, a line, the last move.

Each correction is written to the ticket's history with its before and after
(app.services.changes), by whoever made it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.domain.coverage import CoverageKind
from app.domain.followups import FollowUp, FollowUpAttempt
from app.domain.kinds import Channel, EventKind, FollowUpKind, Priority, StockKind, TicketKind
from app.domain.people import User
from app.domain.permissions import Action
from app.domain.tickets import Ticket, TicketEvent, TicketLine
from app.domain.units import Asset
from app.domain.workflow import TicketStatus
from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.text import in_desk_letters, tidy
from app.services.changes import Change, change_lines, record_changes
from app.services.common import get_or_missing, load_for_edit
from app.services.contracts import settle_visit
from app.services.desk import Desk
from app.services.search_text import refresh_ticket_search
from app.services.stock import locked_part, move_stock
from app.services.tickets import (
    EventRecord,
    TicketRecord,
    decide_coverage,
    reclaim_claim,
    release_claim,
    require_open,
    take_from_stock,
    ticket_fault,
    ticket_record,
    touch,
)
from app.services.units import withdraw_repair_warranty

E = TypeVar("E", TicketEvent, EventRecord)


@dataclass
class TicketEdit:
    """What a clerk may correct on a ticket after intake (the coverage decision follows the unit)."""

    fault: str
    accessories: str
    condition: str
    priority: Priority
    kind: TicketKind
    channel: Channel
    promised_date: date | None
    assignee_id: int | None
    asset_id: int | None


def update_ticket(desk: Desk, ticket_id: int, version: int, data: TicketEdit) -> TicketRecord:
    """Correct what intake recorded; each changed field goes into the ticket's history.

    Another unit of the same customer may replace a wrong one while no part or labour is on
    the job: the coverage decision is then taken again for it, as of the day the job came in.
    """
    fault = in_desk_letters(ticket_fault(data.fault), desk.locale.lang)
    accessories, condition = desk.text(data.accessories), desk.text(data.condition)
    with desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        require_open(ticket)
        if data.promised_date != ticket.promised_date and data.promised_date is not None \
                and data.promised_date < desk.today():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The promised date is in the past."),
                                  field="promised_date")
        people = {u.id: u.full_name for u in session.scalars(
            select(User).where(User.id.in_([i for i in (ticket.assignee_id, data.assignee_id) if i is not None])))}
        if data.assignee_id is not None and data.assignee_id not in people:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That record no longer exists."))
        changes = [
            Change("fault", ticket.fault, fault),
            Change("accessories", ticket.accessories, accessories),
            Change("condition", ticket.condition, condition),
            Change("priority", ticket.priority, Priority(data.priority).value),
            Change("kind", ticket.kind, TicketKind(data.kind).value),
            Change("channel", ticket.channel, Channel(data.channel).value),
            Change("promised_date", ticket.promised_date.isoformat() if ticket.promised_date else "",
                   data.promised_date.isoformat() if data.promised_date else ""),
            Change("assignee", people.get(ticket.assignee_id, ""), people.get(data.assignee_id, "")),
        ]
        if data.asset_id != ticket.asset_id:
            changes.append(_change_unit(session, ticket, data.asset_id, desk))
        ticket.fault, ticket.accessories, ticket.condition = fault, accessories, condition
        ticket.priority, ticket.kind = Priority(data.priority).value, TicketKind(data.kind).value
        ticket.channel, ticket.promised_date = Channel(data.channel).value, data.promised_date
        ticket.assignee_id = data.assignee_id
        # a repair that turns out an inquiry gives its visit back, and the other way round
        settle_visit(session, ticket, ticket.opened_at.astimezone(desk.locale.timezone).date())
        if record_changes(session, desk.actor.id, changes, customer_id=ticket.customer_id,
                          ticket_id=ticket.id, asset_id=ticket.asset_id) is not None:
            touch(ticket)
        refresh_ticket_search(session, ticket_id=ticket.id)
        return ticket_record(session, ticket.id)


def _unit_words(asset: Asset | None) -> str:
    if asset is None:
        return ""
    return " ".join(part for part in (asset.product.brand, asset.product.model, asset.serial) if part)


def _change_unit(session: Session, ticket: Ticket, asset_id: int | None, desk: Desk) -> Change:
    """Put another unit of the ticket's customer on it, with that unit's coverage decision."""
    if ticket.lines:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Parts or labour are already on this job; remove them before changing its unit."),
            field="unit")
    old = session.get(Asset, ticket.asset_id) if ticket.asset_id is not None else None
    release_claim(session, ticket)
    ticket.contract_id, ticket.asset_id = None, None
    ticket.warranty_id, ticket.warranty_claim, ticket.repair_warranty_id = None, None, None
    ticket.coverage, ticket.coverage_until, ticket.coverage_note = CoverageKind.NONE.value, None, ""
    opened_on = ticket.opened_at.astimezone(desk.locale.timezone).date()
    settle_visit(session, ticket, opened_on)  # the old unit's contract gets its visit back
    asset = None
    if asset_id is not None:
        asset = get_or_missing(session, Asset, asset_id)
        if asset.customer_id != ticket.customer_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That unit belongs to another customer."),
                                  field="unit")
        decide_coverage(session, ticket, asset, opened_on)
    return Change("unit", _unit_words(old), _unit_words(asset))




def update_line(desk: Desk, ticket_id: int, version: int, line_id: int, quantity: Decimal,
                unit_price: Decimal, reason: str = "") -> TicketRecord:
    """Correct a line's quantity and price. A part's stock follows its quantity; its price is
    the catalogue's, and only a manager may override it, saying why."""
    reason = tidy(reason)
    if quantity <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The quantity must be more than zero."),
                              field="quantity")
    if unit_price < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The price cannot be negative."), field="unit_price")
    with desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        require_open(ticket)
        line = session.get(TicketLine, line_id)
        if line is None or line.ticket_id != ticket.id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That record no longer exists."))
        if line.part_id is not None:
            if unit_price != line.unit_price:
                desk.require(Action.OVERRIDE_PRICE)
                if not reason:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the catalogue price is overridden."),
                                          field="reason")
            more = int(quantity) - int(line.quantity)
            move_stock(session, desk, locked_part(session, line.part_id), -more,
                       StockKind.USED if more > 0 else StockKind.RETURNED, ticket_id=ticket.id)
        changes = [Change("line", line.description, line.description),
                   Change("quantity", _number(line.quantity), _number(quantity)),
                   Change("unit_price", _number(line.unit_price), _number(unit_price)),
                   Change("reason", "", reason)]
        line.quantity, line.unit_price = quantity, unit_price
        if record_changes(session, desk.actor.id, changes, customer_id=ticket.customer_id,
                          ticket_id=ticket.id) is not None:
            touch(ticket)
        return ticket_record(session, ticket.id)


def _number(value: Decimal) -> str:
    return format(value.normalize(), "f")


UNDONE_BY_MANAGERS = frozenset({TicketStatus.DELIVERED, TicketStatus.CLOSED})
"""Moves after the unit went back to the customer: taking one back is a manager's."""


def undo_last_move(desk: Desk, ticket_id: int, version: int, reason: str) -> TicketRecord:
    """Take back the ticket's last status move (a wrong button), saying why; only the last.

    What the move did is undone with it: a delivery's satisfaction call (if not made yet), a
    cancellation's return of parts to stock and of a contract visit, the marks of closing and
    reopening. Payments stay: money taken is given back by hand, not by an undo.
    """
    desk.require(Action.UNDO_MOVE)
    reason = tidy(reason)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the move is undone."), field="reason")
    with desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        last = last_undoable_move(ticket.events)
        if last is None or last.to_status != ticket.status:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no move to undo on this ticket."))
        current, previous = TicketStatus(ticket.status), TicketStatus(last.from_status)
        if current in UNDONE_BY_MANAGERS:
            desk.require(Action.UNDO_DELIVERY)
        if current is TicketStatus.DELIVERED:
            ticket.delivered_at = None
            withdraw_repair_warranty(session, ticket)
            for followup in session.scalars(select(FollowUp).where(
                    FollowUp.ticket_id == ticket.id, FollowUp.kind == FollowUpKind.AFTER_DELIVERY.value,
                    FollowUp.done_at.is_(None), ~FollowUp.id.in_(select(FollowUpAttempt.followup_id)))):
                session.delete(followup)  # one already tried stays: its tries are part of the record
        elif current is TicketStatus.CANCELLED:
            take_from_stock(session, desk, ticket.lines)
            ticket.status = previous.value
            settle_visit(session, ticket, ticket.opened_at.astimezone(desk.locale.timezone).date())
            reclaim_claim(session, ticket)
            ticket.closed_at = None
        elif current is TicketStatus.CLOSED:
            ticket.closed_at = None
        elif current is TicketStatus.REOPENED:
            ticket.is_rework = session.scalar(select(TicketEvent.id).where(
                TicketEvent.ticket_id == ticket.id, TicketEvent.kind == EventKind.STATUS.value,
                TicketEvent.to_status == TicketStatus.REOPENED.value, TicketEvent.id != last.id).limit(1)) is not None
            if previous is TicketStatus.CLOSED:
                ticket.closed_at = last.at
        ticket.status = previous.value
        record_changes(session, desk.actor.id, [Change("status", current.value, previous.value),
                                                Change("reason", "", reason)],
                       customer_id=ticket.customer_id, ticket_id=ticket.id)
        touch(ticket)
        return ticket_record(session, ticket.id)


def last_undoable_move(events: Sequence[E]) -> E | None:
    """The ticket's last status move if it may be undone: None when the last thing done to
    its status was an undo (only the last move may be undone, once) or there was no move."""
    for entry in sorted(events, key=lambda e: (e.at, e.id), reverse=True):
        if entry.kind == EventKind.STATUS.value:
            return entry if entry.from_status else None
        if entry.kind == EventKind.CHANGE.value and any(c.field == "status" for c in change_lines(entry.text)):
            return None
    return None
