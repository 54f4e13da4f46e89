"""Pages of the main lists, filtered and sorted in SQL, read a page at a time.

Each list is a `ListKind`: its statement for what was typed, the filters it offers, the
columns it can be sorted by, and how a row is made. Marks that colour a row (an overdue
job, a warranty running out) are computed in the same statement.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from enum import StrEnum
from typing import Any, Generic, TypeVar

from sqlalchemy import ColumnElement, Date, Row, Select, and_, case, func, literal, or_, select, tuple_
from sqlalchemy.orm import Session

from app.domain.contracts import Contract, ContractDays, ContractStatus, contract_status
from app.domain.coverage import CoverageKind
from app.domain.followups import FollowUp
from app.domain.kinds import Priority, TicketKind
from app.domain.people import Customer
from app.domain.permissions import Action
from app.domain.tickets import Ticket
from app.domain.units import Asset, Product, Warranty
from app.domain.workflow import PENDING_WORK, TicketStatus
from app.errors import NotFound
from app.i18n import QT_TRANSLATE_NOOP
from app.services.common import Reach, text_condition
from app.services.customers import customer_search
from app.services.desk import Desk

R = TypeVar("R")

EXPIRING_DAYS = 30
"""A warranty or contract ending within this many days is shown as running out."""


class Period(StrEnum):
    """The states the warranties and contracts lists filter by."""

    ACTIVE = "active"
    EXPIRING = "expiring"
    EXPIRED = "expired"
    VOID = "void"


class FollowUpState(StrEnum):
    DUE = "due"
    OPEN = "open"
    DONE = "done"


@dataclass(frozen=True, slots=True)
class TicketRow:
    id: int
    number: str
    opened_at: datetime
    status: TicketStatus
    customer_id: int
    customer_name: str
    customer_mobile: str | None
    serial: str
    product: str
    fault: str
    coverage: str
    promised_date: date | None
    overdue: bool
    estimate: Decimal | None
    currency: str
    kind: str
    priority: str


@dataclass(frozen=True, slots=True)
class CustomerRow:
    id: int
    name: str
    mobile: str | None
    phone: str
    city: str
    vip: bool
    archived: bool


@dataclass(frozen=True, slots=True)
class WarrantyRow:
    id: int
    serial: str
    product: str
    customer_id: int | None
    customer_name: str
    kind: str
    start_date: date
    end_date: date
    voided_on: date | None
    period: Period | None
    asset_id: int


@dataclass(frozen=True, slots=True)
class ContractRow:
    id: int
    number: str
    customer_id: int
    customer_name: str
    start_date: date
    end_date: date
    price: Decimal
    currency: str
    visits_included: int | None
    visits_used: int
    cancelled: bool
    period: Period | None
    status: ContractStatus = ContractStatus.ACTIVE
    """As of the desk's today when the list was read."""


@dataclass(frozen=True, slots=True)
class FollowUpRow:
    id: int
    version: int
    due_date: date
    customer_id: int
    customer_name: str
    customer_mobile: str | None
    ticket_id: int | None
    ticket_number: str | None
    kind: str
    outcome: str | None
    csat: int | None
    nps: int | None
    done: bool
    overdue: bool


def _start_of(day: date, desk: Desk) -> datetime:
    """The UTC moment a local calendar day begins at the service unit."""
    return datetime.combine(day, time(0), desk.locale.timezone)


def coverage_group(group: str) -> ColumnElement[bool]:
    """Tickets covered by warranty ("warranty"), by a contract that paid ("contract"), or paid
    by the customer ("paid": coverage ended, void, never given, or a contract with no visit
    left)."""
    paid_contract = and_(Ticket.coverage == CoverageKind.CONTRACT.value, Ticket.contract_id.is_(None))
    match group:
        case "warranty":
            return Ticket.coverage == CoverageKind.WARRANTY.value
        case "contract":
            return and_(Ticket.coverage == CoverageKind.CONTRACT.value, Ticket.contract_id.is_not(None))
        case "paid":
            return or_(Ticket.coverage.in_([CoverageKind.EXPIRED.value, CoverageKind.VOID.value,
                                            CoverageKind.NONE.value]), paid_contract)
    raise KeyError(group)


