"""Realistic demo data (Persian, or Arabic for --lang ar), written in bulk.

It goes only into a database that holds no customers or tickets, so it can never mix with
real records. Every record is made through the same rules the services use (text folds,
coverage, numbering, workflow), only inserted many rows at a time.
"""
from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.orm import Session

from app.domain.base import utcnow
from app.domain.contracts import Contract, ContractVisit, consumes_visit, contract_assets
from app.domain.coverage import ContractSpan, CoverageKind, WarrantySpan, decide_coverage, line_coverage
from app.domain.followups import FollowUp
from app.domain.kinds import (
    Channel,
    EventKind,
    FollowUpKind,
    FollowUpOutcome,
    LineKind,
    PaymentMethod,
    Priority,
    Role,
    StockKind,
    TicketKind,
    WarrantyKind,
)
from app.domain.numbering import Counter, Series, format_number
from app.domain.parts import Part, StockMovement
from app.domain.people import Customer, User
from app.domain.tickets import Payment, Ticket, TicketEvent, TicketLine
from app.domain.units import Asset, Product, Warranty
from app.domain.workflow import TicketStatus as S
from app.domain.workflow import check_move
from app.errors import KhedmatError
from app.i18n import QT_TRANSLATE_NOOP
from app.locale.calendars import calendar_year
from app.locale.phone import phone_search_key
from app.locale.text import name_fold, normalize_serial
from app.services import demo_words as words
from app.services.company import read_company_settings
from app.services.desk import Desk, period_end
from app.services.periodic import schedule_contract_service, sync_product_plans_in
from app.services.search_text import refresh_ticket_search
from app.store.bulk import insert_rows

HISTORY_DAYS = 548  # tickets over the last 18 months
_TICKETS_PER_INSERT = 50_000
"""The tickets (with their history, lines, follow-ups and payments) held in memory before they
are written: a benchmark's million tickets would otherwise be ten million rows in memory."""

_PATHS: dict[S, list[S]] = {
    S.RECEIVED: [S.RECEIVED],
    S.DIAGNOSING: [S.RECEIVED, S.DIAGNOSING],
    S.AWAITING_APPROVAL: [S.RECEIVED, S.DIAGNOSING, S.AWAITING_APPROVAL],
    S.WAITING_PARTS: [S.RECEIVED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.WAITING_PARTS],
    S.IN_REPAIR: [S.RECEIVED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.IN_REPAIR],
    S.READY: [S.RECEIVED, S.DIAGNOSING, S.IN_REPAIR, S.READY],
    S.DELIVERED: [S.RECEIVED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.IN_REPAIR, S.READY, S.DELIVERED],
    S.CLOSED: [S.RECEIVED, S.DIAGNOSING, S.IN_REPAIR, S.READY, S.DELIVERED, S.CLOSED],
    S.CANCELLED: [S.RECEIVED, S.DIAGNOSING, S.AWAITING_APPROVAL, S.CANCELLED],
    S.REOPENED: [S.RECEIVED, S.DIAGNOSING, S.IN_REPAIR, S.READY, S.DELIVERED, S.REOPENED],
}
# How a job older than a month is likely to have ended, and how a recent one stands.
_OLD_STATUS = {S.CLOSED: 60, S.DELIVERED: 25, S.CANCELLED: 8, S.REOPENED: 3, S.WAITING_PARTS: 2,
               S.READY: 2}
_RECENT_STATUS = {S.RECEIVED: 14, S.DIAGNOSING: 14, S.AWAITING_APPROVAL: 10, S.WAITING_PARTS: 10,
                  S.IN_REPAIR: 16, S.READY: 12, S.DELIVERED: 14, S.CLOSED: 6, S.CANCELLED: 4}


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    assets: int
    tickets: int


def is_empty(desk: Desk) -> bool:
    with desk.store.read() as session:
        return not any(
            session.execute(select(func.count()).select_from(model)).scalar_one()
            for model in (Customer, Ticket, Asset)
        )


def _weighted(rng: random.Random, weights: dict[S, int]) -> S:
    return rng.choices(list(weights), list(weights.values()))[0]


