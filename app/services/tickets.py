"""Tickets: open with the coverage decision, move through the workflow, lines, contacts."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from app.domain.base import utcnow
from app.domain.contracts import MaintenancePlan
from app.domain.coverage import Coverage, CoverageKind, LineRule, WarrantySpan, asset_coverage, line_coverage
from app.domain.kinds import Approval, Channel, EventKind, LineKind, Priority, Resolution, StockKind, TicketKind
from app.domain.numbering import Series, next_number
from app.domain.parts import Part
from app.domain.people import Customer, User
from app.domain.permissions import Action
from app.domain.resolutions import ended_as
from app.domain.tickets import Ticket, TicketEvent, TicketLine
from app.domain.units import Asset, Warranty
from app.domain.workflow import DONE_STATUSES, TicketStatus, check_move, is_rework
from app.errors import NotFound, ValidationError
from app.i18n import QT_TRANSLATE_NOOP, Ident
from app.locale.text import in_desk_letters, tidy, to_ascii_digits
from app.services.common import get_or_missing, load_for_edit
from app.services.contracts import settle_visit
from app.services.desk import Desk
from app.services.followups import schedule_after_delivery
from app.services.payments import PaymentInput, PaymentRecord, add_payment, check_estimate, exceeds_approval, owed
from app.services.periodic import service_delivered
from app.services.returns import drop_line_replacement
from app.services.search_text import refresh_ticket_search
from app.services.stock import locked_part, move_stock
from app.services.units import record_repair_warranty


@dataclass
class TicketInput:
    customer_id: int
    asset_id: int | None = None
    channel: Channel = Channel.WALK_IN
    kind: TicketKind = TicketKind.REPAIR
    fault: str = ""
    accessories: str = ""
    condition: str = ""
    priority: Priority = Priority.NORMAL
    promised_date: date | None = None
    estimate: Decimal | None = None
    assignee_id: int | None = None


@dataclass(frozen=True)
class Totals:
    """What a job cost, what coverage paid for, and what the customer pays."""

    cost: Decimal
    covered: Decimal
    due: Decimal


def totals(lines: list[TicketLine] | list[LineRecord]) -> Totals:
    cost = sum((line.quantity * line.unit_price for line in lines), Decimal(0))
    covered = sum((line.quantity * line.unit_price for line in lines if line.covered), Decimal(0))
    return Totals(cost, covered, cost - covered)


@dataclass(frozen=True)
class LineRecord:
    id: int
    kind: str
    part_id: int | None
    description: str
    quantity: Decimal
    unit_price: Decimal
    covered: bool
    coverage_rule: LineRule = LineRule.CHARGED
    """The rule the line is covered or charged by."""
    override_reason: str = ""

    @property
    def amount(self) -> Decimal:
        return self.quantity * self.unit_price


@dataclass(frozen=True)
class EventRecord:
    id: int
    kind: str
    from_status: str | None
    to_status: str | None
    text: str
    user_id: int | None
    at: datetime


@dataclass(frozen=True)
class TicketRecord:
    id: int
    version: int
    number: str
    status: TicketStatus
    customer_id: int
    customer_name: str
    customer_mobile: str | None
    asset_id: int | None
    serial: str
    product: str
    channel: str
    kind: str
    priority: str
    fault: str
    accessories: str
    condition: str
    assignee_id: int | None
    estimate: Decimal | None
    currency: str
    approval: str | None
    approval_by: str
    approval_at: datetime | None
    approval_via: str | None
    promised_date: date | None
    coverage: CoverageKind
    coverage_until: date | None
    coverage_note: str
    contract_id: int | None
    is_rework: bool
    opened_at: datetime
    delivered_at: datetime | None
    closed_at: datetime | None
    lines: tuple[LineRecord, ...]
    events: tuple[EventRecord, ...]
    payments: tuple[PaymentRecord, ...]
    resolution: Resolution | None = None
    """How the job ended (app.domain.resolutions.ended_as); None while it is open."""
    warranty: WarrantySpan | None = None
    """The warranty the coverage decision rests on."""
    warranty_claim: int | None = None
    repair_warranty: WarrantySpan | None = None
    parts_included: bool = True
    """Whether the contract the job was recorded under pays its parts too."""

    @property
    def totals(self) -> Totals:
        return totals(list(self.lines))

    @property
    def paid(self) -> Decimal:
        return sum((p.amount for p in self.payments), Decimal(0))

    @property
    def owed(self) -> Decimal:
        return owed(self.totals.due, self.payments)

    @property
    def above_estimate(self) -> bool:
        """The customer approved an estimate and the job now costs them more."""
        return exceeds_approval(self.totals.due, self.estimate, self.approval)

    @classmethod
    def of(cls, t: Ticket) -> TicketRecord:
        asset = t.asset
        return cls(
            id=t.id, version=t.version, number=t.number, status=TicketStatus(t.status),
            customer_id=t.customer_id, customer_name=t.customer.name, customer_mobile=t.customer.mobile,
            asset_id=t.asset_id, serial=asset.serial if asset else "",
            product=f"{asset.product.brand} {asset.product.model}".strip() if asset else "",
            channel=t.channel, kind=t.kind, priority=t.priority, fault=t.fault,
            accessories=t.accessories, condition=t.condition, assignee_id=t.assignee_id,
            estimate=t.estimate, currency=t.currency, approval=t.approval,
            approval_by=t.approval_by, approval_at=t.approval_at, approval_via=t.approval_via,
            promised_date=t.promised_date,
            coverage=CoverageKind(t.coverage), coverage_until=t.coverage_until,
            coverage_note=t.coverage_note, contract_id=t.contract_id, is_rework=t.is_rework,
            opened_at=t.opened_at, delivered_at=t.delivered_at, closed_at=t.closed_at,
            lines=tuple(LineRecord(l.id, l.kind, l.part_id, l.description, l.quantity,
                                   l.unit_price, l.covered, LineRule(l.coverage_rule), l.override_reason)
                        for l in t.lines),
            events=tuple(EventRecord(e.id, e.kind, e.from_status, e.to_status, e.text, e.user_id, e.at)
                         for e in t.events),
            payments=tuple(PaymentRecord(p.id, p.amount, p.method, p.paid_at, p.user_id) for p in t.payments),
            resolution=ended_as(t.resolution, t.kind, t.status),
            warranty=_span(t.warranty), warranty_claim=t.warranty_claim, repair_warranty=_span(t.repair_warranty),
            parts_included=_parts_included(t),
        )


def _span(w: Warranty | None) -> WarrantySpan | None:
    if w is None:
        return None
    return WarrantySpan(w.id, w.start_date, w.end_date, w.voided_on, w.void_reason, w.kind, w.rule, w.claim_limit,
                        w.claims_used, w.sold_on, w.ticket_number, w.part_ids)


def recorded_coverage(record: TicketRecord) -> Coverage:
    """The coverage decision recorded at intake, as the domain's Coverage (for its words)."""
    return _recorded(CoverageKind(record.coverage), record.coverage_until, record.coverage_note, record.contract_id,
                     record.warranty, record.warranty_claim, record.repair_warranty, record.parts_included)


