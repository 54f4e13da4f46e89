"""Maintenance contracts: their status, their visits (which jobs use one, what gives it back,
what happens when they are used up), renewals, cancellations and late responses."""
from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.domain.contracts import Contract, ContractDays, ContractStatus, ContractVisit, contract_status
from app.domain.coverage import CoverageKind
from app.domain.kinds import TicketKind
from app.domain.workflow import TicketStatus as S
from app.errors import ValidationError
from app.locale.calendars import Calendar, from_calendar
from app.services.contracts import (
    ContractInput,
    VisitInput,
    cancel_contract,
    contract_visits,
    create_contract,
    get_contract,
    late_contract_jobs,
    record_visit,
    renew_contract,
    renewal_terms,
    sign_contract,
    update_contract,
)
from app.services.demo import fill_demo
from app.services.ticket_corrections import TicketEdit, undo_last_move, update_ticket
from app.services.tickets import TicketInput, move_ticket, open_ticket
from app.services.units import lookup_coverage
from tests.conftest import TODAY
from tests.services.helpers import customer, unit


def jalali(y: int, m: int, d: int) -> date:
    return from_calendar(y, m, d, Calendar.JALALI)


def signed(desk, visits: int | None = 2, draft: bool = False, hours: int | None = None):
    owner = customer(desk)
    device = unit(desk, owner, purchased=date(2020, 1, 1), months=12)  # its warranty ran out long ago
    contract = create_contract(desk, ContractInput(
        customer_id=owner.id, start_date=date(2025, 1, 1), end_date=date(2025, 12, 31), asset_ids=[device.id],
        visits_included=visits, price=Decimal("40000000"), response_hours=hours, draft=draft,
        parts_included=False))
    return owner, device, contract


def job(desk, owner, device, kind: TicketKind = TicketKind.REPAIR):
    return open_ticket(desk, TicketInput(fault="صدا می‌دهد", customer_id=owner.id, asset_id=device.id, kind=kind))


# --- status -----------------------------------------------------------------------------------

START, END = date(2025, 1, 1), date(2025, 12, 31)


@pytest.mark.parametrize(("days", "on", "status"), [
    (ContractDays(True, START, END, None), date(2025, 6, 1), ContractStatus.DRAFT),
    (ContractDays(False, START, END, None), date(2024, 12, 31), ContractStatus.UPCOMING),
    (ContractDays(False, START, END, None), START, ContractStatus.ACTIVE),
    (ContractDays(False, START, END, None), END, ContractStatus.ACTIVE),
    (ContractDays(False, START, END, None), date(2026, 1, 1), ContractStatus.EXPIRED),
    (ContractDays(False, START, END, date(2025, 7, 1)), date(2025, 6, 30), ContractStatus.ACTIVE),
    (ContractDays(False, START, END, date(2025, 7, 1)), date(2025, 7, 1), ContractStatus.CANCELLED),
    (ContractDays(False, START, END, date(2025, 7, 1)), date(2027, 1, 1), ContractStatus.CANCELLED),
    (ContractDays(True, START, END, date(2025, 7, 1)), date(2025, 8, 1), ContractStatus.DRAFT),
])
def test_one_function_gives_a_contracts_status(days, on, status):
    assert contract_status(days, on) is status


def test_a_draft_covers_nothing_until_it_is_signed(desk):
    owner, device, draft = signed(desk, draft=True)
    assert draft.status is ContractStatus.DRAFT
    assert lookup_coverage(desk, device.serial).coverage.kind is CoverageKind.EXPIRED  # the old warranty
    ticket = job(desk, owner, device)
    assert ticket.coverage is not CoverageKind.CONTRACT and ticket.contract_id is None
    assert get_contract(desk, draft.id).visits_used == 0

    now_signed = sign_contract(desk, draft.id, draft.version)
    assert now_signed.status is ContractStatus.ACTIVE
    decision = lookup_coverage(desk, device.serial).coverage
    assert (decision.kind, decision.contract_number, decision.parts_included) == (
        CoverageKind.CONTRACT, draft.number, False)


# --- visits -----------------------------------------------------------------------------------

