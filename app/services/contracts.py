"""Annual maintenance contracts: sign, edit, renew, cancel; their visits; late responses."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from app.domain.contracts import Contract, ContractStatus, ContractVisit, consumes_visit, contract_status
from app.domain.numbering import Series, next_number
from app.domain.people import Customer, User
from app.domain.permissions import Action
from app.domain.tickets import Ticket
from app.domain.units import Asset
from app.domain.workflow import TicketStatus
from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Ident
from app.locale.text import in_desk_letters
from app.services.common import get_or_missing, load_for_edit
from app.services.desk import Desk, period_end
from app.services.periodic import schedule_contract_service


@dataclass
class ContractInput:
    customer_id: int
    start_date: date
    end_date: date
    asset_ids: list[int]
    price: Decimal = Decimal(0)
    visits_included: int | None = None
    """None: the contract does not limit visits."""
    response_hours: int | None = None
    """Hours from a job's opening within which the contract promises a response; None: no promise."""
    terms: str = ""
    parts_included: bool = True
    draft: bool = False
    """Saved but not signed yet: it covers nothing until `sign_contract`."""


@dataclass(frozen=True)
class ContractRecord:
    id: int
    version: int
    number: str
    customer_id: int
    start_date: date
    end_date: date
    price: Decimal
    currency: str
    visits_included: int | None
    visits_used: int
    visits_left: int | None
    response_hours: int | None
    asset_ids: tuple[int, ...]
    cancelled: bool
    customer_name: str = ""
    terms: str = ""
    parts_included: bool = True
    draft: bool = False
    cancelled_on: date | None = None
    cancel_reason: str = ""
    renewal_of_id: int | None = None
    status: ContractStatus = ContractStatus.ACTIVE
    """As of the desk's today when the record was read."""

    @classmethod
    def of(cls, c: Contract, on: date) -> ContractRecord:
        return cls(c.id, c.version, c.number, c.customer_id, c.start_date, c.end_date, c.price,
                   c.currency, c.visits_included, c.visits_used, c.visits_left, c.response_hours,
                   tuple(sorted(a.id for a in c.assets)), c.cancelled_on is not None,
                   c.customer.name, c.terms, c.parts_included, c.draft, c.cancelled_on, c.cancel_reason,
                   c.renewal_of_id, contract_status(c, on))

    @property
    def input(self) -> ContractInput:
        """The contract's terms as a form edits them."""
        return ContractInput(self.customer_id, self.start_date, self.end_date, list(self.asset_ids), self.price,
                             self.visits_included, self.response_hours, self.terms, self.parts_included,
                             self.draft)


@dataclass(frozen=True)
class VisitRecord:
    id: int
    visited_on: date
    technician: str
    """The visit's technician, or the job's when the visit came with a job; "" when nobody is named."""
    ticket_id: int | None
    ticket_number: str
    notes: str


def _check(data: ContractInput) -> None:
    if data.end_date < data.start_date:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The contract ends before it starts."),
                              field="end_date")
    if data.price < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The price cannot be negative."), field="price")
    if data.visits_included is not None and data.visits_included < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Visits cannot be negative."),
                              field="visits_included")
    if data.response_hours is not None and data.response_hours <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The response time must be at least one hour."),
                              field="response_hours")
    if not data.asset_ids:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose at least one unit for the contract."),
                              field="assets")


def _terms(desk: Desk, typed: str) -> str:
    """The terms as written, line by line (a contract's clauses are kept on their lines)."""
    return in_desk_letters(typed.strip(), desk.locale.lang)


def _customer_units(session: Session, customer: Customer, asset_ids: list[int]) -> list[Asset]:
    assets = [get_or_missing(session, Asset, asset_id) for asset_id in dict.fromkeys(asset_ids)]
    if any(a.customer_id != customer.id for a in assets):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That unit belongs to another customer."), field="assets")
    return assets


def _record(session: Session, contract: Contract, desk: Desk) -> ContractRecord:
    session.flush()
    session.refresh(contract)
    return ContractRecord.of(contract, desk.today())


def create_contract(desk: Desk, data: ContractInput, *, renewal_of: int | None = None) -> ContractRecord:
    """A manager saves an AMC for some of the customer's units: signed, or as a draft."""
    desk.require(Action.CONTRACTS)
    _check(data)
    with desk.store.write() as session:
        customer = get_or_missing(session, Customer, data.customer_id)
        contract = Contract(
            number=next_number(session, Series.CONTRACT, desk.numbering_year(data.start_date)),
            customer_id=customer.id, start_date=data.start_date, end_date=data.end_date,
            price=data.price, currency=desk.locale.currency, visits_included=data.visits_included,
            response_hours=data.response_hours, terms=_terms(desk, data.terms),
            assets=_customer_units(session, customer, data.asset_ids), parts_included=data.parts_included,
            draft=data.draft, renewal_of_id=renewal_of,
        )
        session.add(contract)
        session.flush()
        schedule_contract_service(session, desk, contract)
        return _record(session, contract, desk)