def ticket_coverage(ticket: Ticket) -> Coverage:
    """The same decision, from the ticket's row (what its lines are covered by)."""
    return _recorded(CoverageKind(ticket.coverage), ticket.coverage_until, ticket.coverage_note, ticket.contract_id,
                     _span(ticket.warranty), ticket.warranty_claim, _span(ticket.repair_warranty),
                     _parts_included(ticket))


def _parts_included(ticket: Ticket) -> bool:
    return ticket.contract is None or ticket.contract.parts_included is not False


def _recorded(kind: CoverageKind, until: date | None, note: str, contract_id: int | None,
              warranty: WarrantySpan | None, claim: int | None, repair: WarrantySpan | None,
              parts_included: bool = True) -> Coverage:
    beside = dict(repair_warranty_id=repair.id, ticket_number=repair.ticket_number,
                  repair_parts=repair.part_ids) if repair is not None else {}
    if kind is CoverageKind.WARRANTY and warranty is not None:
        own = dict(ticket_number=warranty.ticket_number,
                   repair_parts=warranty.part_ids if warranty.kind == "repair" else frozenset())
        return Coverage(kind, until=until, warranty_id=warranty.id, warranty_kind=warranty.kind,
                        started=warranty.start_date, rule=warranty.rule, sold_on=warranty.sold_on,
                        claims_used=(claim or 1) - 1, claim_limit=warranty.claim_limit, **(own | beside))
    if kind is CoverageKind.WARRANTY:
        return Coverage(kind, until=until)
    if kind is CoverageKind.CONTRACT:
        # A contract whose visits were used up was shown at intake but did not pay.
        return Coverage(kind, until=until, contract_number=note or "—",
                        visits_left=None if contract_id is not None else 0, parts_included=parts_included, **beside)
    if kind is CoverageKind.EXPIRED:
        return Coverage(kind, ended_on=until, ended_what=note if note in ("warranty", "contract") else "")
    if kind is CoverageKind.VOID:
        return Coverage(kind, reason=note)
    return Coverage(CoverageKind.NONE)