def overdue(on: date) -> ColumnElement[bool]:
    """Work promised for a day before `on` and not yet ready."""
    return and_(Ticket.status.in_([s.value for s in PENDING_WORK]), Ticket.promised_date < on)


def _ticket_columns(desk: Desk) -> Select:
    return (
        select(Ticket.id, Ticket.number, Ticket.opened_at, Ticket.status, Ticket.customer_id, Customer.name,
               Customer.mobile, Asset.serial, Product.brand, Product.model, Ticket.fault,
               Ticket.coverage, Ticket.promised_date, case((overdue(desk.today()), True), else_=False),
               Ticket.estimate, Ticket.currency, Ticket.kind, Ticket.priority)
        .join(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Asset, Asset.id == Ticket.asset_id)
        .outerjoin(Product, Product.id == Asset.product_id)
    )


def _ticket_search(text: str, session: Session | None = None) -> ColumnElement[bool] | None:
    # The list's ordered scan reads a covering index (opened_at, id, search_norm), about 0.3 µs a
    # row; a found ticket costs about 9 µs (read out of order, joined, sorted).
    return text_condition(text, (Ticket.search_norm, ("fold", "digits", "serial")), session=session,
                          scan_cost=1 / 30)


def _ticket_row(r: Row) -> TicketRow:
    return TicketRow(r[0], r[1], r[2], TicketStatus(r[3]), r[4], r[5], r[6], r[7] or "",
                     f"{r[8] or ''} {r[9] or ''}".strip(), r[10], r[11], r[12], bool(r[13]), r[14], r[15],
                     r[16], r[17])


def _warranty_period(desk: Desk) -> dict[Period, ColumnElement[bool]]:
    today = desk.today()
    void = and_(Warranty.voided_on.is_not(None), Warranty.voided_on <= today)
    active = and_(~void, Warranty.start_date <= today, Warranty.end_date >= today)
    return {
        Period.VOID: void,
        Period.EXPIRING: and_(active, Warranty.end_date <= today + timedelta(days=EXPIRING_DAYS)),
        Period.ACTIVE: active,
        Period.EXPIRED: and_(~void, Warranty.end_date < today),
    }


def _period_mark(conditions: dict[Period, ColumnElement[bool]]) -> ColumnElement[str]:
    """The first state that holds (running out before merely active), for the row's colour."""
    return case(*((condition, literal(period.value)) for period, condition in conditions.items()), else_=None)


def _warranty_columns(desk: Desk) -> Select:
    return (
        select(Warranty.id, Asset.serial, Product.brand, Product.model, Asset.customer_id, Customer.name,
               Warranty.kind, Warranty.start_date, Warranty.end_date, Warranty.voided_on,
               _period_mark(_warranty_period(desk)), Warranty.asset_id)
        .join(Asset, Asset.id == Warranty.asset_id)
        .join(Product, Product.id == Asset.product_id)
        .outerjoin(Customer, Customer.id == Asset.customer_id)
    )


def _warranty_search(text: str, session: Session | None = None) -> ColumnElement[bool] | None:
    return text_condition(text, (Asset.serial_norm, ("serial",)), (Customer.name_norm, ("fold",)),
                          (Customer.mobile_key, ("digits",)), session=session, reach=_UNITS_OF_CUSTOMERS)


_UNITS_OF_CUSTOMERS = Reach(Asset.id, {
    "customers": lambda customers: select(Asset.id).where(Asset.customer_id.in_(customers)),
})
"""A warranty is found by its unit's serial or its owner's name or mobile: by its unit either way."""


def _warranty_count(searched: bool) -> Select:
    base = select(func.count(Warranty.id))
    if not searched:
        return base
    return (base.join(Asset, Asset.id == Warranty.asset_id)
            .outerjoin(Customer, Customer.id == Asset.customer_id))


def _warranty_row(r: Row) -> WarrantyRow:
    return WarrantyRow(r[0], r[1], f"{r[2]} {r[3]}".strip(), r[4], r[5] or "", r[6], r[7], r[8], r[9],
                       Period(r[10]) if r[10] else None, r[11])


