"""Merging two customers who are one (after an import, or typed twice at the counter).

Everything of the customer merged away moves to the one kept, in one transaction: units,
tickets (with their lines, payments and history), contracts, follow-ups and the history
entries of the customer. Maintenance plans and warranties belong to units and contracts and
move with them. The customer merged away is then deleted; the kept customer's history says
who merged whom, when, and what was kept of the other.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.domain.complaints import Complaint
from app.domain.contracts import Contract
from app.domain.followups import FollowUp
from app.domain.kinds import EventKind
from app.domain.people import Customer, User
from app.domain.permissions import Action
from app.domain.tickets import Ticket, TicketEvent
from app.domain.units import Asset
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.phone import phone_search_key
from app.locale.text import name_fold
from app.services.backups import backup_now
from app.services.changes import Change, record_changes
from app.services.common import get_or_missing, load_for_edit
from app.services.customers import CustomerRecord
from app.services.desk import Desk
from app.services.search_text import refresh_ticket_search

TEXT_DETAILS = ("mobile", "phone", "email", "city", "address", "national_id", "company")
"""The details taken from the other customer where the kept one has none."""


@dataclass(frozen=True)
class Dependents:
    """What hangs on a customer: what a merge moves, and what forbids deleting them."""

    units: int
    tickets: int
    contracts: int
    followups: int
    entries: int
    """History entries of the customer's own (calls, notes, complaints...) other than corrections."""

    @property
    def any(self) -> bool:
        return any((self.units, self.tickets, self.contracts, self.followups, self.entries))


def count_dependents(session: Session, customer_id: int) -> Dependents:
    def count(column: object, *more: object) -> int:
        return session.scalar(select(func.count()).where(column == customer_id, *more)) or 0

    return Dependents(count(Asset.customer_id), count(Ticket.customer_id), count(Contract.customer_id),
                      count(FollowUp.customer_id),
                      count(TicketEvent.customer_id, TicketEvent.kind != EventKind.CHANGE.value)
                      + count(Complaint.customer_id))


@dataclass(frozen=True)
class DetailPlan:
    """How the kept customer's details come out of a merge, decided by `plan_details`."""

    values: dict[str, object]
    """The kept customer's columns that change, with their new values."""
    filled: tuple[Change, ...]
    """Details of the kept customer that change: (field, kept customer's value, merged value)."""
    kept: tuple[Change, ...]
    """The other's details that differ and are not taken: (field, other's value, the value kept)."""


def plan_details(keep: CustomerRecord, other: CustomerRecord,
                 staff_name: Callable[[int], str] = str) -> DetailPlan:
    """What the kept customer takes from the other: nothing already known is overwritten.

    - A detail the kept customer lacks (mobile, phone, email, city, address, national ID,
      company name, representative) is taken from the other.
    - A detail both have and that differs stays as the kept customer has it; the other's
      value is written in the merge's history entry.
    - A second mobile must not vanish: when the mobiles differ and the kept customer has no
      phone, the other's mobile becomes the phone (and the other's own phone, if any, takes
      precedence there: it is a phone too). Either way the other's mobile is in the entry.
    - Notes are joined (the kept customer's first); VIP and company are set if either is.
    """
    values: dict[str, object] = {}
    filled: list[Change] = []
    kept: list[Change] = []
    for field in TEXT_DETAILS:
        mine, theirs = getattr(keep, field) or "", getattr(other, field) or ""
        if not theirs or theirs == mine:
            continue
        if mine:
            kept.append(Change(field, theirs, mine))
        else:
            values[field] = theirs
            filled.append(Change(field, "", theirs))
    if (keep.mobile and other.mobile and keep.mobile != other.mobile and not keep.phone and not other.phone):
        values["phone"] = other.mobile
        filled.append(Change("phone", "", other.mobile))
    if other.notes and other.notes != keep.notes:
        notes = f"{keep.notes}\n\n{other.notes}" if keep.notes else other.notes
        values["notes"] = notes
        filled.append(Change("notes", keep.notes, notes))
    for flag in ("vip", "is_company"):
        if getattr(other, flag) and not getattr(keep, flag):
            values[flag] = True
            filled.append(Change(flag, "", "yes"))
    if other.representative_id is not None and keep.representative_id is None:
        values["representative_id"] = other.representative_id
        filled.append(Change("representative", "", staff_name(other.representative_id)))
    elif other.representative_id is not None and keep.representative_id not in (None, other.representative_id):
        kept.append(Change("representative", staff_name(other.representative_id),
                           staff_name(keep.representative_id)))
    return DetailPlan(values, tuple(filled), tuple(kept))