def _load(session: Session, condition: object) -> Ticket | None:
    return session.scalars(
        select(Ticket).where(condition).options(
            selectinload(Ticket.lines), selectinload(Ticket.events), selectinload(Ticket.payments),
            selectinload(Ticket.customer),
            selectinload(Ticket.asset).selectinload(Asset.product),
            selectinload(Ticket.warranty).selectinload(Warranty.parts),
            selectinload(Ticket.warranty).selectinload(Warranty.ticket),
            selectinload(Ticket.repair_warranty).selectinload(Warranty.parts),
            selectinload(Ticket.repair_warranty).selectinload(Warranty.ticket),
            selectinload(Ticket.contract),
        )
    ).one_or_none()


def ticket_record(session: Session, ticket_id: int) -> TicketRecord:
    session.flush()
    session.expire_all()
    ticket = _load(session, Ticket.id == ticket_id)
    assert ticket is not None
    return TicketRecord.of(ticket)


def touch(ticket: Ticket) -> None:
    """A change to a ticket's lines or history is a change to the ticket: bump its version."""
    ticket.updated_at = utcnow()


def _event(session: Session, desk: Desk, ticket: Ticket | None, customer_id: int, kind: EventKind,
           text: str = "", from_status: str | None = None, to_status: str | None = None) -> None:
    session.add(TicketEvent(ticket_id=ticket.id if ticket else None, customer_id=customer_id,
                            kind=kind.value, text=text, from_status=from_status,
                            to_status=to_status, user_id=desk.actor.id, at=utcnow()))


def ticket_fault(text: str) -> str:
    """The fault as a ticket stores it; a ticket without one is refused (the job card and
    the technician start from it)."""
    fault = text.strip()
    if not fault:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write the fault the customer reports."), field="fault")
    return fault


def open_ticket(desk: Desk, data: TicketInput) -> TicketRecord:
    """Register a service request; the coverage decision of today is recorded with it."""
    fault = ticket_fault(data.fault)
    today = desk.today()
    if data.promised_date is not None and data.promised_date < today:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The promised date is in the past."),
                              field="promised_date")
    if data.estimate is not None and data.estimate < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The estimate cannot be negative."),
                              field="estimate")
    with desk.store.write() as session:
        customer = get_or_missing(session, Customer, data.customer_id)
        ticket = Ticket(
            number=next_number(session, Series.TICKET, desk.numbering_year(today)),
            customer_id=customer.id, channel=Channel(data.channel).value,
            kind=TicketKind(data.kind).value, priority=Priority(data.priority).value,
            status=TicketStatus.RECEIVED.value, fault=in_desk_letters(fault, desk.locale.lang),
            accessories=desk.text(data.accessories), condition=desk.text(data.condition),
            promised_date=data.promised_date, estimate=data.estimate,
            currency=desk.locale.currency, assignee_id=data.assignee_id,
            opened_by_id=desk.actor.id, opened_at=utcnow(),
        )
        if data.asset_id is not None:
            decide_coverage(session, ticket, get_or_missing(session, Asset, data.asset_id), today)
        session.add(ticket)
        session.flush()
        _event(session, desk, ticket, customer.id, EventKind.STATUS, to_status=ticket.status)
        refresh_ticket_search(session, ticket_id=ticket.id)
        return ticket_record(session, ticket.id)


