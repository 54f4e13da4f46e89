"""The day's work in one list: the promises that fall due today or have passed.

Each kind of row comes from one source here (`SOURCES`), over the records the promise is
kept in: follow-ups, warranties and contracts running out (a chance to sell an extension
or a contract), periodic services due, tickets past their promised date, contract jobs
past their response time, open complaints. The Today tab and its export for an SMS tool
both read `today_rows`; the rules of what is due stay with their own services (periodic,
contracts, complaints), read here inside the same transaction.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session, aliased

from app.domain.base import utcnow
from app.domain.contracts import Contract
from app.domain.followups import FollowUp
from app.domain.kinds import EventKind
from app.domain.people import Customer
from app.domain.tickets import Ticket, TicketEvent
from app.domain.units import Asset, Product, Warranty
from app.i18n import QT_TRANSLATE_NOOP, Label
from app.services.company import read_company_settings
from app.services.complaints import open_complaints_in
from app.services.contracts import late_jobs
from app.services.desk import Desk
from app.services.listing import overdue
from app.services.periodic import count_due_plans, due_plans

TODAY_CONTEXT = "Today"

ENDING_WITHIN_DAYS = 30
"""A warranty or contract ending within this many days is a chance to sell what follows it."""
SHOWN_PER_KIND = 100
"""The most rows of one kind the Today tab lists, the longest waiting first. A large service
network has tens of thousands of units due a service or ending a warranty on any day; the tab
counts them all, lists what a desk can get through, and each kind's own list has the rest."""


class TodayKind(StrEnum):
    FOLLOW_UP = "follow_up"
    WARRANTY_ENDING = "warranty_ending"
    CONTRACT_ENDING = "contract_ending"
    SERVICE_DUE = "service_due"
    PAST_PROMISE = "past_promise"
    PAST_RESPONSE = "past_response"
    COMPLAINT = "complaint"


TODAY_LABELS: dict[TodayKind, str] = {
    TodayKind.FOLLOW_UP: QT_TRANSLATE_NOOP("Today", "Follow-up call"),
    TodayKind.WARRANTY_ENDING: QT_TRANSLATE_NOOP("Today", "Warranty ending"),
    TodayKind.CONTRACT_ENDING: QT_TRANSLATE_NOOP("Today", "Contract ending"),
    TodayKind.SERVICE_DUE: QT_TRANSLATE_NOOP("Today", "Periodic service due"),
    TodayKind.PAST_PROMISE: QT_TRANSLATE_NOOP("Today", "Past its promised date"),
    TodayKind.PAST_RESPONSE: QT_TRANSLATE_NOOP("Today", "Contract job past its response time"),
    TodayKind.COMPLAINT: QT_TRANSLATE_NOOP("Today", "Open complaint"),
}

TICKET_FIRST = frozenset({TodayKind.SERVICE_DUE, TodayKind.PAST_PROMISE, TodayKind.PAST_RESPONSE})
"""Rows whose usual action (a double-click) is the ticket: the job to open or chase; the
others' is the call."""


def today_label(kind: TodayKind) -> Label:
    return Label(TODAY_CONTEXT, TODAY_LABELS[kind])


@dataclass(frozen=True, slots=True)
class TodayRow:
    kind: TodayKind
    day: date
    """When the promise falls due: the call's day, the last covered day, the promised day."""
    overdue: bool
    """The day has passed and the promise is still open."""
    customer_id: int
    customer_name: str
    mobile: str | None
    record_id: int
    """The follow-up, warranty, contract, plan, ticket or complaint the row is about."""
    ticket_id: int | None = None
    ticket_number: str = ""
    asset_id: int | None = None
    serial: str = ""
    product: str = ""
    contract_number: str = ""
    subject: str = ""
    """What a complaint is about (its category)."""
    language: str | None = None
    """The customer's language for messages (None: not known)."""
    last_call: datetime | None = None
    """The last call logged with the customer, so a row already called about shows it."""


@dataclass(frozen=True)
class Day:
    """What the day's rows are read for."""

    on: date
    now: datetime
    """UTC: response times are counted in hours."""
    zone: ZoneInfo
    service_until: date
    """The last due day of a periodic service listed (the company's days ahead)."""
    limit: int | None = None
    """The most rows read of each kind, the longest waiting first; None: every one."""


COUNTED_UP_TO = 1000
"""A kind's rows are counted up to this: past it the tab says "more than 1,000" (its own list
counts them all), so a network with 200,000 units due a service still opens Today at once."""

Found = tuple[list[TodayRow], int]
"""A kind's rows read, and how many there are in all (COUNTED_UP_TO + 1: more than that)."""
Source = Callable[[Session, Day], Found]


def _read(session: Session, day: Day, statement: Select, order: tuple[Any, ...],
          make: Callable[..., TodayRow]) -> Found:
    """`statement`'s rows (with the customer's last call added) as made by `make`, the first
    `day.limit` of them in `order`, and their number: counted without the last call."""
    if day.limit is None:
        rows = [make(*r) for r in session.execute(statement.add_columns(_last_call()))]
        return rows, len(rows)
    total = session.scalar(select(func.count()).select_from(statement.limit(COUNTED_UP_TO + 1).subquery())) or 0
    rows = [make(*r) for r in session.execute(statement.add_columns(_last_call()).order_by(*order).limit(day.limit))]
    return rows, total


