"""Periodic service: each unit's plan, its due dates, the due list and its reminders.

Two kinds of plan, both per unit (app.domain.contracts.MaintenancePlan):
- a product plan, every `Product.maintenance_interval_months` months, first due that many
  months after the purchase (or after the last periodic service delivered), unknown while the
  purchase date is;
- a contract plan, for each unit a contract covers: the visits the contract includes,
  spread evenly over its period, each on a working day of the region, never after its end.

Every month here is counted in the company's period calendar (`period_end`); each date rule
is one function below, and everything else calls it.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Row, Select, and_, case, delete, func, literal, or_, select
from sqlalchemy.orm import Session

from app.domain.contracts import Contract, MaintenancePlan
from app.domain.kinds import Channel, TicketKind
from app.domain.people import Customer
from app.domain.tickets import Ticket
from app.domain.units import Asset, Product
from app.domain.workflow import TicketStatus
from app.errors import ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Label
from app.services.changes import Change, record_changes
from app.services.common import get_or_missing, load_for_edit, text_condition
from app.services.company import REMIND_DAYS_AHEAD, company_settings
from app.services.desk import Desk, period_end
from app.services.list_columns import COLUMN_CONTEXT, Cell, ListColumn
from app.services.listing import ListKind

if TYPE_CHECKING:
    from app.errors import Translate
    from app.locale.display import Locale
    from app.services.tickets import TicketRecord

MAX_CONTRACT_MONTHS = 1200
"""Longer than any contract: where counting a contract's whole months gives up."""


# -- the date rules -----------------------------------------------------------------------

def working_day(day: date, desk: Desk, last: date | None = None) -> date:
    """`day`, or the first working day after it when it falls on the region's weekend
    (Friday in Iran, Friday and Saturday in Saudi Arabia); when that would pass `last`, the
    last working day before `day` instead."""
    weekend = desk.locale.weekend
    if len(weekend) >= 7:
        return day
    later = day
    while later.weekday() in weekend:
        later += timedelta(days=1)
    if last is None or later <= last:
        return later
    earlier = day
    while earlier.weekday() in weekend:
        earlier -= timedelta(days=1)
    return earlier


def product_due(since: date | None, months: int, desk: Desk) -> date | None:
    """When a unit serviced (or bought) on `since` is next due: `months` months on, counted in
    the period calendar; None (unknown) when `since` is."""
    return None if since is None else period_end(since, months, desk)


def contract_visit_dates(start: date, end: date, visits: int | None, desk: Desk) -> list[date]:
    """The days a contract from `start` to `end` that includes `visits` visits plans them:
    the period cut in `visits` equal parts, a visit at the end of each (the last on the
    contract's end), each moved off the weekend (`working_day`, never past `end`).

    A contract of whole months whose months divide by the visits is cut in months of the
    period calendar (4 visits in 12 months: every 3 months); any other in days. None or 0
    visits plan none."""
    if not visits or visits < 0 or end < start:
        return []
    months = _whole_months(start, end, desk)
    if months is not None and months % visits == 0:
        step = months // visits
        planned = [period_end(start, step * k, desk) for k in range(1, visits + 1)]
    else:
        span = (end - start).days
        planned = [start + timedelta(days=round(span * k / visits)) for k in range(1, visits + 1)]
    return [working_day(day, desk, last=end) for day in planned]


def _whole_months(start: date, end: date, desk: Desk) -> int | None:
    """The number of months from `start` that end exactly on `end`, None if none does."""
    for months in range(1, MAX_CONTRACT_MONTHS + 1):
        reached = period_end(start, months, desk)
        if reached >= end:
            return months if reached == end else None
    return None


def remind_until(desk: Desk, on: date, ahead_days: int | None = None) -> date:
    """The last due day listed as due on `on`: `ahead_days` later (None: the company's setting)."""
    if ahead_days is None:
        ahead_days = company_settings(desk).remind_days_ahead
    low, high = REMIND_DAYS_AHEAD
    if not low <= ahead_days <= high:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter a whole number from {low} to {high}."),
                              field="ahead_days", low=desk.locale.digits(low), high=desk.locale.digits(high))
    return on + timedelta(days=ahead_days)


# -- keeping plans ------------------------------------------------------------------------