def decide_coverage(session: Session, ticket: Ticket, asset: Asset, on: date) -> None:
    """Record on `ticket` the coverage of `asset` on day `on`; a contract that pays records the
    job under it, and a repair or periodic service uses one of its visits (settle_visit); a
    warranty that pays uses one of its claims."""
    decision = asset_coverage(asset, on)
    ticket.asset_id = asset.id
    ticket.coverage = decision.kind.value
    ticket.coverage_until = decision.until or decision.ended_on
    ticket.coverage_note = decision.note
    ticket.repair_warranty_id = decision.repair_warranty_id
    ticket.warranty_id, ticket.warranty_claim = None, None
    if decision.kind is CoverageKind.CONTRACT and decision.covered:
        ticket.contract_id = decision.contract_id
        settle_visit(session, ticket, on)
    if decision.kind is CoverageKind.WARRANTY:
        warranty = session.get(Warranty, decision.warranty_id)
        ticket.warranty_id, ticket.warranty_claim = warranty.id, warranty.claims_used + 1
        if decision.covered and warranty.claim_limit is not None:
            # Counted only where there is a limit: an unlimited warranty's record stays untouched.
            warranty.claims_used += 1


def release_claim(session: Session, ticket: Ticket) -> None:
    """Give back the warranty claim the job used (it is cancelled, or its unit changed); its
    contract visit is settled by app.services.contracts.settle_visit."""
    if _counted_claim(ticket):
        warranty = session.get(Warranty, ticket.warranty_id)
        warranty.claims_used = max(warranty.claims_used - 1, 0)


def reclaim_claim(session: Session, ticket: Ticket) -> None:
    """A cancellation undone: the job uses its warranty claim again."""
    if _counted_claim(ticket):
        session.get(Warranty, ticket.warranty_id).claims_used += 1


def _counted_claim(ticket: Ticket) -> bool:
    return (ticket.warranty is not None and ticket.warranty.claim_limit is not None
            and ticket.coverage == CoverageKind.WARRANTY.value and ticket_coverage(ticket).covered)


def open_tickets_on_unit(desk: Desk, asset_id: int) -> list[tuple[str, TicketStatus]]:
    """(number, status) of the unit's tickets not yet done, oldest first: a unit already in
    the workshop should not get a second job by accident."""
    with desk.store.read() as session:
        rows = session.execute(select(Ticket.number, Ticket.status).where(
            Ticket.asset_id == asset_id, Ticket.status.not_in([s.value for s in DONE_STATUSES]))
            .order_by(Ticket.opened_at, Ticket.id))
        return [(number, TicketStatus(status)) for number, status in rows]


def get_ticket(desk: Desk, ticket_id: int) -> TicketRecord:
    with desk.store.read() as session:
        ticket = _load(session, Ticket.id == ticket_id)
        if ticket is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That record no longer exists."))
        return TicketRecord.of(ticket)


def find_ticket(desk: Desk, number: str) -> TicketRecord:
    """The ticket with this number, typed in any digits (what a scanned job card gives)."""
    with desk.store.read() as session:
        ticket = _load(session, Ticket.number == to_ascii_digits(tidy(number)))
        if ticket is None:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no ticket number {number}."),
                           number=number)
        return TicketRecord.of(ticket)


def next_service_due(desk: Desk, ticket: TicketRecord, on: date) -> date | None:
    """The next periodic service of the ticket's unit, or of the contract that covered the job:
    the earliest date an active plan has due on or after `on`; None when there is none."""
    owners = [MaintenancePlan.asset_id == ticket.asset_id] if ticket.asset_id is not None else []
    if ticket.contract_id is not None:
        owners.append(MaintenancePlan.contract_id == ticket.contract_id)
    if not owners:
        return None
    with desk.store.read() as session:
        return session.scalar(select(func.min(MaintenancePlan.next_due)).where(
            or_(*owners), MaintenancePlan.active.is_(True), MaintenancePlan.next_due >= on))