def _all(rows: list[TodayRow]) -> Found:
    """A kind that is never long (complaints open, contract jobs late): read whole."""
    return rows, len(rows)


def _last_call() -> Select:
    return (select(func.max(TicketEvent.at)).where(TicketEvent.customer_id == Customer.id,
                                                   TicketEvent.kind == EventKind.CALL.value)
            .correlate(Customer).scalar_subquery())


def _followups(session: Session, day: Day) -> Found:
    """Calls due today or earlier that nobody has made yet."""
    on = day.on
    statement = (
        select(FollowUp.id, FollowUp.due_date, Customer.id, Customer.name, Customer.mobile, Ticket.id,
               Ticket.number, Asset.id, Asset.serial)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .outerjoin(Ticket, Ticket.id == FollowUp.ticket_id)
        .outerjoin(Asset, Asset.id == Ticket.asset_id)
        .where(FollowUp.done_at.is_(None), FollowUp.due_date <= on)
    )

    def make(followup_id: int, due: date, customer_id: int, name: str, mobile: str | None, ticket_id: int | None,
             number: str | None, asset_id: int | None, serial: str | None, last_call: datetime | None) -> TodayRow:
        return TodayRow(TodayKind.FOLLOW_UP, due, due < on, customer_id, name, mobile, followup_id,
                        ticket_id, number or "", asset_id, serial or "", last_call=last_call)

    return _read(session, day, statement, (FollowUp.due_date, FollowUp.id), make)


def _warranties_ending(session: Session, day: Day) -> Found:
    """Warranties in force whose last day is within `ENDING_WITHIN_DAYS`, unless another
    warranty of the unit (an extension already sold) runs on after it."""
    on = day.on
    later = aliased(Warranty)
    follows = (select(later.id).where(later.asset_id == Warranty.asset_id, later.end_date > Warranty.end_date,
                                      later.voided_on.is_(None)).exists())
    statement = (
        select(Warranty.id, Warranty.end_date, Customer.id, Customer.name, Customer.mobile, Asset.id,
               Asset.serial, Product.brand, Product.model)
        .join(Asset, Asset.id == Warranty.asset_id)
        .join(Product, Product.id == Asset.product_id)
        .join(Customer, Customer.id == Asset.customer_id)
        .where(Warranty.start_date <= on, Warranty.end_date >= on,
               Warranty.end_date <= on + timedelta(days=ENDING_WITHIN_DAYS),
               or_(Warranty.voided_on.is_(None), Warranty.voided_on > on),
               Asset.archived_at.is_(None), ~follows)
    )

    def make(warranty_id: int, end: date, customer_id: int, name: str, mobile: str | None, asset_id: int,
             serial: str, brand: str, model: str, last_call: datetime | None) -> TodayRow:
        return TodayRow(TodayKind.WARRANTY_ENDING, end, False, customer_id, name, mobile, warranty_id,
                        asset_id=asset_id, serial=serial, product=f"{brand} {model}".strip(), last_call=last_call)

    return _read(session, day, statement, (Warranty.end_date, Warranty.id), make)


def _contracts_ending(session: Session, day: Day) -> Found:
    """Signed contracts in force ending within `ENDING_WITHIN_DAYS` that no later signed
    contract of the customer follows (one renewed needs no call; a renewal still a draft
    is a signature to ask for)."""
    on = day.on
    later = aliased(Contract)
    follows = (select(later.id).where(later.customer_id == Contract.customer_id, later.draft.is_(False),
                                      later.start_date > Contract.start_date, later.cancelled_on.is_(None))
               .exists())
    statement = (
        select(Contract.id, Contract.end_date, Customer.id, Customer.name, Customer.mobile, Contract.number)
        .join(Customer, Customer.id == Contract.customer_id)
        .where(Contract.draft.is_(False), Contract.start_date <= on, Contract.end_date >= on,
               Contract.end_date <= on + timedelta(days=ENDING_WITHIN_DAYS),
               or_(Contract.cancelled_on.is_(None), Contract.cancelled_on > on), ~follows)
    )

    def make(contract_id: int, end: date, customer_id: int, name: str, mobile: str | None, number: str,
             last_call: datetime | None) -> TodayRow:
        return TodayRow(TodayKind.CONTRACT_ENDING, end, False, customer_id, name, mobile, contract_id,
                        contract_number=number, last_call=last_call)

    return _read(session, day, statement, (Contract.end_date, Contract.id), make)