def schedule_contract_service(session: Session, desk: Desk, contract: Contract) -> None:
    """Give each unit `contract` covers its plan of the contract's visits (replacing the dates
    of a plan it had, keeping the count of visits delivered); a unit no longer covered, or a
    contract whose visits are all delivered or not limited, plans no more visits."""
    dates = contract_visit_dates(contract.start_date, contract.end_date, contract.visits_included, desk)
    plans = {plan.asset_id: plan for plan in session.scalars(
        select(MaintenancePlan).where(MaintenancePlan.contract_id == contract.id))}
    for asset in contract.assets:
        plan = plans.pop(asset.id, None)
        if plan is None:
            plan = MaintenancePlan(asset_id=asset.id, contract_id=contract.id,
                                   visits_done=_services_between(session, desk, asset.id, contract.start_date,
                                                                 contract.end_date))
            session.add(plan)
        _next_visit(plan, dates)
    for plan in plans.values():
        plan.active = False


def _services_between(session: Session, desk: Desk, asset_id: int, first: date, last: date) -> int:
    """How many periodic-service tickets of the unit were delivered from day `first` to `last`
    (days at the service unit): a contract signed after them counts them as its visits."""
    zone = desk.locale.timezone
    return session.scalar(select(func.count(Ticket.id)).where(
        Ticket.asset_id == asset_id, Ticket.kind == TicketKind.PERIODIC_SERVICE.value,
        Ticket.status != TicketStatus.CANCELLED.value,
        Ticket.delivered_at >= datetime.combine(first, time(0), zone),
        Ticket.delivered_at < datetime.combine(last + timedelta(days=1), time(0), zone))) or 0


def _next_visit(plan: MaintenancePlan, dates: Sequence[date]) -> None:
    """A contract plan after `plan.visits_done` visits: due on the next planned one, done after the last."""
    done = plan.visits_done or 0
    plan.interval_months = None
    plan.next_due = dates[done] if done < len(dates) else None
    plan.active = done < len(dates)


def ensure_unit_plan(session: Session, desk: Desk, asset: Asset) -> MaintenancePlan | None:
    """The unit's product plan as its product says: made when missing (due from the last
    periodic service delivered, else from the purchase), its dates counted again when the
    interval changed or the due date was unknown; stopped when the product has no interval."""
    interval = asset.product.maintenance_interval_months
    plan = session.scalars(select(MaintenancePlan).where(
        MaintenancePlan.asset_id == asset.id, MaintenancePlan.contract_id.is_(None))
        .order_by(MaintenancePlan.id)).first()
    if not interval:
        if plan is not None:
            plan.active = False
        return plan
    if plan is None:
        plan = MaintenancePlan(asset_id=asset.id, interval_months=interval, visits_done=0, active=True)
        session.add(plan)
        recount = True
    else:
        recount = plan.interval_months != interval or plan.next_due is None or not plan.active
        plan.interval_months, plan.active = interval, True
    if recount:
        plan.last_done = plan.last_done or last_periodic_service(session, desk, asset.id)
        plan.next_due = product_due(plan.last_done or asset.purchase_date, interval, desk)
    return plan


def last_periodic_service(session: Session, desk: Desk, asset_id: int) -> date | None:
    """The day (at the service unit) the unit's last periodic-service ticket was delivered."""
    delivered = session.scalar(
        select(Ticket.delivered_at).where(
            Ticket.asset_id == asset_id, Ticket.kind == TicketKind.PERIODIC_SERVICE.value,
            Ticket.status != TicketStatus.CANCELLED.value, Ticket.delivered_at.is_not(None))
        .order_by(Ticket.delivered_at.desc()).limit(1))
    return None if delivered is None else delivered.astimezone(desk.locale.timezone).date()


def sync_product_plans(desk: Desk) -> int:
    """Bring every unit in use up to its product's plan (`ensure_unit_plan`): what a new
    interval, a purchase date given later or an older database needs. Returns how many
    units' plans were made, counted again or stopped. Writes only when one needs it: a
    write would wait for the lock a running import holds."""
    with desk.store.read() as session:
        if session.scalar(select(_stale_units().exists())) is not True:
            return 0
    with desk.store.write() as session:
        return sync_product_plans_in(session, desk)


