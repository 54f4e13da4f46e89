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
from app.services.periodic import due_plans

TODAY_CONTEXT = "Today"

ENDING_WITHIN_DAYS = 30
"""A warranty or contract ending within this many days is a chance to sell what follows it."""


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


Source = Callable[[Session, Day], list[TodayRow]]


def _last_call() -> Select:
    return (select(func.max(TicketEvent.at)).where(TicketEvent.customer_id == Customer.id,
                                                   TicketEvent.kind == EventKind.CALL.value)
            .correlate(Customer).scalar_subquery())


def _followups(session: Session, day: Day) -> list[TodayRow]:
    on = day.on
    """Calls due today or earlier that nobody has made yet."""
    rows = session.execute(
        select(FollowUp.id, FollowUp.due_date, Customer.id, Customer.name, Customer.mobile, Ticket.id,
               Ticket.number, Asset.id, Asset.serial, _last_call())
        .join(Customer, Customer.id == FollowUp.customer_id)
        .outerjoin(Ticket, Ticket.id == FollowUp.ticket_id)
        .outerjoin(Asset, Asset.id == Ticket.asset_id)
        .where(FollowUp.done_at.is_(None), FollowUp.due_date <= on)
    )
    return [TodayRow(TodayKind.FOLLOW_UP, due, due < on, customer_id, name, mobile, followup_id,
                     ticket_id, number or "", asset_id, serial or "", last_call=last_call)
            for followup_id, due, customer_id, name, mobile, ticket_id, number, asset_id, serial, last_call in rows]


def _warranties_ending(session: Session, day: Day) -> list[TodayRow]:
    on = day.on
    """Warranties in force whose last day is within `ENDING_WITHIN_DAYS`, unless another
    warranty of the unit (an extension already sold) runs on after it."""
    later = aliased(Warranty)
    follows = (select(later.id).where(later.asset_id == Warranty.asset_id, later.end_date > Warranty.end_date,
                                      later.voided_on.is_(None)).exists())
    rows = session.execute(
        select(Warranty.id, Warranty.end_date, Customer.id, Customer.name, Customer.mobile, Asset.id,
               Asset.serial, Product.brand, Product.model, _last_call())
        .join(Asset, Asset.id == Warranty.asset_id)
        .join(Product, Product.id == Asset.product_id)
        .join(Customer, Customer.id == Asset.customer_id)
        .where(Warranty.start_date <= on, Warranty.end_date >= on,
               Warranty.end_date <= on + timedelta(days=ENDING_WITHIN_DAYS),
               or_(Warranty.voided_on.is_(None), Warranty.voided_on > on),
               Asset.archived_at.is_(None), ~follows)
    )
    return [TodayRow(TodayKind.WARRANTY_ENDING, end, False, customer_id, name, mobile, warranty_id,
                     asset_id=asset_id, serial=serial, product=f"{brand} {model}".strip(), last_call=last_call)
            for warranty_id, end, customer_id, name, mobile, asset_id, serial, brand, model, last_call in rows]


def _contracts_ending(session: Session, day: Day) -> list[TodayRow]:
    on = day.on
    """Signed contracts in force ending within `ENDING_WITHIN_DAYS` that no later signed
    contract of the customer follows (one renewed needs no call; a renewal still a draft
    is a signature to ask for)."""
    later = aliased(Contract)
    follows = (select(later.id).where(later.customer_id == Contract.customer_id, later.draft.is_(False),
                                      later.start_date > Contract.start_date, later.cancelled_on.is_(None))
               .exists())
    rows = session.execute(
        select(Contract.id, Contract.end_date, Customer.id, Customer.name, Customer.mobile, Contract.number,
               _last_call())
        .join(Customer, Customer.id == Contract.customer_id)
        .where(Contract.draft.is_(False), Contract.start_date <= on, Contract.end_date >= on,
               Contract.end_date <= on + timedelta(days=ENDING_WITHIN_DAYS),
               or_(Contract.cancelled_on.is_(None), Contract.cancelled_on > on), ~follows)
    )
    return [TodayRow(TodayKind.CONTRACT_ENDING, end, False, customer_id, name, mobile, contract_id,
                     contract_number=number, last_call=last_call)
            for contract_id, end, customer_id, name, mobile, number, last_call in rows]