def _contract_period(desk: Desk) -> dict[Period, ColumnElement[bool]]:
    today = desk.today()
    signed = Contract.draft.is_(False)  # a draft neither runs nor runs out: it was never signed
    ended = and_(signed, or_(Contract.end_date < today,
                             and_(Contract.cancelled_on.is_not(None), Contract.cancelled_on <= today)))
    active = and_(signed, ~ended, Contract.start_date <= today)
    return {
        Period.EXPIRING: and_(active, Contract.end_date <= today + timedelta(days=EXPIRING_DAYS)),
        Period.ACTIVE: active,
        Period.EXPIRED: ended,
    }


def _contract_columns(desk: Desk) -> Select:
    return (
        select(Contract.id, Contract.number, Contract.customer_id, Customer.name, Contract.start_date,
               Contract.end_date, Contract.price, Contract.currency, Contract.visits_included,
               Contract.visits_used, Contract.cancelled_on, _period_mark(_contract_period(desk)),
               Contract.draft, literal(desk.today(), Date))
        .join(Customer, Customer.id == Contract.customer_id)
    )


def _contract_search(text: str, session: Session | None = None) -> ColumnElement[bool] | None:
    return text_condition(text, (Customer.name_norm, ("fold",)), (Customer.mobile_key, ("digits",)),
                          (Contract.number, ("serial", "fold")), session=session)


def _contract_row(r: Row) -> ContractRow:
    status = contract_status(ContractDays(bool(r[12]), r[4], r[5], r[10]), r[13])
    return ContractRow(*r[:10], r[10] is not None, Period(r[11]) if r[11] else None, status)


def _followup_columns(desk: Desk) -> Select:
    return (
        select(FollowUp.id, FollowUp.version, FollowUp.due_date, FollowUp.customer_id, Customer.name,
               Customer.mobile, FollowUp.ticket_id, Ticket.number, FollowUp.kind, FollowUp.outcome,
               FollowUp.csat, FollowUp.nps, FollowUp.done_at,
               case((and_(FollowUp.done_at.is_(None), FollowUp.due_date < desk.today()), True), else_=False))
        .join(Customer, Customer.id == FollowUp.customer_id)
        .outerjoin(Ticket, Ticket.id == FollowUp.ticket_id)
    )


def _followup_search(text: str, session: Session | None = None) -> ColumnElement[bool] | None:
    return text_condition(text, (Customer.name_norm, ("fold",)), (Customer.mobile_key, ("digits",)),
                          session=session)


def _followup_row(r: Row) -> FollowUpRow:
    return FollowUpRow(*r[:12], r[12] is not None, bool(r[13]))


def followup_row(desk: Desk, followup_id: int) -> FollowUpRow:
    """One follow-up as the Follow-ups list shows it (a Today row opens it)."""
    with desk.store.read() as session:
        found = session.execute(_followup_columns(desk).where(FollowUp.id == followup_id)).one_or_none()
    if found is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That record no longer exists."))
    return _followup_row(found)


def _count_joining(model: type, *joins: tuple[type, ColumnElement[bool]]) -> Callable[[bool], Select]:
    """A COUNT over `model` alone, joining the tables the typed text searches only when
    something was typed: counting 100,000 tickets through their joins took 0.4 s."""
    def counting(searched: bool) -> Select:
        statement = select(func.count()).select_from(model)
        for table, on in joins if searched else ():
            statement = statement.join(table, on)
        return statement
    return counting


def _ticket_filters(desk: Desk, name: str, value: Any) -> ColumnElement[bool]:
    match name:
        case "status":
            return Ticket.status.in_([TicketStatus(s).value for s in value])
        case "assignee":
            return Ticket.assignee_id == value
        case "opened_from":
            return Ticket.opened_at >= _start_of(value, desk)
        case "opened_to":
            return Ticket.opened_at < _start_of(value + timedelta(days=1), desk)
        case "overdue":
            return overdue(desk.today()) if value else literal(True)
        case "kind":
            return Ticket.kind == TicketKind(value).value
        case "priority":
            return Ticket.priority == Priority(value).value
        case "coverage":
            return coverage_group(value)
        case "mine":
            return Ticket.assignee_id == desk.actor.id if value else literal(True)
    raise KeyError(name)


def _period_filter(periods: Callable[[Desk], dict[Period, ColumnElement[bool]]]
                   ) -> Callable[[Desk, str, Any], ColumnElement[bool]]:
    def condition(desk: Desk, name: str, value: Any) -> ColumnElement[bool]:
        if name != "period":
            raise KeyError(name)
        return periods(desk)[Period(value)]
    return condition