def _mobile(rng: random.Random, region: str, used: set[str]) -> str:
    while True:
        if region == "SA":
            number = "+966" + rng.choice(words.SAUDI_MOBILE_PREFIXES) + f"{rng.randrange(10**7):07d}"
        else:
            number = "+98" + rng.choice(words.IRAN_MOBILE_PREFIXES) + f"{rng.randrange(10**7):07d}"
        if number not in used:
            used.add(number)
            return number


DEMO_STEPS = 7
"""How many steps `fill_demo` reports to its `progress` (staff, products, parts, customers,
units, contracts, tickets)."""


def fill_demo(desk: Desk, customers: int = 300, seed: int = 1, assets: int | None = None,
              tickets: int | None = None, progress: Callable[[int], None] | None = None,
              history_days: int = HISTORY_DAYS) -> DemoSummary:
    """Fill an empty database; refuses one that holds any customer, unit or ticket. The tickets
    are opened over the `history_days` before now (a benchmark's ten years: 3,650).
    `progress` hears how many of the DEMO_STEPS are done, after each one (all in one
    transaction: nothing is written until the last)."""
    if customers < 1:
        raise KhedmatError(QT_TRANSLATE_NOOP("Errors", "Ask for at least one customer."))
    if not is_empty(desk):
        raise KhedmatError(
            QT_TRANSLATE_NOOP("Errors", "This database already holds records; demo data goes only "
                                        "into an empty database.")
        )
    n_assets = assets if assets is not None else customers * 13 // 10
    n_tickets = tickets if tickets is not None else customers * 3 // 2
    with desk.store.write() as session:
        _Generator(desk, session, random.Random(seed), random.Random(f"{seed} payments"), progress,
                   history_days).run(customers, n_assets, n_tickets)
    return DemoSummary(customers, n_assets, n_tickets)