@pytest.mark.parametrize("kind", [TicketKind.REPAIR, TicketKind.PERIODIC_SERVICE])
def test_a_repair_or_a_periodic_service_uses_a_visit_recorded_with_its_job(desk, kind):
    owner, device, contract = signed(desk, visits=4)
    ticket = job(desk, owner, device, kind)
    assert ticket.contract_id == contract.id
    assert get_contract(desk, contract.id).visits_left == 3
    (visit,) = contract_visits(desk, contract.id)
    assert (visit.ticket_number, visit.visited_on) == (ticket.number, TODAY)


@pytest.mark.parametrize("kind", [TicketKind.INQUIRY, TicketKind.INSTALLATION, TicketKind.COMPLAINT])
def test_an_inquiry_installation_or_complaint_uses_no_visit(desk, kind):
    owner, device, contract = signed(desk, visits=4)
    ticket = job(desk, owner, device, kind)
    assert ticket.coverage is CoverageKind.CONTRACT and ticket.contract_id == contract.id
    assert get_contract(desk, contract.id).visits_used == 0
    assert contract_visits(desk, contract.id) == []


def test_cancelling_the_job_gives_its_visit_back_and_undoing_that_takes_it_again(desk):
    owner, device, contract = signed(desk, visits=4)
    ticket = job(desk, owner, device)
    ticket = move_ticket(desk, ticket.id, ticket.version, S.CANCELLED, "مشتری منصرف شد")
    assert get_contract(desk, contract.id).visits_used == 0
    assert contract_visits(desk, contract.id) == []
    undo_last_move(desk, ticket.id, ticket.version, "اشتباهی لغو شد")
    assert get_contract(desk, contract.id).visits_used == 1
    assert [v.ticket_id for v in contract_visits(desk, contract.id)] == [ticket.id]


def test_a_repair_corrected_to_an_inquiry_gives_its_visit_back(desk):
    owner, device, contract = signed(desk, visits=4)
    t = job(desk, owner, device)
    update_ticket(desk, t.id, t.version, TicketEdit(t.fault, t.accessories, t.condition, t.priority,
                                                    TicketKind.INQUIRY, t.channel, t.promised_date,
                                                    t.assignee_id, t.asset_id))
    assert get_contract(desk, contract.id).visits_used == 0


def test_once_the_visits_are_used_up_the_job_is_paid_and_the_banner_says_so(desk):
    owner, device, contract = signed(desk, visits=1)
    first = job(desk, owner, device)
    assert first.contract_id == contract.id
    decision = lookup_coverage(desk, device.serial).coverage
    assert not decision.covered
    banner = decision.describe(lambda _c, text: text, date.isoformat)
    assert "used up" in banner and "pays" in banner and contract.number in banner
    second = job(desk, owner, device)
    assert (second.coverage, second.contract_id) == (CoverageKind.CONTRACT, None)
    assert get_contract(desk, contract.id).visits_used == 1
    assert len(contract_visits(desk, contract.id)) == 1


def test_a_manager_records_an_on_site_visit_by_hand(desk):
    _owner, _device, contract = signed(desk, visits=2)
    after = record_visit(desk, contract.id, contract.version,
                         VisitInput(date(2025, 3, 4), desk.actor.id, "  سرویس فصلی  "))
    assert after.visits_left == 1
    (visit,) = contract_visits(desk, contract.id)
    assert (visit.visited_on, visit.ticket_id, visit.notes, visit.technician) == (
        date(2025, 3, 4), None, "سرویس فصلی", "Administrator")
    with pytest.raises(ValidationError) as refused:
        record_visit(desk, contract.id, after.version, VisitInput(date(2026, 3, 4)))
    assert refused.value.field == "visited_on"


def test_visits_used_always_counts_the_visit_records(desk):
    owner, device, contract = signed(desk, visits=None)
    tickets = [job(desk, owner, device) for _ in range(3)]
    move_ticket(desk, tickets[1].id, tickets[1].version, S.CANCELLED, "تکراری")
    with desk.store.read() as session:
        rows = session.scalar(select(func.count(ContractVisit.id)).where(ContractVisit.contract_id == contract.id))
        assert rows == session.get(Contract, contract.id).visits_used == 2


# --- renewal and cancellation ------------------------------------------------------------------