def _past_promise(session: Session, day: Day) -> list[TodayRow]:
    on = day.on
    """Work promised for a day that has passed and not yet ready (`listing.overdue`)."""
    rows = session.execute(
        select(Ticket.id, Ticket.promised_date, Customer.id, Customer.name, Customer.mobile, Ticket.number,
               Asset.id, Asset.serial, _last_call())
        .join(Customer, Customer.id == Ticket.customer_id)
        .outerjoin(Asset, Asset.id == Ticket.asset_id)
        .where(overdue(on))
    )
    return [TodayRow(TodayKind.PAST_PROMISE, promised, True, customer_id, name, mobile, ticket_id, ticket_id,
                     number, asset_id, serial or "", last_call=last_call)
            for ticket_id, promised, customer_id, name, mobile, number, asset_id, serial, last_call in rows]


def _services_due(session: Session, day: Day) -> list[TodayRow]:
    """Periodic services due within the company's days ahead, or overdue (app.services.periodic)."""
    return [TodayRow(TodayKind.SERVICE_DUE, plan.next_due, plan.overdue, plan.customer_id, plan.customer_name,
                     plan.customer_mobile, plan.id, asset_id=plan.asset_id, serial=plan.serial, product=plan.product,
                     contract_number=plan.contract_number or "")
            for plan in due_plans(session, day.on, day.service_until)
            if plan.customer_id is not None and plan.next_due is not None]


def _past_response(session: Session, day: Day) -> list[TodayRow]:
    """Contract jobs nobody has looked at within the contract's response time."""
    return [TodayRow(TodayKind.PAST_RESPONSE, job.due.astimezone(day.zone).date(), True, job.customer_id,
                     job.customer_name, job.customer_mobile, job.ticket_id, job.ticket_id, job.ticket_number,
                     contract_number=job.contract_number)
            for job in late_jobs(session, day.now)]


def _complaints(session: Session, day: Day) -> list[TodayRow]:
    """Complaints not yet closed, from the day each was made."""
    return [TodayRow(TodayKind.COMPLAINT, complaint.opened_at.astimezone(day.zone).date(), False,
                     complaint.customer_id, complaint.customer_name, complaint.customer_mobile, complaint.id,
                     complaint.ticket_id, complaint.ticket_number or "", subject=complaint.category)
            for complaint in open_complaints_in(session)]


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


def today_rows(desk: Desk, kinds: frozenset[TodayKind] | None = None, on: date | None = None,
               now: datetime | None = None) -> list[TodayRow]:
    """The day's rows of `kinds` (all of them by default), kind by kind in `SOURCES`' order,
    the overdue first within a kind, then by their day."""
    with desk.store.read() as session:
        on = on or desk.today()
        until = on + timedelta(days=read_company_settings(session).remind_days_ahead)
        day = Day(on, now or utcnow(), desk.locale.timezone, until)
        rows = [row for kind, source in SOURCES.items() if kinds is None or kind in kinds
                for row in source(session, day)]
        spoken = {customer_id: lang for customer_id, lang in session.execute(
            select(Customer.id, Customer.language).where(Customer.language.is_not(None)))}
    rows = [replace(row, language=spoken[row.customer_id]) if row.customer_id in spoken else row for row in rows]
    rank = {kind: place for place, kind in enumerate(SOURCES)}
    return sorted(rows, key=lambda r: (rank[r.kind], not r.overdue, r.day, r.customer_name, r.record_id))


def counts(rows: list[TodayRow]) -> dict[TodayKind, int]:
    found = {kind: 0 for kind in SOURCES}
    for row in rows:
        found[row.kind] += 1
    return found