def _past_promise(session: Session, day: Day) -> Found:
    """Work promised for a day that has passed and not yet ready (`listing.overdue`)."""
    statement = (
        select(Ticket.id, Ticket.promised_date, Customer.id, Customer.name, Customer.mobile, Ticket.number,
               Asset.id, Asset.serial)
        .join(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Asset, Asset.id == Ticket.asset_id)
        .where(overdue(day.on))
    )

    def make(ticket_id: int, promised: date, customer_id: int, name: str, mobile: str | None, number: str,
             asset_id: int | None, serial: str | None, last_call: datetime | None) -> TodayRow:
        return TodayRow(TodayKind.PAST_PROMISE, promised, True, customer_id, name, mobile, ticket_id, ticket_id,
                        number, asset_id, serial or "", last_call=last_call)

    return _read(session, day, statement, (Ticket.promised_date, Ticket.id), make)


def _services_due(session: Session, day: Day) -> Found:
    """Periodic services due within the company's days ahead, or overdue (app.services.periodic)."""
    plans = due_plans(session, day.on, day.service_until, day.limit, owned=True)
    rows = [TodayRow(TodayKind.SERVICE_DUE, plan.next_due, plan.overdue, plan.customer_id, plan.customer_name,
                     plan.customer_mobile, plan.id, asset_id=plan.asset_id, serial=plan.serial, product=plan.product,
                     contract_number=plan.contract_number or "")
            for plan in plans if plan.customer_id is not None and plan.next_due is not None]
    if day.limit is None:
        return rows, len(rows)
    return rows, count_due_plans(session, day.on, day.service_until, owned=True, up_to=COUNTED_UP_TO + 1)


def _past_response(session: Session, day: Day) -> Found:
    """Contract jobs nobody has looked at within the contract's response time."""
    return _all([TodayRow(TodayKind.PAST_RESPONSE, job.due.astimezone(day.zone).date(), True, job.customer_id,
                     job.customer_name, job.customer_mobile, job.ticket_id, job.ticket_id, job.ticket_number,
                     contract_number=job.contract_number)
            for job in late_jobs(session, day.now)])


def _complaints(session: Session, day: Day) -> Found:
    """Complaints not yet closed, from the day each was made."""
    return _all([TodayRow(TodayKind.COMPLAINT, complaint.opened_at.astimezone(day.zone).date(), False,
                     complaint.customer_id, complaint.customer_name, complaint.customer_mobile, complaint.id,
                     complaint.ticket_id, complaint.ticket_number or "", subject=complaint.category)
            for complaint in open_complaints_in(session)])


SOURCES: dict[TodayKind, Source] = {
    TodayKind.PAST_RESPONSE: _past_response,
    TodayKind.PAST_PROMISE: _past_promise,
    TodayKind.COMPLAINT: _complaints,
    TodayKind.FOLLOW_UP: _followups,
    TodayKind.SERVICE_DUE: _services_due,
    TodayKind.WARRANTY_ENDING: _warranties_ending,
    TodayKind.CONTRACT_ENDING: _contracts_ending,
}
"""In the order the list shows them: a customer waiting on a late job first, then the
complaints and calls owed, then the services and sales that fall due."""


@dataclass(frozen=True)
class TodayList:
    rows: list[TodayRow]
    """Kind by kind in `SOURCES`' order, the overdue first within a kind, then by their day."""
    totals: dict[TodayKind, int]
    """How many rows of each kind there are, listed or not; COUNTED_UP_TO + 1: more than COUNTED_UP_TO."""

    @property
    def cut(self) -> bool:
        """Some kind has more rows than were listed."""
        listed = counts(self.rows)
        return any(self.totals[kind] > listed[kind] for kind in self.totals)


def today_list(desk: Desk, kinds: frozenset[TodayKind] | None = None, on: date | None = None,
               now: datetime | None = None, limit: int | None = SHOWN_PER_KIND) -> TodayList:
    """The day's rows of `kinds` (all of them by default), at most `limit` of each kind (the
    longest waiting; None: all), and how many of each there are."""
    with desk.store.read() as session:
        on = on or desk.today()
        until = on + timedelta(days=read_company_settings(session).remind_days_ahead)
        day = Day(on, now or utcnow(), desk.locale.timezone, until, limit)
        found = {kind: source(session, day) for kind, source in SOURCES.items() if kinds is None or kind in kinds}
        customers = {row.customer_id for rows, _ in found.values() for row in rows}
        spoken = {customer_id: lang for customer_id, lang in session.execute(
            select(Customer.id, Customer.language).where(Customer.language.is_not(None)))
            if customer_id in customers}
    rows = [replace(row, language=spoken[row.customer_id]) if row.customer_id in spoken else row
            for kind_rows, _ in found.values() for row in kind_rows]
    rank = {kind: place for place, kind in enumerate(SOURCES)}
    rows.sort(key=lambda r: (rank[r.kind], not r.overdue, r.day, r.customer_name, r.record_id))
    return TodayList(rows, {kind: total for kind, (_, total) in found.items()})


def today_rows(desk: Desk, kinds: frozenset[TodayKind] | None = None, on: date | None = None,
               now: datetime | None = None) -> list[TodayRow]:
    """Every one of the day's rows of `kinds` (the export for an SMS tool sends them all)."""
    return today_list(desk, kinds, on, now, limit=None).rows


def counts(rows: list[TodayRow]) -> dict[TodayKind, int]:
    found = {kind: 0 for kind in SOURCES}
    for row in rows:
        found[row.kind] += 1
    return found

