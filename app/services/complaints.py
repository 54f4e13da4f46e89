"""Complaints from every channel: opened against a customer, answered, closed with the root
cause and the action it requires (what the manager analyses), kept in the customer's history."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from app.domain.base import utcnow
from app.domain.complaints import Complaint
from app.domain.kinds import Channel, ComplaintStatus
from app.domain.people import Customer, User
from app.domain.permissions import Action
from app.domain.tickets import Ticket
from app.domain.units import Asset
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP
from app.services.common import get_or_missing, load_for_edit
from app.services.desk import Desk

CATEGORIES_CONTEXT = "Complaints"
BUILT_IN_CATEGORIES = (
    QT_TRANSLATE_NOOP("Complaints", "Quality of the repair"),
    QT_TRANSLATE_NOOP("Complaints", "Waiting time"),
    QT_TRANSLATE_NOOP("Complaints", "Staff behaviour"),
    QT_TRANSLATE_NOOP("Complaints", "Price or invoice"),
    QT_TRANSLATE_NOOP("Complaints", "Warranty refused"),
    QT_TRANSLATE_NOOP("Complaints", "Damage or loss at the service desk"),
    QT_TRANSLATE_NOOP("Complaints", "Other"),
)
"""The categories offered, in the reader's language, until the company lists its own
(Settings, one a line); any other can be typed."""


@dataclass
class ComplaintInput:
    """What the clerk writes; nothing here has a default the clerk did not choose: no channel
    and no category is taken for them, and the owner stays nobody until one is chosen."""

    customer_id: int
    channel: Channel | None
    category: str
    description: str
    owner_id: int | None = None
    ticket_id: int | None = None
    asset_id: int | None = None


@dataclass(frozen=True)
class ComplaintRecord:
    id: int
    version: int
    customer_id: int
    ticket_id: int | None
    asset_id: int | None
    channel: str
    category: str
    description: str
    owner_id: int | None
    owner_name: str
    status: ComplaintStatus
    answer: str
    root_cause: str
    action_required: str
    opened_at: datetime
    opened_by: str
    answered_at: datetime | None
    answered_by: str
    closed_at: datetime | None
    closed_by: str


@dataclass(frozen=True)
class ComplaintSummary:
    """A line of a list of complaints (the Today view's, the complaints list's)."""

    id: int
    customer_id: int
    customer_name: str
    customer_mobile: str | None
    ticket_number: str | None
    category: str
    owner_name: str
    opened_at: datetime
    status: ComplaintStatus
    ticket_id: int | None = None
    """The job complained about (the Today view opens it)."""


def _record(session: Session, c: Complaint) -> ComplaintRecord:
    def name(user_id: int | None) -> str:
        user = session.get(User, user_id) if user_id is not None else None
        return user.full_name if user is not None else ""

    return ComplaintRecord(
        c.id, c.version, c.customer_id, c.ticket_id, c.asset_id, c.channel, c.category, c.description,
        c.owner_id, name(c.owner_id), ComplaintStatus(c.status), c.answer, c.root_cause, c.action_required,
        c.opened_at, name(c.opened_by_id), c.answered_at, name(c.answered_by_id), c.closed_at, name(c.closed_by_id))


def _required(desk: Desk, text: str, field: str, message: str) -> str:
    kept = desk.text(text)
    if not kept:
        raise ValidationError(message, field=field)
    return kept


def _check(session: Session, desk: Desk, data: ComplaintInput) -> dict[str, object]:
    """The input as a complaint stores it, or a ValidationError naming its field."""
    if data.channel is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose how the complaint came in."), field="channel")
    category = _required(desk, data.category, "category", QT_TRANSLATE_NOOP(
        "Errors", "Choose or type the complaint's category."))
    if len(category) > 200:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This is too long: at most {count} characters."),
                              field="category", count=desk.locale.digits(200))
    description = _required(desk, data.description, "description", QT_TRANSLATE_NOOP(
        "Errors", "Write what the customer complains of."))
    customer = get_or_missing(session, Customer, data.customer_id)
    if data.ticket_id is not None and get_or_missing(session, Ticket, data.ticket_id).customer_id != customer.id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That ticket is another customer's."), field="ticket")
    if data.asset_id is not None and get_or_missing(session, Asset, data.asset_id).customer_id != customer.id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That unit is another customer's."), field="unit")
    if data.owner_id is not None:
        get_or_missing(session, User, data.owner_id)
    return dict(customer_id=customer.id, channel=Channel(data.channel).value, category=category,
                description=description, owner_id=data.owner_id, ticket_id=data.ticket_id, asset_id=data.asset_id)


def open_complaint(desk: Desk, data: ComplaintInput) -> ComplaintRecord:
    """Register a complaint (any clerk): open, owned by whom the clerk chose, if anyone."""
    with desk.store.write() as session:
        complaint = Complaint(**_check(session, desk, data), status=ComplaintStatus.OPEN.value, answer="",
                              root_cause="", action_required="", opened_at=utcnow(), opened_by_id=desk.actor.id)
        session.add(complaint)
        session.flush()
        return _record(session, complaint)


def _editable(session: Session, complaint_id: int, version: int) -> Complaint:
    complaint = load_for_edit(session, Complaint, complaint_id, version)
    if complaint.status == ComplaintStatus.CLOSED.value:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This complaint is closed."))
    return complaint


def update_complaint(desk: Desk, complaint_id: int, version: int, data: ComplaintInput) -> ComplaintRecord:
    """Correct what was written of a complaint not yet closed; its owner changes by `reassign_complaint`."""
    with desk.store.write() as session:
        complaint = _editable(session, complaint_id, version)
        values = _check(session, desk, data)
        if values["customer_id"] != complaint.customer_id:
            raise ValueError("a complaint stays with its customer")
        if values["owner_id"] != complaint.owner_id:
            desk.require(Action.COMPLAINTS)
        for key, value in values.items():
            setattr(complaint, key, value)
        session.flush()
        return _record(session, complaint)


def answer_complaint(desk: Desk, complaint_id: int, version: int, answer: str) -> ComplaintRecord:
    """What the customer was told; the complaint is answered (it may be answered again)."""
    with desk.store.write() as session:
        complaint = _editable(session, complaint_id, version)
        complaint.answer = _required(desk, answer, "answer", QT_TRANSLATE_NOOP(
            "Errors", "Write what the customer was told."))
        complaint.status = ComplaintStatus.ANSWERED.value
        complaint.answered_at, complaint.answered_by_id = utcnow(), desk.actor.id
        session.flush()
        return _record(session, complaint)


def close_complaint(desk: Desk, complaint_id: int, version: int, root_cause: str,
                    action_required: str) -> ComplaintRecord:
    """Close a complaint with why it happened and what must be done so it does not again
    (a manager's analysis: both are required)."""
    desk.require(Action.COMPLAINTS)
    with desk.store.write() as session:
        complaint = _editable(session, complaint_id, version)
        complaint.root_cause = _required(desk, root_cause, "root_cause", QT_TRANSLATE_NOOP(
            "Errors", "Write the root cause: why this happened."))
        complaint.action_required = _required(desk, action_required, "action_required", QT_TRANSLATE_NOOP(
            "Errors", "Write the action required so that it does not happen again."))
        complaint.status = ComplaintStatus.CLOSED.value
        complaint.closed_at, complaint.closed_by_id = utcnow(), desk.actor.id
        session.flush()
        return _record(session, complaint)


def reassign_complaint(desk: Desk, complaint_id: int, version: int, owner_id: int | None) -> ComplaintRecord:
    """Give a complaint not yet closed to another owner (a manager's job); None: to nobody."""
    desk.require(Action.COMPLAINTS)
    with desk.store.write() as session:
        complaint = _editable(session, complaint_id, version)
        if owner_id is not None:
            get_or_missing(session, User, owner_id)
        complaint.owner_id = owner_id
        session.flush()
        return _record(session, complaint)


def get_complaint(desk: Desk, complaint_id: int) -> ComplaintRecord:
    with desk.store.read() as session:
        return _record(session, get_or_missing(session, Complaint, complaint_id))


def _summaries() -> Select:
    owner = aliased(User)
    return (select(Complaint.id, Complaint.customer_id, Customer.name, Customer.mobile, Ticket.number,
                   Complaint.category, owner.full_name, Complaint.opened_at, Complaint.status, Complaint.ticket_id)
            .join(Customer, Customer.id == Complaint.customer_id)
            .outerjoin(Ticket, Ticket.id == Complaint.ticket_id)
            .outerjoin(owner, owner.id == Complaint.owner_id))


def _summaries_in(session: Session, statement: Select) -> list[ComplaintSummary]:
    return [ComplaintSummary(*r[:6], r[6] or "", r[7], ComplaintStatus(r[8]), r[9]) for r in session.execute(statement)]


def _read_summaries(desk: Desk, statement: Select) -> list[ComplaintSummary]:
    with desk.store.read() as session:
        return _summaries_in(session, statement)


def open_complaints(desk: Desk) -> list[ComplaintSummary]:
    """Complaints not yet closed (open or answered), the oldest first."""
    with desk.store.read() as session:
        return open_complaints_in(session)


def open_complaints_in(session: Session) -> list[ComplaintSummary]:
    """`open_complaints` inside a transaction already open (the Today list reads it with the rest)."""
    return _summaries_in(session, _summaries().where(Complaint.status != ComplaintStatus.CLOSED.value)
                         .order_by(Complaint.opened_at, Complaint.id))


def list_complaints(desk: Desk, status: ComplaintStatus | None = None, limit: int = 2000) -> list[ComplaintSummary]:
    """Complaints in `status` (None: all), the newest first."""
    statement = _summaries().order_by(Complaint.opened_at.desc(), Complaint.id.desc()).limit(limit)
    if status is not None:
        statement = statement.where(Complaint.status == ComplaintStatus(status).value)
    return _read_summaries(desk, statement)


def complaints_of_customer(desk: Desk, customer_id: int) -> list[ComplaintRecord]:
    """The customer's complaints, the newest first."""
    with desk.store.read() as session:
        rows = session.scalars(select(Complaint).where(Complaint.customer_id == customer_id)
                               .order_by(Complaint.opened_at.desc(), Complaint.id.desc()))
        return [_record(session, c) for c in rows]