def update_contract(desk: Desk, contract_id: int, version: int, data: ContractInput) -> ContractRecord:
    """A manager corrects a contract's terms (not its customer); the audit trail keeps the old ones."""
    desk.require(Action.CONTRACTS)
    _check(data)
    with desk.store.write() as session:
        contract = load_for_edit(session, Contract, contract_id, version)
        _require_not_cancelled(contract)
        contract.start_date, contract.end_date, contract.price = data.start_date, data.end_date, data.price
        contract.visits_included, contract.response_hours = data.visits_included, data.response_hours
        contract.terms, contract.parts_included = _terms(desk, data.terms), data.parts_included
        contract.assets = _customer_units(session, contract.customer, data.asset_ids)
        session.flush()
        schedule_contract_service(session, desk, contract)
        return _record(session, contract, desk)


def sign_contract(desk: Desk, contract_id: int, version: int) -> ContractRecord:
    """The customer signed a draft: from its start it covers its units."""
    desk.require(Action.CONTRACTS)
    with desk.store.write() as session:
        contract = load_for_edit(session, Contract, contract_id, version)
        _require_not_cancelled(contract)
        contract.draft = False
        return _record(session, contract, desk)


def _require_not_cancelled(contract: Contract) -> None:
    if contract.cancelled_on is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Contract {number} is cancelled; it cannot be changed."),
                              number=Ident(contract.number))


def cancel_reason(desk: Desk, typed: str) -> str:
    """The reason a cancellation is saved with; refused when there is none (a form asks it
    before it asks the manager to confirm)."""
    reason = desk.text(typed)
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the contract is cancelled."), field="reason")
    return reason


def cancel_contract(desk: Desk, contract_id: int, version: int, on: date, reason: str) -> ContractRecord:
    """A manager ends a contract, saying why: from `on` it no longer covers."""
    desk.require(Action.CONTRACTS)
    reason = cancel_reason(desk, reason)
    with desk.store.write() as session:
        contract = load_for_edit(session, Contract, contract_id, version)
        _require_not_cancelled(contract)
        contract.cancelled_on, contract.cancel_reason = on, reason
        return _record(session, contract, desk)


def renewal_terms(desk: Desk, old: ContractRecord) -> tuple[date, date]:
    """The first and last day of the contract that renews `old`: from the day after it ends,
    for as long. A contract of whole months (`period_end` of its start) is renewed for as many
    months, counted in the period calendar (so 1403/01/01–1404/01/01 is followed by
    1404/01/02–1405/01/02); any other length for as many days."""
    start = old.end_date + timedelta(days=1)
    months = next((m for m in range(1, 121) if period_end(old.start_date, m, desk) == old.end_date), None)
    if months is None:
        return start, start + (old.end_date - old.start_date)
    return start, period_end(start, months, desk)


def renew_contract(desk: Desk, contract_id: int) -> ContractRecord:
    """The next contract after `contract_id`, on the same terms, customer and units, as a draft:
    it covers nothing until the customer signs it (`sign_contract`)."""
    old = get_contract(desk, contract_id)
    with desk.store.read() as session:
        renewed = session.scalar(select(Contract.number).where(Contract.renewal_of_id == old.id,
                                                               Contract.cancelled_on.is_(None)))
    if renewed is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Contract {number} is already renewed by {renewal}."),
                              number=Ident(old.number), renewal=Ident(renewed))
    start, end = renewal_terms(desk, old)
    data = old.input
    data.start_date, data.end_date, data.draft = start, end, True
    return create_contract(desk, data, renewal_of=old.id)


def get_contract(desk: Desk, contract_id: int) -> ContractRecord:
    with desk.store.read() as session:
        contract = session.scalars(select(Contract).where(Contract.id == contract_id).options(
            selectinload(Contract.assets), selectinload(Contract.customer))).one_or_none()
        if contract is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That record no longer exists."))
        return ContractRecord.of(contract, desk.today())


def contracts_of(desk: Desk, customer_id: int) -> list[ContractRecord]:
    with desk.store.read() as session:
        rows = session.scalars(
            select(Contract).where(Contract.customer_id == customer_id)
            .options(selectinload(Contract.assets), selectinload(Contract.customer)).order_by(Contract.start_date)
        )
        return [ContractRecord.of(c, desk.today()) for c in rows]


# -- visits -----------------------------------------------------------------------------------

def settle_visit(session: Session, ticket: Ticket, on: date) -> None:
    """Make the visits a job holds agree with the job: a repair or periodic service that its
    contract pays for (`ticket.contract_id`) and that is not cancelled holds one visit of that
    contract, dated `on`; any other job holds none. Intake, a cancellation and its undoing, a
    change of the job's unit or kind all call this, and `Contract.visits_used` moves with it."""
    wanted = (ticket.contract_id is not None and consumes_visit(ticket.kind)
              and ticket.status != TicketStatus.CANCELLED.value)
    held = list(session.scalars(select(ContractVisit).where(ContractVisit.ticket_id == ticket.id))) \
        if ticket.id is not None else []
    keep = next((v for v in held if wanted and v.contract_id == ticket.contract_id), None)
    for visit in held:
        if visit is not keep:
            contract = session.get(Contract, visit.contract_id)
            contract.visits_used = max(contract.visits_used - 1, 0)
            session.delete(visit)
    if wanted and keep is None:
        contract = session.get(Contract, ticket.contract_id)
        contract.visits_used += 1
        session.add(ContractVisit(contract_id=contract.id, visited_on=on, ticket=ticket,
                                  technician_id=ticket.assignee_id, notes=""))