def _stale_units() -> Select:
    """Units in use whose product plan is missing, unknown, of another interval, or running
    while their product has no interval."""
    interval = Product.maintenance_interval_months
    own_plan = and_(MaintenancePlan.asset_id == Asset.id, MaintenancePlan.contract_id.is_(None),
                    MaintenancePlan.active.is_(True))
    current = select(MaintenancePlan.id).where(own_plan, MaintenancePlan.next_due.is_not(None),
                                               MaintenancePlan.interval_months == interval).exists()
    running = select(MaintenancePlan.id).where(own_plan).exists()
    return (select(Asset).join(Product, Product.id == Asset.product_id)
            .where(Asset.archived_at.is_(None),
                   or_(and_(interval > 0, ~current), and_(or_(interval.is_(None), interval <= 0), running))))


def sync_product_plans_in(session: Session, desk: Desk) -> int:
    """`sync_product_plans` inside a transaction already open (the demo's)."""
    changed = 0
    for asset in session.scalars(_stale_units().order_by(Asset.id)).all():
        plan = ensure_unit_plan(session, desk, asset)
        changed += plan is not None and (plan in session.new or session.is_modified(plan))
    session.flush()
    return changed


def drop_unused_plan(session: Session, asset_id: int) -> None:
    """Delete the unit's product plan when no service was delivered under it: made from the
    unit's own purchase date, it holds nothing of its own (a unit registered by mistake is
    deleted with it; a date moved since is in the unit's history)."""
    session.execute(delete(MaintenancePlan).where(
        MaintenancePlan.asset_id == asset_id, MaintenancePlan.contract_id.is_(None),
        MaintenancePlan.last_done.is_(None), MaintenancePlan.visits_done == 0))


def service_delivered(session: Session, desk: Desk, ticket: Ticket) -> None:
    """A periodic-service ticket handed back: each plan of its unit is done today; a product
    plan is next due its interval later, a contract plan on its next planned visit."""
    if ticket.kind != TicketKind.PERIODIC_SERVICE.value or ticket.asset_id is None:
        return
    asset = session.get(Asset, ticket.asset_id)
    ensure_unit_plan(session, desk, asset)
    day = desk.today()
    for plan in session.scalars(select(MaintenancePlan).where(
            MaintenancePlan.asset_id == asset.id, MaintenancePlan.active.is_(True))):
        plan.last_done = day
        plan.visits_done = (plan.visits_done or 0) + 1
        if plan.contract_id is None:
            plan.next_due = product_due(day, plan.interval_months or 0, desk)
        else:
            contract = session.get(Contract, plan.contract_id)
            _next_visit(plan, contract_visit_dates(contract.start_date, contract.end_date,
                                                   contract.visits_included, desk))


def move_due_date(desk: Desk, plan_id: int, version: int, new_date: date | None, reason: str) -> PlanRow:
    """Move a unit's next periodic service to `new_date`, saying why; the unit's history
    keeps the move and the reason. A contract's visit stays within the contract."""
    reason = desk.text(reason)
    if new_date is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the new due date."), field="new_date")
    if not reason:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the due date moves."), field="reason")
    with desk.store.write() as session:
        plan = load_for_edit(session, MaintenancePlan, plan_id, version)
        if not plan.active or plan.asset_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This unit has no periodic service to move."))
        if plan.contract_id is not None:
            contract = get_or_missing(session, Contract, plan.contract_id)
            if not contract.start_date <= new_date <= contract.end_date:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Contract {number} runs from {start} to {end}; "
                                                "its visit must be on one of those days."),
                    field="new_date", number=contract.number, start=desk.locale.date(contract.start_date),
                    end=desk.locale.date(contract.end_date))
        before = plan.next_due
        plan.next_due = new_date
        asset = session.get(Asset, plan.asset_id)
        record_changes(session, desk.actor.id, [
            Change("next_due", before.isoformat() if before else "", new_date.isoformat()),
            Change("reason", "", reason)], customer_id=asset.customer_id, asset_id=asset.id)
        session.flush()
        return _one(session, plan.id, desk.today())