class _Generator:
    def __init__(self, desk: Desk, session: Session, rng: random.Random, cashier: random.Random,
                 progress: Callable[[int], None] | None = None, history_days: int = HISTORY_DAYS) -> None:
        self.desk, self.session, self.rng = desk, session, rng
        self.history_days = history_days
        self.cashier = cashier
        """How customers paid, drawn apart so that adding payments left the rest of the demo as it was."""
        self.followup_days = read_company_settings(session).followup_after_days
        self.progress = progress or (lambda _done: None)
        self.lang = "ar" if desk.locale.lang == "ar" else "fa"
        self.currency = desk.locale.currency
        self.cal = desk.locale.calendar
        self.today = desk.today()
        self.now = utcnow()

    def pick(self, table: dict[str, list[str]]) -> str:
        return self.rng.choice(table[self.lang])

    def run(self, n_customers: int, n_assets: int, n_tickets: int) -> None:
        staff = self.staff()
        self.progress(1)
        products = self.products()
        self.progress(2)
        parts = self.parts()
        self.progress(3)
        customer_ids = self.customers(n_customers, staff)
        self.progress(4)
        owners, warranties = self.assets(n_assets, customer_ids, products)
        self.progress(5)
        contracts = self.contracts(owners, staff)
        self.progress(6)
        self.tickets(n_tickets, owners, warranties, contracts, staff, parts)
        self.plans()
        refresh_ticket_search(self.session, everything=True)
        self.progress(DEMO_STEPS)
        if self.session.get_bind().dialect.name == "postgresql":
            for table in ("users", "customers", "products", "assets", "warranties", "contracts",
                          "contract_visits", "tickets", "ticket_lines", "ticket_events", "parts", "followups",
                          "maintenance_plans"):
                self.session.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                    f"COALESCE((SELECT MAX(id) FROM {table}), 1))"))

    def _next_id(self, model: type) -> int:
        return (self.session.execute(select(func.max(model.id))).scalar() or 0) + 1

    def staff(self) -> list[int]:
        first = self._next_id(User)
        rows = [dict(id=first + i, username=username, full_name=name,
                     role=(Role.MANAGER if username == "manager" else Role.TECHNICIAN).value,
                     active=True, created_at=self.now, updated_at=self.now)
                for i, (username, name) in enumerate(words.STAFF[self.lang])
                if not self.session.scalar(select(User.id).where(User.username == username))]
        insert_rows(self.session, User, rows)
        return [r["id"] for r in rows if r["role"] == Role.TECHNICIAN.value]

    def products(self) -> list[tuple[int, int, int | None]]:
        rows = []
        for i, (brand, model, cat_fa, cat_ar, months, interval) in enumerate(words.PRODUCTS, start=1):
            rows.append(dict(id=i, brand=brand, model=model, category=cat_fa if self.lang == "fa" else cat_ar,
                             search_norm=name_fold(f"{brand} {model}"), default_warranty_months=months,
                             maintenance_interval_months=interval, created_at=self.now, updated_at=self.now))
        insert_rows(self.session, Product, rows)
        return [(r["id"], r["default_warranty_months"], r["maintenance_interval_months"]) for r in rows]

    def parts(self) -> list[tuple[int, str, Decimal]]:
        rows = []
        for i, (code, name_fa, name_ar, irr, sar) in enumerate(words.PARTS, start=1):
            name = name_fa if self.lang == "fa" else name_ar
            price = Decimal(irr if self.currency == "IRR" else sar)
            rows.append(dict(id=i, code=code, name=name, name_norm=name_fold(name), price=price,
                             stock=self.rng.randint(0, 40), reorder_level=5, version=1,
                             created_at=self.now, updated_at=self.now))
        insert_rows(self.session, Part, rows)
        insert_rows(self.session, StockMovement, [(r["id"], r["stock"]) for r in rows if r["stock"]],
                    columns=("part_id", "quantity"), shared=dict(kind=StockKind.OPENING.value, reason="", at=self.now))
        return [(r["id"], r["name"], r["price"]) for r in rows]

    def customers(self, count: int, staff: list[int]) -> list[int]:
        rng, used, rows = self.rng, set(), []
        region = self.desk.locale.region
        for i in range(1, count + 1):
            name = f"{self.pick(words.FIRST)} {self.pick(words.LAST)}"
            if self.lang == "fa":
                # The draw that once mixed Arabic-keyboard spellings in: a seed still gives the demo it
                # gave (tests and screenshots name its tickets); a Persian desk now stores Persian letters.
                rng.random()
            mobile = _mobile(rng, region, used)
            vip = rng.random() < 0.03
            rows.append(dict(
                id=i, name=name, name_norm=name_fold(name), mobile=mobile,
                mobile_key=phone_search_key(mobile), phone="", phone_key="", email="",
                city=self.pick(words.CITIES),
                address=self.pick(words.STREETS).format(n=rng.randint(2, 90)), is_company=False,
                vip=vip, representative_id=rng.choice(staff) if vip and staff else None, notes="",
                version=1, created_at=self.now, updated_at=self.now,
            ))
        insert_rows(self.session, Customer, rows)
        return [r["id"] for r in rows]

    def assets(self, count: int, customer_ids: list[int], products: list[tuple[int, int, int | None]]
               ) -> tuple[list[int], dict[int, list[WarrantySpan]]]:
        rng = self.rng
        owners: list[int] = []
        asset_rows, warranty_rows = [], []
        warranties: dict[int, list[WarrantySpan]] = {}
        for i in range(1, count + 1):
            owner = customer_ids[i - 1] if i <= len(customer_ids) else rng.choice(customer_ids)
            product_id, months, interval = rng.choice(products)
            serial = f"{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ')}{i:08d}"
            purchased = self.today - timedelta(days=rng.randint(10, 3 * 365))
            owners.append(owner)
            asset_rows.append(dict(
                id=i, serial=serial, serial_norm=normalize_serial(serial), product_id=product_id,
                customer_id=owner, purchase_date=purchased, seller=self.pick(words.SELLERS),
                invoice_no=f"{rng.randint(1000, 99999)}", notes="", version=1,
                created_at=self.now, updated_at=self.now,
            ))
            end = period_end(purchased, months, self.desk)
            voided = purchased + timedelta(days=rng.randint(20, 200)) if rng.random() < 0.03 else None
            if voided is not None and voided > self.today:
                voided = None
            reason = self.pick(words.VOID_REASONS) if voided else ""
            warranty = WarrantySpan(len(warranty_rows) + 1, purchased, end, voided, reason)
            warranties[i] = [warranty]
            warranty_rows.append(dict(
                id=warranty.id, asset_id=i, kind=WarrantyKind.STANDARD.value, start_date=purchased,
                end_date=end, terms="", voided_on=voided, void_reason=reason, version=1,
                created_at=self.now, updated_at=self.now,
            ))
            if interval:
                # The draw that once chose which units got a plan: a seed still gives the demo it gave;
                # every unit's plan now follows the rules (`plans`, after the tickets are in).
                rng.random()
        insert_rows(self.session, Asset, asset_rows)
        insert_rows(self.session, Warranty, warranty_rows)
        return owners, warranties

    def contracts(self, owners: list[int], staff: list[int]) -> dict[int, list[ContractSpan]]:
        """About one customer in thirty has an AMC over their units; some have run out, and one
        ending within a month is offered again as a draft renewal. Some of the visits were made
        on site without a job; the jobs use the rest (`tickets`)."""
        rng = self.rng
        by_owner: dict[int, list[int]] = defaultdict(list)
        for asset_id, owner in enumerate(owners, start=1):
            by_owner[owner].append(asset_id)
        chosen = [c for c in by_owner if rng.random() < 1 / 30]
        contracts: dict[int, list[ContractSpan]] = defaultdict(list)
        rows, links, visits_rows, counters = [], [], [], defaultdict(int)
        self.visits_left: dict[int, int | None] = {}
        """Each contract's visits still to use, as the jobs use them in the order they came in."""

        def add(customer_id: int, start: date, end: date, price: Decimal, visits: int | None, parts: bool,
                hours: int, draft: bool = False, renewal_of: int | None = None) -> int:
            number_id = len(rows) + 1
            year = calendar_year(start, self.cal)
            counters[year] += 1
            number = format_number(Series.CONTRACT, year, counters[year])
            rows.append(dict(id=number_id, number=number, customer_id=customer_id, start_date=start,
                             end_date=end, price=price, currency=self.currency, visits_included=visits,
                             visits_used=0, response_hours=hours, terms=self.pick(words.CONTRACT_TERMS),
                             parts_included=parts, draft=draft, renewal_of_id=renewal_of, cancel_reason="",
                             version=1, created_at=self.now, updated_at=self.now))
            span = ContractSpan(number_id, number, start, end, None, visits, draft, parts)
            for asset_id in by_owner[customer_id]:
                links.append(dict(contract_id=number_id, asset_id=asset_id))
                contracts[asset_id].append(span)
            self.visits_left[number_id] = visits
            return number_id

        for customer_id in chosen:
            start = self.today - timedelta(days=rng.randint(0, 500))
            end = period_end(start, 12, self.desk)
            visits = rng.choice([2, 4, 6, None])
            price = Decimal(rng.randrange(20, 120) * (1_000_000 if self.currency == "IRR" else 50))
            parts, hours = rng.random() < 0.6, rng.choice([24, 48, 72])
            contract_id = add(customer_id, start, end, price, visits, parts, hours)
            for _ in range(rng.randint(0, (visits or 4) // 2)):
                day = start + timedelta(days=rng.randint(0, max((min(end, self.today) - start).days, 0)))
                visits_rows.append(dict(contract_id=contract_id, visited_on=day,
                                        technician_id=rng.choice(staff) if staff else None, ticket_id=None,
                                        notes=self.pick(words.VISIT_NOTES), created_at=self.now,
                                        updated_at=self.now))
                if visits is not None:
                    self.visits_left[contract_id] = max((self.visits_left[contract_id] or 0) - 1, 0)
            if self.today <= end <= self.today + timedelta(days=30):
                renewal_start = end + timedelta(days=1)
                add(customer_id, renewal_start, period_end(renewal_start, 12, self.desk), price, visits, parts,
                    hours, draft=True, renewal_of=contract_id)
        insert_rows(self.session, Contract, rows)
        insert_rows(self.session, contract_assets, links)
        self.contract_visits = visits_rows
        self._set_counters(Series.CONTRACT, counters)
        return contracts

    def plans(self) -> None:
        """Each unit's periodic service as the rules give it: its product's plan from the last
        periodic service delivered (else the purchase), each contract's visits spread over it."""
        self.session.flush()
        sync_product_plans_in(self.session, self.desk)
        for contract in self.session.scalars(select(Contract).order_by(Contract.id)):
            schedule_contract_service(self.session, self.desk, contract)
        self.session.flush()

    def _set_counters(self, series: Series, counters: dict[int, int]) -> None:
        insert_rows(self.session, Counter, [dict(series=series.value, year=y, last=n) for y, n in counters.items()])

    def tickets(self, count: int, owners: list[int], warranties: dict[int, list[WarrantySpan]],
                contracts: dict[int, list[ContractSpan]], staff: list[int],
                parts: list[tuple[int, str, Decimal]]) -> None:
        rng = self.rng
        opened_dates = sorted(self.now - timedelta(days=rng.uniform(0, self.history_days)) for _ in range(count))
        counters: dict[int, int] = defaultdict(int)
        tickets, lines, events, followups, payments = [], [], [], [], []
        labour_low, labour_high, labour_step = words.LABOUR_PRICE[self.currency]
        for ticket_id, opened in enumerate(opened_dates, start=1):
            asset_id = rng.randint(1, len(owners))
            customer_id = owners[asset_id - 1]
            opened_day = opened.date()
            decision = decide_coverage(warranties[asset_id], [
                c._replace(visits_left=self.visits_left[c.id]) for c in contracts.get(asset_id, [])], opened_day)
            age_days = (self.now - opened).days
            target = _weighted(rng, _OLD_STATUS if age_days > 30 else _RECENT_STATUS)
            path = _PATHS[target]
            year = calendar_year(opened_day, self.cal)
            counters[year] += 1
            covered = decision.covered
            kind = rng.choices(list(TicketKind), [70, 8, 10, 7, 5, 0])[0]
            contract_id = decision.contract_id if decision.kind is CoverageKind.CONTRACT and covered else None
            estimate = None
            if S.AWAITING_APPROVAL in path:
                estimate = Decimal(rng.randrange(labour_low, labour_high, labour_step))
            step_at = opened
            moments = []
            for _ in path:
                moments.append(step_at)
                step_at = min(step_at + timedelta(hours=rng.uniform(2, 60)), self.now)
            delivered_at = moments[path.index(S.DELIVERED)] if S.DELIVERED in path else None
            closed_at = moments[-1] if target in (S.CLOSED, S.CANCELLED) else None
            approval = (None if estimate is None or target is S.AWAITING_APPROVAL  # not answered yet
                        else "declined" if target is S.CANCELLED else "approved")
            tickets.append(dict(
                id=ticket_id, number=format_number(Series.TICKET, year, counters[year]),
                customer_id=customer_id, asset_id=asset_id,
                contract_id=contract_id, channel=rng.choice(list(Channel)).value, kind=kind.value,
                priority=rng.choices(list(Priority), [10, 70, 15, 5])[0].value, status=target.value,
                fault=self.pick(words.FAULTS), accessories=self.pick(words.ACCESSORIES),
                condition=self.pick(words.CONDITIONS), assignee_id=rng.choice(staff) if staff else None,
                opened_by_id=None, estimate=estimate, currency=self.currency, approval=approval,
                approval_by="",
                approval_at=moments[path.index(S.AWAITING_APPROVAL) + 1] if approval else None,  # the answer moved it on
                approval_via=Channel.PHONE.value if approval else None,
                promised_date=opened_day + timedelta(days=rng.randint(2, 10)),
                coverage=decision.kind.value, coverage_until=decision.until or decision.ended_on,
                coverage_note=decision.note,
                is_rework=target is S.REOPENED, opened_at=opened, delivered_at=delivered_at,
                closed_at=closed_at, search_norm="", version=1, created_at=opened, updated_at=moments[-1],
            ))
            if contract_id is not None and consumes_visit(kind) and target is not S.CANCELLED:
                self.contract_visits.append(dict(contract_id=contract_id, visited_on=opened_day,
                                                 technician_id=tickets[-1]["assignee_id"], ticket_id=ticket_id,
                                                 notes="", created_at=opened, updated_at=opened))
                if self.visits_left[contract_id] is not None:
                    self.visits_left[contract_id] -= 1
            previous = None
            for status, at in zip(path, moments, strict=True):
                if previous is not None:
                    check_move(previous, status)
                events.append(dict(ticket_id=ticket_id, customer_id=customer_id, kind=EventKind.STATUS.value,
                                   from_status=previous.value if previous else None, to_status=status.value,
                                   text="", user_id=None, at=at))
                previous = status
            if rng.random() < 0.3:
                events.append(dict(ticket_id=ticket_id, customer_id=customer_id, kind=EventKind.CALL.value,
                                   from_status=None, to_status=None, text="", user_id=None,
                                   at=moments[min(1, len(moments) - 1)]))
            first_line = len(lines)
            if S.IN_REPAIR in path and target is not S.CANCELLED:
                for _ in range(rng.choice([0, 1, 1, 2])):
                    part_id, part_name, price = rng.choice(parts)
                    part_covered, rule = line_coverage(decision, False, part_id)
                    lines.append(dict(ticket_id=ticket_id, kind=LineKind.PART.value, part_id=part_id,
                                      description=part_name, quantity=Decimal(1), unit_price=price,
                                      covered=part_covered, coverage_rule=rule.value, created_at=opened,
                                      updated_at=opened))
                labour_covered, rule = line_coverage(decision, True)
                lines.append(dict(ticket_id=ticket_id, kind=LineKind.LABOR.value, part_id=None,
                                  description=words.LABOUR[self.lang], quantity=Decimal(1),
                                  unit_price=Decimal(rng.randrange(labour_low, labour_high, labour_step)),
                                  covered=labour_covered, coverage_rule=rule.value, created_at=opened,
                                  updated_at=opened))
            if delivered_at is not None:
                followups.append(self._followup(ticket_id, customer_id, delivered_at))
                payments.extend(self._paid(ticket_id, lines[first_line:], opened, delivered_at))
            if len(tickets) == _TICKETS_PER_INSERT:
                self._write_tickets(tickets, events, lines, followups, payments)
        self._write_tickets(tickets, events, lines, followups, payments)
        insert_rows(self.session, ContractVisit, self.contract_visits)
        self.session.execute(update(Contract).values(visits_used=select(func.count(ContractVisit.id)).where(
            ContractVisit.contract_id == Contract.id).scalar_subquery()))
        self._set_counters(Series.TICKET, counters)

    def _write_tickets(self, *batches: list[dict[str, Any]]) -> None:
        """Write the tickets made so far with what belongs to them, and let them go."""
        for model, rows in zip((Ticket, TicketEvent, TicketLine, FollowUp, Payment), batches, strict=True):
            insert_rows(self.session, model, rows)
            rows.clear()

    def _paid(self, ticket_id: int, lines: list[dict[str, Any]], opened: datetime,
              delivered_at: datetime) -> list[dict[str, Any]]:
        """What the customer paid at the counter for a job handed back: its charged `lines`, in
        one payment (now and then an advance at intake and the rest at delivery)."""
        due = sum((line["quantity"] * line["unit_price"] for line in lines if not line["covered"]), Decimal(0))
        if not due:
            return []
        rng = self.cashier
        method = rng.choice(list(PaymentMethod)).value
        row = dict(ticket_id=ticket_id, currency=self.currency, method=method, user_id=None, note="",
                   paid_at=delivered_at, created_at=delivered_at, updated_at=delivered_at)
        if rng.random() < 0.15:
            advance = (due / 2).quantize(Decimal(1))
            return [row | dict(amount=advance, paid_at=opened, created_at=opened, updated_at=opened),
                    row | dict(amount=due - advance)]
        return [row | dict(amount=due)]

    def _followup(self, ticket_id: int, customer_id: int, delivered_at: datetime) -> dict[str, Any]:
        rng = self.rng
        due = delivered_at.date() + timedelta(days=self.followup_days)
        done = due < self.today - timedelta(days=2) and rng.random() < 0.85
        csat = rng.choices([1, 2, 3, 4, 5], [3, 5, 12, 35, 45])[0] if done else None
        return dict(
            customer_id=customer_id, ticket_id=ticket_id, kind=FollowUpKind.AFTER_DELIVERY.value,
            due_date=due, done_at=datetime.combine(due, time(10), UTC) if done else None,
            outcome=FollowUpOutcome.REACHED.value if done else None, csat=csat,
            nps=min(10, max(0, csat * 2 + rng.randint(-2, 1))) if csat else None,
            comment=self.pick(words.COMMENTS) if done else "", note="", problem_persists=False, user_id=None, version=1,
            created_at=delivered_at, updated_at=delivered_at,
        )