@dataclass
class VisitInput:
    visited_on: date
    technician_id: int | None = None
    notes: str = ""


def record_visit(desk: Desk, contract_id: int, version: int, data: VisitInput) -> ContractRecord:
    """A manager records an on-site visit the contract paid for, made without a job."""
    desk.require(Action.CONTRACTS)
    with desk.store.write() as session:
        contract = load_for_edit(session, Contract, contract_id, version)
        _require_not_cancelled(contract)
        if contract.draft:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Contract {number} is not signed yet; it pays for "
                                                              "no visit."), number=Ident(contract.number))
        if not contract.start_date <= data.visited_on <= contract.end_date:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The visit is outside the contract's period."),
                                  field="visited_on")
        if data.technician_id is not None:
            get_or_missing(session, User, data.technician_id)
        session.add(ContractVisit(contract_id=contract.id, visited_on=data.visited_on,
                                  technician_id=data.technician_id, notes=desk.text(data.notes)))
        contract.visits_used += 1
        return _record(session, contract, desk)


def contract_visits(desk: Desk, contract_id: int) -> list[VisitRecord]:
    """The contract's recorded visits, oldest first."""
    with desk.store.read() as session:
        rows = session.execute(
            select(ContractVisit.id, ContractVisit.visited_on, User.full_name, ContractVisit.ticket_id,
                   Ticket.number, ContractVisit.notes, Ticket.assignee_id)
            .outerjoin(Ticket, Ticket.id == ContractVisit.ticket_id)
            .outerjoin(User, User.id == ContractVisit.technician_id)
            .where(ContractVisit.contract_id == contract_id)
            .order_by(ContractVisit.visited_on, ContractVisit.id)).all()
        assignees = {u.id: u.full_name for u in session.scalars(
            select(User).where(User.id.in_({r[6] for r in rows if r[6] is not None})))}
        return [VisitRecord(r[0], r[1], r[2] or assignees.get(r[6], ""), r[3], r[4] or "", r[5]) for r in rows]


# -- response time ----------------------------------------------------------------------------

@dataclass(frozen=True)
class LateJob:
    """A job its contract promised a response to by `due`, not yet responded to."""

    ticket_id: int
    ticket_number: str
    customer_id: int
    customer_name: str
    customer_mobile: str | None
    contract_id: int
    contract_number: str
    due: datetime
    """UTC: the job's opening plus the contract's response hours."""


AWAITING_RESPONSE = frozenset({TicketStatus.RECEIVED})
"""Where a contract job still waits for its response: nobody has looked at it yet."""


def is_response(status: TicketStatus | str) -> bool:
    """Whether a move into `status` responds to a contract job: any step of the workflow past
    `received` (diagnosing or later: someone has looked at it). A cancellation ends the wait
    without being a response. The Today list and the monthly report both judge by this."""
    moved = TicketStatus(status)
    return moved not in AWAITING_RESPONSE and moved is not TicketStatus.CANCELLED


def response_due(opened_at: datetime, response_hours: int) -> datetime:
    """When a contract job opened at `opened_at` must be responded to: `response_hours`
    later, in hours as any clock counts them (nights and days off included)."""
    return opened_at + timedelta(hours=response_hours)


def late_contract_jobs(desk: Desk, now: datetime) -> list[LateJob]:
    """Jobs paid by a contract with a response time, still `received` once that time has
    passed, the longest overdue first.

    A job is responded to once it has moved on from `received` (diagnosing, or any later step
    of the workflow: someone has looked at it); a cancelled job is no longer waiting. A job
    the contract did not pay for (its visits used up) is the customer's and is not counted."""
    with desk.store.read() as session:
        return late_jobs(session, now)


def late_jobs(session: Session, now: datetime) -> list[LateJob]:
    """`late_contract_jobs` inside a transaction already open (the Today list reads it with the rest)."""
    rows = session.execute(
        select(Ticket.id, Ticket.number, Ticket.customer_id, Customer.name, Customer.mobile, Contract.id,
               Contract.number, Ticket.opened_at, Contract.response_hours)
        .join(Contract, Contract.id == Ticket.contract_id)
        .join(Customer, Customer.id == Ticket.customer_id)
        .where(Ticket.status.in_([s.value for s in AWAITING_RESPONSE]), Contract.response_hours.is_not(None),
               Ticket.opened_at < now - timedelta(hours=1))).all()
    late = [LateJob(*r[:7], response_due(r[7], r[8])) for r in rows]
    return sorted((job for job in late if job.due < now), key=lambda job: (job.due, job.ticket_id))
