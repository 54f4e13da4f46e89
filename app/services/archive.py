"""Taking back what was entered by mistake: delete it where nothing depends on it, otherwise
archive it (kept with its history, left out of the lists and the search) and restore it later.

Every deletion, archiving and restoring leaves a correction entry in the history: a deleted
customer's entry names them and belongs to no customer (they are gone); a deleted or
archived unit's entry is in its owner's history.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.domain.base import utcnow
from app.domain.contracts import MaintenancePlan, contract_assets
from app.domain.people import Customer
from app.domain.permissions import Action
from app.domain.tickets import Ticket, TicketEvent
from app.domain.units import Asset
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.changes import Change, record_changes
from app.services.common import load_for_edit
from app.services.customers import CustomerRecord
from app.services.desk import Desk
from app.services.merge import count_dependents
from app.services.periodic import drop_unused_plan


class HasDependents(ValidationError):
    """The record cannot be deleted: other records refer to it. Archiving is the way."""


def _day(desk: Desk, moment: datetime | None) -> str:
    """The local day of an archiving, as its entry keeps it ('' for none)."""
    return moment.astimezone(desk.locale.timezone).date().isoformat() if moment is not None else ""


def delete_customer(desk: Desk, customer_id: int, version: int) -> None:
    """Delete a customer entered by mistake: refused while they have units, tickets, contracts,
    follow-ups or history entries of their own (their corrections go with the deletion's entry)."""
    desk.require(Action.DELETE_OR_ARCHIVE)
    with desk.store.write() as session:
        customer = load_for_edit(session, Customer, customer_id, version)
        found = count_dependents(session, customer.id)
        if found.any:
            raise HasDependents(
                QT_TRANSLATE_NOOP("Errors", "{name} cannot be deleted: records depend on this customer (units: "
                                            "{units}, tickets: {tickets}, contracts: {contracts}, follow-ups: "
                                            "{followups}, history entries: {entries}). Archive the customer "
                                            "instead: they leave the lists and the search, and nothing is lost."),
                name=customer.name, units=found.units, tickets=found.tickets, contracts=found.contracts,
                followups=found.followups, entries=found.entries)
        # Their corrections (an archiving, a restoring) outlive them beside the deletion's entry.
        session.execute(update(TicketEvent).where(TicketEvent.customer_id == customer.id)
                        .values(customer_id=None).execution_options(synchronize_session=False))
        record_changes(session, desk.actor.id, [Change("deleted", customer.name, ""),
                                                Change("mobile", customer.mobile or "", ""),
                                                Change("phone", customer.phone, "")], customer_id=None)
        session.delete(customer)


def _set_customer_archived(desk: Desk, customer_id: int, version: int, archived: bool) -> CustomerRecord:
    with desk.store.write() as session:
        customer = load_for_edit(session, Customer, customer_id, version)
        if (customer.archived_at is not None) == archived:
            return CustomerRecord.of(customer)
        before = _day(desk, customer.archived_at)
        customer.archived_at = utcnow() if archived else None
        record_changes(session, desk.actor.id, [Change("archived", before, _day(desk, customer.archived_at))],
                       customer_id=customer.id)
        session.flush()
        return CustomerRecord.of(customer)


def archive_customer(desk: Desk, customer_id: int, version: int) -> CustomerRecord:
    """Leave the customer out of the lists and the search; everything of theirs is kept."""
    return _set_customer_archived(desk, customer_id, version, True)


def unarchive_customer(desk: Desk, customer_id: int, version: int) -> CustomerRecord:
    return _set_customer_archived(desk, customer_id, version, False)


def _unit_text(asset: Asset) -> str:
    return " ".join(part for part in (asset.serial, asset.product.brand, asset.product.model) if part)


def _unit_dependents(session: Session, asset_id: int) -> tuple[int, int, int]:
    def count(column: object) -> int:
        return session.scalar(select(func.count()).where(column == asset_id)) or 0

    return count(Ticket.asset_id), count(contract_assets.c.asset_id), count(MaintenancePlan.asset_id)


def delete_unit(desk: Desk, asset_id: int, version: int) -> None:
    """Delete a unit registered by mistake, with its warranties: refused while a ticket, a
    contract or a service plan refers to it. The entry is in its owner's history."""
    desk.require(Action.DELETE_OR_ARCHIVE)
    with desk.store.write() as session:
        asset = load_for_edit(session, Asset, asset_id, version)
        drop_unused_plan(session, asset.id)
        tickets, contracts, plans = _unit_dependents(session, asset.id)
        if tickets or contracts or plans:
            raise HasDependents(
                QT_TRANSLATE_NOOP("Errors", "The unit {serial} cannot be deleted: records refer to it (tickets: "
                                            "{tickets}, contracts: {contracts}, service plans: {plans}). Archive "
                                            "it instead: it leaves the lists, and nothing is lost."),
                serial=asset.serial, tickets=tickets, contracts=contracts, plans=plans)
        session.execute(update(TicketEvent).where(TicketEvent.asset_id == asset.id)
                        .values(asset_id=None).execution_options(synchronize_session=False))
        record_changes(session, desk.actor.id, [Change("deleted", _unit_text(asset), "")],
                       customer_id=asset.customer_id)
        for warranty in asset.warranties:
            session.delete(warranty)
        session.delete(asset)


def _set_unit_archived(desk: Desk, asset_id: int, version: int, archived: bool) -> None:
    with desk.store.write() as session:
        asset = load_for_edit(session, Asset, asset_id, version)
        if (asset.archived_at is not None) == archived:
            return
        before = _day(desk, asset.archived_at)
        asset.archived_at = utcnow() if archived else None
        record_changes(session, desk.actor.id, [Change("unit", "", _unit_text(asset)),
                                                Change("archived", before, _day(desk, asset.archived_at))],
                       customer_id=asset.customer_id, asset_id=asset.id)


def archive_unit(desk: Desk, asset_id: int, version: int) -> None:
    """Leave the unit out of the lists; its serial lookup still finds it, marked archived."""
    _set_unit_archived(desk, asset_id, version, True)


def unarchive_unit(desk: Desk, asset_id: int, version: int) -> None:
    _set_unit_archived(desk, asset_id, version, False)