@pytest.mark.parametrize(("start", "end", "renewed"), [
    # a year from 1 Farvardin ends on 1 Farvardin (period_end): the next starts the day after
    (jalali(1403, 1, 1), jalali(1404, 1, 1), (jalali(1404, 1, 2), jalali(1405, 1, 2))),
    # six months from 31 Shahrivar end on Esfand's last day (29th in 1402); renewed from 1 Farvardin
    (jalali(1402, 6, 31), jalali(1402, 12, 29), (jalali(1403, 1, 1), jalali(1403, 7, 1))),
    # a year ending on the 30th of Esfand of a leap year
    (jalali(1402, 12, 30 - 1), jalali(1403, 12, 29), (jalali(1403, 12, 30), jalali(1404, 12, 29))),
    # a length that is not whole months: as many days again
    (date(2025, 1, 1), date(2025, 3, 15), (date(2025, 3, 16), date(2025, 5, 28))),
])
def test_renewal_starts_the_day_after_and_lasts_as_long(desk, start, end, renewed):
    owner = customer(desk)
    device = unit(desk, owner)
    old = create_contract(desk, ContractInput(customer_id=owner.id, start_date=start, end_date=end,
                                              asset_ids=[device.id]))
    assert renewal_terms(desk, old) == renewed


def test_renewing_makes_a_draft_with_the_same_terms(desk):
    _owner, device, old = signed(desk, visits=4, hours=24)
    old = update_contract(desk, old.id, old.version, replace(old.input, terms="۱. سرویس فصلی\n۲. قطعات با مشتري"))
    assert old.terms == "۱. سرویس فصلی\n۲. قطعات با مشتری", "kept on their lines, in Persian letters"
    new = renew_contract(desk, old.id)
    assert new.number != old.number and new.renewal_of_id == old.id
    assert (new.start_date, new.end_date) == (date(2026, 1, 1), date(2026, 12, 31))
    assert (new.asset_ids, new.price, new.visits_included, new.response_hours, new.parts_included) == (
        (device.id,), old.price, 4, 24, False)
    assert new.status is ContractStatus.DRAFT and new.visits_used == 0 and new.terms == old.terms
    with pytest.raises(ValidationError, match="already renewed"):  # a second click makes no second draft
        renew_contract(desk, old.id)


def test_cancelling_needs_a_reason_and_stops_cover_from_its_day(desk):
    owner, device, contract = signed(desk)
    with pytest.raises(ValidationError) as refused:
        cancel_contract(desk, contract.id, contract.version, TODAY, "  ")
    assert refused.value.field == "reason"
    cancelled = cancel_contract(desk, contract.id, contract.version, TODAY, "فروش دستگاه")
    assert (cancelled.status, cancelled.cancelled_on, cancelled.cancel_reason) == (
        ContractStatus.CANCELLED, TODAY, "فروش دستگاه")
    assert job(desk, owner, device).contract_id is None


# --- response time ------------------------------------------------------------------------------

def test_a_contract_job_not_looked_at_within_its_response_time_is_late(desk):
    owner, device, contract = signed(desk, visits=None, hours=24)
    waiting = job(desk, owner, device)
    looked_at = job(desk, owner, device)
    move_ticket(desk, looked_at.id, looked_at.version, S.DIAGNOSING)
    opened = waiting.opened_at
    assert late_contract_jobs(desk, opened + timedelta(hours=23)) == []
    (late,) = late_contract_jobs(desk, opened + timedelta(hours=25))
    assert (late.ticket_id, late.ticket_number, late.customer_name, late.customer_mobile, late.contract_number) == (
        waiting.id, waiting.number, owner.name, owner.mobile, contract.number)
    assert late.due == opened + timedelta(hours=24)


def test_a_contract_without_a_response_time_has_no_late_jobs(desk):
    owner, device, _contract = signed(desk, visits=None, hours=None)
    job(desk, owner, device)
    assert late_contract_jobs(desk, datetime.now(UTC) + timedelta(days=30)) == []


# --- demo -----------------------------------------------------------------------------------------

def test_the_demos_contracts_count_their_visit_records(desk):
    fill_demo(desk, customers=300, seed=3)
    with desk.store.read() as session:
        contracts = session.scalars(select(Contract)).all()
        assert contracts and any(not c.parts_included for c in contracts)
        for c in contracts:
            rows = session.scalar(select(func.count(ContractVisit.id)).where(ContractVisit.contract_id == c.id))
            assert c.visits_used == rows
            assert c.visits_included is None or c.visits_used <= c.visits_included