def move_ticket(desk: Desk, ticket_id: int, version: int, target: TicketStatus, note: str = "",
                payment: PaymentInput | None = None) -> TicketRecord:
    """Move a ticket to `target` if the workflow allows it; every move is in the history.

    Delivery takes the customer's `payment` in the same transaction (None: nothing paid, all
    of it owed), and waits while the job costs more than the estimate the customer approved.
    """
    with desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        move_loaded(session, desk, ticket, target, note, payment)
        return ticket_record(session, ticket.id)


def move_loaded(session: Session, desk: Desk, ticket: Ticket, target: TicketStatus, note: str = "",
                payment: PaymentInput | None = None) -> None:
    """`move_ticket` inside a transaction already open, on a ticket loaded in it (a follow-up
    call that reopens its ticket does so in its own transaction)."""
    note = in_desk_letters(note.strip(), desk.locale.lang)
    source = ticket.status
    destination = check_move(source, target)
    if destination is TicketStatus.CANCELLED and not note:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Say why the ticket is cancelled."),
                              field="note")
    if payment is not None and destination is not TicketStatus.DELIVERED:
        raise ValueError("a payment is taken with a delivery, or by record_payment")
    now = utcnow()
    ticket.status = destination.value
    if destination is TicketStatus.DELIVERED:
        due = totals(ticket.lines).due
        check_estimate(ticket, due)
        if payment is not None:
            add_payment(session, ticket, payment, owed(due, ticket.payments), desk.actor.id)
        ticket.delivered_at = now
        schedule_after_delivery(session, ticket, desk.today())
        service_delivered(session, desk, ticket)
        record_repair_warranty(session, ticket, desk.today())
    elif destination is TicketStatus.CLOSED:
        ticket.closed_at = now
    elif destination is TicketStatus.CANCELLED:
        return_to_stock(session, desk, ticket.lines)
        settle_visit(session, ticket, desk.today())  # the job's visit goes back to its contract
        release_claim(session, ticket)
        ticket.closed_at = now
    if is_rework(destination):
        ticket.is_rework = True
        ticket.closed_at = None
    _event(session, desk, ticket, ticket.customer_id, EventKind.STATUS, note, source, destination.value)


def record_payment(desk: Desk, ticket_id: int, version: int, payment: PaymentInput) -> TicketRecord:
    """Money paid for a job apart from its delivery (what was owed, paid later)."""
    with desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        if ticket.status == TicketStatus.CANCELLED.value:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Ticket {number} is cancelled; nothing is owed."),
                                  number=Ident(ticket.number))
        if add_payment(session, ticket, payment, owed(totals(ticket.lines).due, ticket.payments),
                       desk.actor.id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the amount paid."), field="paid")
        touch(ticket)
        return ticket_record(session, ticket.id)


@dataclass
class LineInput:
    kind: LineKind
    description: str = ""
    part_id: int | None = None
    quantity: Decimal = Decimal(1)
    unit_price: Decimal | None = None
    """For labour; a part's price is always the catalogue price of the moment."""
    covered: bool | None = None
    """None: covered or charged by the rule the line falls under (`line_coverage`)."""


def add_line(desk: Desk, ticket_id: int, version: int, data: LineInput) -> TicketRecord:
    """Add a part (taken from stock, price frozen now) or labour to an open ticket."""
    if data.quantity <= 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The quantity must be more than zero."),
                              field="quantity")
    with desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        require_open(ticket)
        line = TicketLine(ticket_id=ticket.id, kind=LineKind(data.kind).value, quantity=data.quantity)
        part: Part | None = None
        if line.kind == LineKind.PART.value:
            if data.part_id is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a part."), field="part")
            part = locked_part(session, data.part_id)
            move_stock(session, desk, part, -int(data.quantity), StockKind.USED, ticket_id=ticket.id)
            line.part_id, line.unit_price = part.id, part.price
            line.description = desk.text(data.description) or part.name
        else:
            if data.unit_price is None or data.unit_price < 0:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the price of the labour."),
                                      field="unit_price")
            line.unit_price, line.description = data.unit_price, desk.text(data.description)
        covered, rule = line_coverage(ticket_coverage(ticket), part is None, part.id if part else None,
                                      part.consumable if part else False)
        if data.covered is not None and data.covered != covered:
            if data.covered:
                desk.require(Action.OVERRIDE_COVERAGE)
            covered, rule = data.covered, LineRule.OVERRIDE_COVERED if data.covered else LineRule.CHARGED
        line.covered, line.coverage_rule = covered, rule.value
        session.add(line)
        touch(ticket)
        return ticket_record(session, ticket.id)