def _warranty_filters(desk: Desk, name: str, value: Any) -> ColumnElement[bool]:
    if name == "archived":
        # Warranties of archived units; a subquery, so the list's bare COUNT needs no join.
        archived = Warranty.asset_id.in_(select(Asset.id).where(Asset.archived_at.is_not(None)))
        return literal(True) if value else ~archived
    return _period_filter(_warranty_period)(desk, name, value)


def _customer_filters(desk: Desk, name: str, value: Any) -> ColumnElement[bool]:
    if name != "archived":
        raise KeyError(name)
    return literal(True) if value else Customer.archived_at.is_(None)


HIDE_ARCHIVED: Mapping[str, Any] = {"archived": False}
"""The default of the lists that leave archived records out unless asked to show them."""


def _followup_filters(desk: Desk, name: str, value: Any) -> ColumnElement[bool]:
    if name != "state":
        raise KeyError(name)
    match FollowUpState(value):
        case FollowUpState.DUE:
            return and_(FollowUp.done_at.is_(None), FollowUp.due_date <= desk.today())
        case FollowUpState.OPEN:
            return FollowUp.done_at.is_(None)
        case FollowUpState.DONE:
            return FollowUp.done_at.is_not(None)


@dataclass(frozen=True)
class Keyset(Generic[R]):
    """Paging by the last row shown instead of an offset, for the list's default order:
    OFFSET makes the database walk every skipped row (0.4 s at the end of 100,000 tickets)."""

    columns: tuple[Any, ...]
    descending: bool
    key: Callable[[R], tuple[Any, ...]]

    def after(self, row: R) -> ColumnElement[bool]:
        columns, key = tuple_(*self.columns), self.key(row)
        return columns < key if self.descending else columns > key


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: the typed text, its own filters and the column it is sorted by."""

    text: str = ""
    filters: Mapping[str, Any] | None = None
    sort: str | None = None
    descending: bool = False


STREAM_BATCH = 1000
"""Rows fetched from the database at a time when a whole list is read (an export)."""


@dataclass(frozen=True)
class ListKind(Generic[R]):
    """One main list: how it is searched, filtered and sorted, and how a row is made."""

    columns: Callable[[Desk], Select]
    search: Callable[[str, Session | None], ColumnElement[bool] | None]
    """The condition for what was typed; given the session the list is read in, it may use the
    trigram indexes (app.services.common.text_condition)."""
    row: Callable[[Row], R]
    order: Callable[[Desk], tuple[Any, ...]]
    """The default order; always ends with a unique column so pages never overlap."""
    counting: Callable[[bool], Select]
    """select(count) over the list's table, with the joins its search needs when searched."""
    sort_columns: Mapping[str, Any] = field(default_factory=dict)
    tiebreak: Any = None
    filter_condition: Callable[[Desk, str, Any], ColumnElement[bool]] | None = None
    keyset: Keyset[R] | None = None
    defaults: Mapping[str, Any] = field(default_factory=dict)
    """Filters that hold unless the caller gives the same name (archived records stay out)."""
    permission: Action | None = None
    """What reading the list needs (None: everyone at the desk may read it)."""

    def statement(self, desk: Desk, text: str, session: Session | None = None) -> Select:
        self._allowed(desk)
        condition = self.search(text, session)
        statement = self.columns(desk)
        return statement if condition is None else statement.where(condition)

    def _filtered(self, desk: Desk, statement: Select, filters: Mapping[str, Any] | None) -> Select:
        for name, value in {**self.defaults, **(filters or {})}.items():
            if value is not None and self.filter_condition is not None:
                statement = statement.where(self.filter_condition(desk, name, value))
        return statement

    def page(self, desk: Desk, text: str = "", offset: int = 0, limit: int = 200, *,
             filters: Mapping[str, Any] | None = None, sort: str | None = None,
             descending: bool = False, after: R | None = None) -> list[R]:
        """`after`, with the default order: the page that follows that row (keyset paging)."""
        with desk.store.read() as session:
            statement = self._ordered(desk, ListQuery(text, filters, sort, descending), session)
            if sort is None and after is not None and self.keyset is not None:
                statement = statement.where(self.keyset.after(after))
            statement = statement.offset(offset).limit(limit)
            return [self.row(r) for r in session.execute(statement)]

    def rows(self, desk: Desk, query: ListQuery) -> Iterator[R]:
        """Every row of the list as `query` shows it, in its order, fetched a batch at a time
        from one statement in one read: a snapshot of the list, however long, that never
        sits in memory whole."""
        with desk.store.read() as session:
            statement = self._ordered(desk, query, session).execution_options(yield_per=STREAM_BATCH)
            for r in session.execute(statement):
                yield self.row(r)

    def _ordered(self, desk: Desk, query: ListQuery, session: Session) -> Select:
        statement = self._filtered(desk, self.statement(desk, query.text, session), query.filters)
        if query.sort is None:
            return statement.order_by(*self.order(desk))
        column = self.sort_columns[query.sort]
        if query.descending:
            return statement.order_by(column.desc(), self.tiebreak.desc())
        return statement.order_by(column.asc(), self.tiebreak.asc())

    def _allowed(self, desk: Desk) -> None:
        if self.permission is not None:
            desk.require(self.permission)

    def count(self, desk: Desk, text: str = "", *, filters: Mapping[str, Any] | None = None) -> int:
        self._allowed(desk)
        with desk.store.read() as session:
            condition = self.search(text, session)
            statement = self.counting(condition is not None)
            if condition is not None:
                statement = statement.where(condition)
            return session.execute(self._filtered(desk, statement, filters)).scalar_one()