def open_service_ticket(desk: Desk, plan_id: int, fault: str) -> TicketRecord:
    """Open the periodic-service ticket of a plan's unit, for its owner, with `fault` (the
    standard text the screen words): the coverage decision is made as at any intake."""
    # tickets.py calls service_delivered from here: imported when used, not at import
    from app.services.tickets import TicketInput, open_ticket

    with desk.store.read() as session:
        plan = get_or_missing(session, MaintenancePlan, plan_id)
        asset = get_or_missing(session, Asset, plan.asset_id) if plan.asset_id is not None else None
        if asset is None or asset.customer_id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The unit has no owner on record; register its "
                                                              "owner before opening a ticket."))
        asset_id, customer_id = asset.id, asset.customer_id
    return open_ticket(desk, TicketInput(customer_id=customer_id, asset_id=asset_id, channel=Channel.WALK_IN,
                                         kind=TicketKind.PERIODIC_SERVICE, fault=fault))


# -- reading plans ------------------------------------------------------------------------

class PlanState(StrEnum):
    """What the due list shows."""

    DUE = "due"
    """Due within the reminder's days ahead, or overdue."""
    OVERDUE = "overdue"
    UNKNOWN = "unknown"
    """Units whose due date cannot be known yet (no purchase date, no service)."""
    ALL = "all"


@dataclass(frozen=True, slots=True)
class PlanRow:
    id: int
    version: int
    asset_id: int
    serial: str
    product: str
    customer_id: int | None
    customer_name: str
    customer_mobile: str | None
    contract_id: int | None
    contract_number: str | None
    interval_months: int | None
    visits_done: int
    last_done: date | None
    next_due: date | None
    """None: unknown (the unit's purchase date is not on record)."""
    overdue: bool
    """Due before the day the list was read for, and not done."""


def _live(on: date) -> ColumnElement[bool]:
    """Plans still running on `on`: of a unit in use; of a contract signed (a draft promises no
    visit yet), still running then and not cancelled before the visit (a visit the contract's
    end passed is owed no more)."""
    contract_runs = and_(Contract.draft.is_(False), Contract.end_date >= on,
                         or_(Contract.cancelled_on.is_(None), MaintenancePlan.next_due < Contract.cancelled_on))
    return and_(MaintenancePlan.active.is_(True), Asset.archived_at.is_(None),
                or_(MaintenancePlan.contract_id.is_(None), contract_runs))


def _joined(statement: Select) -> Select:
    return (statement.join(Asset, Asset.id == MaintenancePlan.asset_id)
            .join(Product, Product.id == Asset.product_id)
            .outerjoin(Customer, Customer.id == Asset.customer_id)
            .outerjoin(Contract, Contract.id == MaintenancePlan.contract_id))


def _plan_columns(on: date) -> Select:
    return _joined(select(
        MaintenancePlan.id, MaintenancePlan.version, MaintenancePlan.asset_id, Asset.serial, Product.brand,
        Product.model, Asset.customer_id, Customer.name, Customer.mobile, MaintenancePlan.contract_id,
        Contract.number, MaintenancePlan.interval_months, MaintenancePlan.visits_done, MaintenancePlan.last_done,
        MaintenancePlan.next_due, case((MaintenancePlan.next_due < on, True), else_=False)))


def _plan_row(r: Row) -> PlanRow:
    return PlanRow(r[0], r[1], r[2], r[3], f"{r[4]} {r[5]}".strip(), r[6], r[7] or "", r[8], r[9], r[10], r[11],
                   r[12] or 0, r[13], r[14], bool(r[15]))


def _plan_search(text: str, session: Session | None = None) -> ColumnElement[bool] | None:
    return text_condition(text, (Asset.serial_norm, ("serial",)), (Customer.name_norm, ("fold",)),
                          (Customer.mobile_key, ("digits",)), (Contract.number, ("serial", "fold")),
                          session=session)


def _plan_filters(desk: Desk, name: str, value: Any) -> ColumnElement[bool]:
    today = desk.today()
    if name == "running":
        return _live(today) if value else literal(True)
    if name != "state":
        raise KeyError(name)
    match PlanState(value):
        case PlanState.DUE:
            return MaintenancePlan.next_due <= remind_until(desk, today)
        case PlanState.OVERDUE:
            return MaintenancePlan.next_due < today
        case PlanState.UNKNOWN:
            return MaintenancePlan.next_due.is_(None)
        case PlanState.ALL:
            return literal(True)