def remove_line(desk: Desk, ticket_id: int, version: int, line_id: int) -> TicketRecord:
    """Remove a line from an open ticket; a part goes back to stock."""
    with desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        require_open(ticket)
        line = session.get(TicketLine, line_id)
        if line is None or line.ticket_id != ticket.id:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "That record no longer exists."))
        drop_line_replacement(session, ticket, line)
        return_to_stock(session, desk, [line])
        session.delete(line)
        touch(ticket)
        return ticket_record(session, ticket.id)


def record_approval(desk: Desk, ticket_id: int, version: int, approved: bool, by: str,
                    via: Channel, estimate: Decimal | None = None) -> TicketRecord:
    """The customer's answer to the estimate: who answered, how and when."""
    with desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        require_open(ticket)
        if estimate is not None:
            ticket.estimate = estimate
        if ticket.estimate is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Enter the estimate first."),
                                  field="estimate")
        ticket.approval = (Approval.APPROVED if approved else Approval.DECLINED).value
        ticket.approval_by, ticket.approval_via = tidy(by), Channel(via).value
        ticket.approval_at = utcnow()
        _event(session, desk, ticket, ticket.customer_id, EventKind.APPROVAL, ticket.approval)
        touch(ticket)
        return ticket_record(session, ticket.id)


def assign_ticket(desk: Desk, ticket_id: int, version: int, assignee_id: int | None) -> TicketRecord:
    """Give the job to a technician (None: nobody yet)."""
    with desk.store.write() as session:
        ticket = load_for_edit(session, Ticket, ticket_id, version)
        if assignee_id is not None:
            get_or_missing(session, User, assignee_id)
        ticket.assignee_id = assignee_id
        return ticket_record(session, ticket.id)


def log_contact(desk: Desk, customer_id: int, kind: EventKind, text: str,
                ticket_id: int | None = None) -> None:
    """A call, SMS, visit, email or note, in the customer's one history."""
    if kind is EventKind.STATUS or kind is EventKind.APPROVAL:
        raise ValueError("status moves and approvals are recorded by their own services")
    with desk.store.write() as session:
        customer = get_or_missing(session, Customer, customer_id)
        ticket = get_or_missing(session, Ticket, ticket_id) if ticket_id is not None else None
        _event(session, desk, ticket, customer.id, kind, in_desk_letters(text.strip(), desk.locale.lang))
        if ticket is not None:
            touch(ticket)


def require_open(ticket: Ticket) -> None:
    if TicketStatus(ticket.status) in DONE_STATUSES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Ticket {number} is finished; reopen it to change it."),
            number=ticket.number,
        )


def take_from_stock(session: Session, desk: Desk, lines: list[TicketLine]) -> None:
    """The parts of `lines` leave stock again (a cancellation undone); refused if they are gone."""
    for line in _by_part(lines):
        move_stock(session, desk, locked_part(session, line.part_id), -int(line.quantity), StockKind.USED,
                   ticket_id=line.ticket_id)


def return_to_stock(session: Session, desk: Desk, lines: list[TicketLine]) -> None:
    for line in _by_part(lines):
        move_stock(session, desk, locked_part(session, line.part_id), int(line.quantity), StockKind.RETURNED,
                   ticket_id=line.ticket_id)


def _by_part(lines: list[TicketLine]) -> list[TicketLine]:
    """The part lines, in the order of their parts: two tickets cancelled at once lock their
    parts' rows in the same order, so neither waits for the other forever (a deadlock)."""
    return sorted((line for line in lines if line.part_id is not None), key=lambda line: line.part_id)