TICKETS: ListKind[TicketRow] = ListKind(
    _ticket_columns, _ticket_search, _ticket_row, lambda desk: (Ticket.opened_at.desc(), Ticket.id.desc()),
    _count_joining(Ticket),
    sort_columns={"number": Ticket.id, "opened": Ticket.opened_at, "status": Ticket.status,
                  "customer": Customer.name_norm, "promised": Ticket.promised_date},
    tiebreak=Ticket.id, filter_condition=_ticket_filters,
    keyset=Keyset((Ticket.opened_at, Ticket.id), True, lambda row: (row.opened_at, row.id)),
)
"""Tickets matching the typed number, name, mobile or serial, newest first."""

CUSTOMERS: ListKind[CustomerRow] = ListKind(
    lambda desk: select(Customer.id, Customer.name, Customer.mobile, Customer.phone, Customer.city, Customer.vip,
                        Customer.archived_at.is_not(None)),
    customer_search, lambda r: CustomerRow(*r[:6], bool(r[6])), lambda desk: (Customer.name_norm, Customer.id),
    _count_joining(Customer),
    sort_columns={"name": Customer.name_norm, "city": Customer.city}, tiebreak=Customer.id,
    filter_condition=_customer_filters, defaults=HIDE_ARCHIVED,
)
"""Active customers by name; archived ones too with the filter `archived=True`."""

WARRANTIES: ListKind[WarrantyRow] = ListKind(
    _warranty_columns, _warranty_search, _warranty_row, lambda desk: (Warranty.end_date, Warranty.id),
    _count_joining(Warranty, (Asset, Asset.id == Warranty.asset_id),
                   (Customer, Customer.id == Asset.customer_id)),
    sort_columns={"serial": Asset.serial_norm, "start": Warranty.start_date, "end": Warranty.end_date},
    tiebreak=Warranty.id, filter_condition=_warranty_filters, defaults=HIDE_ARCHIVED,
)
"""By end date: with the list's default filter (running warranties), those ending soonest first."""

CONTRACTS: ListKind[ContractRow] = ListKind(
    _contract_columns, _contract_search, _contract_row, lambda desk: (Contract.end_date.desc(), Contract.id),
    _count_joining(Contract, (Customer, Customer.id == Contract.customer_id)),
    sort_columns={"number": Contract.number, "start": Contract.start_date, "end": Contract.end_date},
    tiebreak=Contract.id, filter_condition=_period_filter(_contract_period),
)

FOLLOWUPS: ListKind[FollowUpRow] = ListKind(
    _followup_columns, _followup_search, _followup_row,
    lambda desk: (FollowUp.done_at.is_not(None), FollowUp.due_date, FollowUp.id),
    _count_joining(FollowUp, (Customer, Customer.id == FollowUp.customer_id)),
    sort_columns={"due": FollowUp.due_date}, tiebreak=FollowUp.id, filter_condition=_followup_filters,
)
"""Calls still to make, the longest overdue first; done ones after."""