PLANS: ListKind[PlanRow] = ListKind(
    lambda desk: _plan_columns(desk.today()), _plan_search, _plan_row,
    lambda desk: (MaintenancePlan.next_due.is_(None), MaintenancePlan.next_due, MaintenancePlan.id),
    # whether a plan runs depends on its unit and contract: the count always joins them
    lambda searched: _joined(select(func.count(MaintenancePlan.id))),
    sort_columns={"due": MaintenancePlan.next_due, "serial": Asset.serial_norm, "customer": Customer.name_norm,
                  "last": MaintenancePlan.last_done},
    tiebreak=MaintenancePlan.id, filter_condition=_plan_filters, defaults={"running": True},
)
"""The due list: the soonest due (so the longest overdue) first, the unknown last."""


def _one(session: Session, plan_id: int, on: date) -> PlanRow:
    return _plan_row(session.execute(_plan_columns(on).where(MaintenancePlan.id == plan_id)).one())


def services_due(desk: Desk, on: date, ahead_days: int | None = None) -> list[PlanRow]:
    """The periodic services due on or before `ahead_days` after `on` (None: the company's
    reminder setting), the overdue first (the longest overdue first of all); a unit whose due
    date is unknown is not among them."""
    until = remind_until(desk, on, ahead_days)
    with desk.store.read() as session:
        return due_plans(session, on, until)


def due_plans(session: Session, on: date, until: date, limit: int | None = None, *,
              owned: bool = False) -> list[PlanRow]:
    """`services_due` inside a transaction already open, listing what is due by `until` (the
    first `limit`, the longest overdue first; None: all); `owned`: only units a customer owns."""
    statement = _plan_columns(on).where(*_due(on, until, owned)).order_by(
        MaintenancePlan.next_due, MaintenancePlan.id).limit(limit)
    return [_plan_row(r) for r in session.execute(statement)]


def count_due_plans(session: Session, on: date, until: date, *, owned: bool = False,
                    up_to: int | None = None) -> int:
    """How many plans `due_plans` lists without a limit (counted no further than `up_to`)."""
    due = _joined(select(MaintenancePlan.id)).where(*_due(on, until, owned)).limit(up_to)
    return session.scalar(select(func.count()).select_from(due.subquery())) or 0


def _due(on: date, until: date, owned: bool) -> tuple[ColumnElement[bool], ...]:
    due = (_live(on), MaintenancePlan.next_due <= until)
    return (*due, Asset.customer_id.is_not(None)) if owned else due


def plans_of_unit(desk: Desk, asset_id: int) -> list[PlanRow]:
    """The unit's running plans (its product's, its contracts'), the soonest due first."""
    today = desk.today()
    statement = _plan_columns(today).where(_live(today), MaintenancePlan.asset_id == asset_id).order_by(
        MaintenancePlan.next_due.is_(None), MaintenancePlan.next_due, MaintenancePlan.id)
    with desk.store.read() as session:
        return [_plan_row(r) for r in session.execute(statement)]


UNKNOWN_DUE = Label(COLUMN_CONTEXT, QT_TRANSLATE_NOOP("Columns", "Unknown: no purchase date"))
OVERDUE = Label(COLUMN_CONTEXT, QT_TRANSLATE_NOOP("Columns", "Overdue"))


def _due_text(row: PlanRow, locale: Locale, translate: Translate) -> str:
    return locale.date(row.next_due) if row.next_due is not None else translate(*UNKNOWN_DUE)


PLAN_COLUMNS: Sequence[ListColumn[PlanRow]] = (
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Due"), lambda r: r.next_due, Cell.DATE, "due", _due_text),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Overdue"), lambda r: OVERDUE if r.overdue else None, Cell.LABEL),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Serial"), lambda r: r.serial, Cell.TEXT, "serial"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Unit"), lambda r: r.product),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Customer"), lambda r: r.customer_name, Cell.TEXT, "customer"),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Mobile"), lambda r: r.customer_mobile, Cell.PHONE),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Contract"), lambda r: r.contract_number, Cell.IDENT),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Every (months)"), lambda r: r.interval_months, Cell.NUMBER),
    ListColumn(QT_TRANSLATE_NOOP("Columns", "Last service"), lambda r: r.last_done, Cell.DATE, "last"),
)