@dataclass(frozen=True)
class MergePlan:
    """A merge as the clerk confirms it: both customers, what moves, which details are kept."""

    keep: CustomerRecord
    other: CustomerRecord
    moving: Dependents
    """What the other customer has, all of which moves."""
    staying: Dependents
    """What the kept customer has already."""
    details: DetailPlan


def _staff_names(session: Session) -> Callable[[int], str]:
    names: dict[int, str] = {user_id: name for user_id, name in session.execute(select(User.id, User.full_name))}
    return lambda user_id: names.get(user_id, f"#{user_id}")


def _check_pair(keep: Customer, other: Customer) -> None:
    if keep.id == other.id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A customer cannot be merged with themselves."))
    if keep.archived_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} is archived: restore them from the archive "
                                                          "before merging another customer into them."),
                              name=keep.name)


def plan_merge(desk: Desk, keep_id: int, other_id: int) -> MergePlan:
    """What `merge_customers` would do, for the clerk to see before confirming."""
    with desk.store.read() as session:
        keep, other = get_or_missing(session, Customer, keep_id), get_or_missing(session, Customer, other_id)
        _check_pair(keep, other)
        keep_record, other_record = CustomerRecord.of(keep), CustomerRecord.of(other)
        return MergePlan(keep_record, other_record, count_dependents(session, other_id),
                         count_dependents(session, keep_id), plan_details(keep_record, other_record, _staff_names(session)))


def merge_customers(desk: Desk, keep_id: int, keep_version: int, other_id: int, other_version: int
                    ) -> CustomerRecord:
    """Move everything of `other` to `keep`, fill `keep`'s missing details from it (see
    `plan_details`), delete `other`, and record the merge in `keep`'s history. A manager's
    decision: it cannot be undone by a button, so the database is backed up first."""
    desk.require(Action.MERGE_CUSTOMERS)
    backup_now(desk.store, "merge")
    with desk.store.write() as session:
        keep = load_for_edit(session, Customer, keep_id, keep_version)
        other = load_for_edit(session, Customer, other_id, other_version)
        _check_pair(keep, other)
        keep_record, other_record = CustomerRecord.of(keep), CustomerRecord.of(other)
        plan = plan_details(keep_record, other_record, _staff_names(session))
        before = count_dependents(session, keep.id)
        # Through the ORM, one record at a time: each moved record's version goes up, so a
        # window still showing it under the other customer is told to reload before it saves.
        for model in (Asset, Ticket, Contract, FollowUp, Complaint):
            for record in session.scalars(select(model).where(model.customer_id == other.id)):
                record.customer_id = keep.id
        session.execute(update(TicketEvent).where(TicketEvent.customer_id == other.id)
                        .values(customer_id=keep.id).execution_options(synchronize_session=False))
        for field, value in plan.values.items():
            setattr(keep, field, value)
        keep.name_norm = name_fold(keep.name)
        keep.mobile_key, keep.phone_key = phone_search_key(keep.mobile or ""), phone_search_key(keep.phone)
        session.flush()
        after = count_dependents(session, keep.id)
        record_changes(session, desk.actor.id, [
            Change("merged", other.name, keep.name),
            Change("units_count", str(before.units), str(after.units)),
            Change("tickets_count", str(before.tickets), str(after.tickets)),
            *plan.filled, *plan.kept,
        ], customer_id=keep.id)
        session.expire(other)
        session.delete(other)
        session.flush()
        refresh_ticket_search(session, customer_id=keep.id)
        return CustomerRecord.of(keep)
