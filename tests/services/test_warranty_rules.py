"""Warranty rules (product, category, unknown), claim limits, extended warranties sold,
repair warranties, and each ticket line covered or charged by the rule it falls under."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from app.domain.coverage import CoverageKind, LineRule
from app.domain.kinds import EventKind, LineKind, Role, WarrantyKind
from app.domain.workflow import TicketStatus
from app.errors import PermissionDenied, ValidationError
from app.i18n import Catalogue
from app.locale.calendars import Calendar, from_calendar, to_calendar
from app.services.changes import change_lines
from app.services.desk import Desk, period_end
from app.services.line_coverage import override_line_coverage
from app.services.parts import PartInput, create_part
from app.services.products import ProductInput, add_product, save_category_rule
from app.services.tickets import (
    LineInput,
    TicketInput,
    TicketRecord,
    add_line,
    move_ticket,
    open_ticket,
    recorded_coverage,
)
from app.services.units import AssetInput, lookup_coverage, register_asset, sell_extended_warranty
from tests.conftest import TODAY, make_desk
from tests.services.helpers import customer, part, unit
from tests.services.test_permissions import as_role

EN = Catalogue.load("en").translate


def words(decision) -> tuple[str, str]:
    return decision.describe(EN, date.isoformat), decision.basis(EN, date.isoformat)


def product(desk: Desk, months: int | None, category: str = "", limit: int | None = None, model: str = "M1") -> int:
    return add_product(desk, ProductInput("Snowa", model, category, months, None, limit)).id


def register(desk: Desk, product_id: int, serial: str = "SN-1", purchased: date = date(2025, 1, 10),
             months: int | None = None):
    owner = customer(desk, mobile=f"0912123{len(serial) + sum(map(ord, serial)) % 10000:04d}")
    return register_asset(desk, AssetInput(serial=serial, product_id=product_id, customer_id=owner.id,
                                           purchase_date=purchased, warranty_months=months))


def ticket_on(desk: Desk, asset) -> TicketRecord:
    return open_ticket(desk, TicketInput(customer_id=asset.customer_id, asset_id=asset.id, fault="آب نشت می‌کند"))


def deliver(desk: Desk, ticket: TicketRecord) -> TicketRecord:
    for status in (TicketStatus.IN_REPAIR, TicketStatus.READY, TicketStatus.DELIVERED):
        ticket = move_ticket(desk, ticket.id, ticket.version, status)
    return ticket


def consumable(desk: Desk, code: str = "GAS-1", name: str = "شارژ گاز") -> int:
    return create_part(desk, PartInput(code=code, name=name, price=Decimal("900000"), stock=5,
                                       consumable=True)).id


# -- rules: product over category over unknown -------------------------------------------------

def test_a_products_own_months_win_over_its_categorys(desk):
    save_category_rule(desk, "یخچال", 18, None)
    asset = register(desk, product(desk, 6, "یخچال"))
    assert asset.warranties[0].end_date == period_end(date(2025, 1, 10), 6, desk)
    assert asset.product.rule.source == "product"
    assert words(asset.coverage)[1] == "Standard warranty from purchase 2025-01-10 (product rule)"


def test_a_product_without_months_takes_its_categorys_rule(desk):
    save_category_rule(desk, "یخچال", 18, None)
    asset = register(desk, product(desk, None, "یخچال"))
    start = date(2025, 1, 10)
    assert asset.warranties[0].end_date == period_end(start, 18, desk)
    assert words(asset.coverage)[1] == "Standard warranty from purchase 2025-01-10 (category rule)"


def test_with_no_rule_no_warranty_is_made_up_and_the_clerks_months_are_taken(desk):
    pid = product(desk, None, "کولر")
    unknown = register(desk, pid)
    assert unknown.warranties == () and unknown.product.rule.months is None
    assert unknown.coverage.kind is CoverageKind.NONE
    typed = register(desk, pid, serial="SN-2", months=12)
    assert typed.warranties[0].end_date == period_end(date(2025, 1, 10), 12, desk)
    assert typed.warranties[0].rule == "", "typed by the clerk, not a rule"


def test_a_category_rule_is_a_managers(desk):
    with pytest.raises(PermissionDenied):
        save_category_rule(as_role(desk, Role.CLERK), "یخچال", 18, None)
    with pytest.raises(ValidationError):
        save_category_rule(desk, "یخچال", 18, 0)


# -- claim limits --------------------------------------------------------------------------------

def test_when_the_claims_reach_the_limit_the_job_is_paid_and_a_cancelled_claim_comes_back(desk):
    asset = register(desk, product(desk, 24, limit=2))
    first, second = ticket_on(desk, asset), ticket_on(desk, asset)
    assert recorded_coverage(second).covered
    third = ticket_on(desk, asset)
    decision = recorded_coverage(third)
    assert not decision.covered
    assert "claim limit is reached: 2 of 2" in words(decision)[0]
    third = add_line(desk, third.id, third.version, LineInput(LineKind.LABOR, "تعویض", unit_price=Decimal(500)))
    assert (third.lines[0].covered, third.lines[0].coverage_rule) == (False, LineRule.CLAIM_LIMIT)
    assert third.totals.due == Decimal(500)

    move_ticket(desk, second.id, second.version, TicketStatus.CANCELLED, "مشتری منصرف شد")
    assert lookup_coverage(desk, "SN-1").coverage.covered, "the cancelled job's claim is free again"
    assert recorded_coverage(first).covered


# -- extended warranties sold, stacked ------------------------------------------------------------

def test_an_extended_warranty_sold_starts_the_day_after_the_last_one_and_stacks(desk):
    asset = unit(desk, customer(desk))
    standard_end = asset.warranties[0].end_date
    clerk = as_role(desk, Role.CLERK)
    first = sell_extended_warranty(clerk, asset.id, 12, Decimal("12000000"), "قطعات و اجرت")
    assert first.start_date == date.fromordinal(standard_end.toordinal() + 1)
    assert (first.kind, first.price, first.sold_on) == (WarrantyKind.EXTENDED, Decimal("12000000"), TODAY)
    second = sell_extended_warranty(clerk, asset.id, 6, Decimal("5000000"), "")
    assert second.start_date == date.fromordinal(first.end_date.toordinal() + 1)
    assert second.end_date == period_end(second.start_date, 6, desk)
    coverage = lookup_coverage(desk, asset.serial, on=second.start_date).coverage
    assert words(coverage)[1] == f"Extended warranty sold on {TODAY.isoformat()}, from {second.start_date}"


def test_an_extended_warranty_sold_with_none_running_starts_on_the_sale_day(desk):
    asset = unit(desk, customer(desk), months=0)
    sold = sell_extended_warranty(desk, asset.id, 12, Decimal("1"), "")
    assert (sold.start_date, sold.end_date) == (TODAY, period_end(TODAY, 12, desk))
    with pytest.raises(ValidationError):
        sell_extended_warranty(desk, asset.id, 0, Decimal("1"), "")


def test_stacking_follows_the_jalali_month_end(store):
    """Six months from 1402/06/31 end on Esfand's last day, 1402/12/29 (1402 is not a leap
    year); the extension starts on Nowruz, 1403/01/01, and runs to 1404/01/01."""
    bought = from_calendar(1402, 6, 31, Calendar.JALALI)
    desk = make_desk(store, "fa", today=date(2024, 1, 1))
    asset = unit(desk, customer(desk), purchased=bought, months=6)
    assert to_calendar(asset.warranties[0].end_date, Calendar.JALALI) == (1402, 12, 29)
    sold = sell_extended_warranty(desk, asset.id, 12, Decimal("1"), "")
    assert to_calendar(sold.start_date, Calendar.JALALI) == (1403, 1, 1)
    assert to_calendar(sold.end_date, Calendar.JALALI) == (1404, 1, 1)


# -- repair warranties -------------------------------------------------------------------------

def test_a_delivered_repair_has_its_own_warranty_honoured_when_the_unit_returns(desk, store):
    asset = unit(desk, customer(desk), months=0)
    pump, belt = part(desk), part(desk, "BLT-1", "تسمه", "300000")
    job = ticket_on(desk, asset)
    job = add_line(desk, job.id, job.version, LineInput(LineKind.PART, part_id=pump))
    job = add_line(desk, job.id, job.version, LineInput(LineKind.LABOR, "اجرت", unit_price=Decimal(800)))
    assert not any(line.covered for line in job.lines)
    deliver(desk, job)
    repair = next(w for w in lookup_coverage(desk, asset.serial).warranties if w.kind == WarrantyKind.REPAIR)
    assert (repair.start_date, repair.end_date, repair.part_ids) == (TODAY, date(2025, 9, 13), frozenset({pump}))

    later = make_desk(store, "fa", today=date(2025, 7, 20))
    back = ticket_on(later, asset)
    decision = recorded_coverage(back)
    assert words(decision)[0] == f"Repair warranty of ticket {job.number} until 2025-09-13"
    assert words(decision)[1] == f"Repair warranty of ticket {job.number}"
    for line in (LineInput(LineKind.PART, part_id=pump), LineInput(LineKind.PART, part_id=belt),
                 LineInput(LineKind.LABOR, "اجرت", unit_price=Decimal(800))):
        back = add_line(later, back.id, back.version, line)
    assert [(l.covered, l.coverage_rule) for l in back.lines] == [
        (True, LineRule.REPAIR), (False, LineRule.CHARGED), (True, LineRule.REPAIR)]

    after = make_desk(store, "fa", today=date(2025, 9, 14))
    assert ticket_on(after, asset).coverage is CoverageKind.EXPIRED


def test_a_repair_warranty_does_not_shorten_a_running_warranty_and_covers_its_consumable(desk, store):
    asset = unit(desk, customer(desk))
    standard_end = asset.warranties[0].end_date
    gas, filter_ = consumable(desk), consumable(desk, "FLT-1", "فیلتر")
    job = ticket_on(desk, asset)
    job = add_line(desk, job.id, job.version, LineInput(LineKind.PART, part_id=gas))
    assert (job.lines[0].covered, job.lines[0].coverage_rule) == (False, LineRule.CONSUMABLE)
    deliver(desk, job)

    later = make_desk(store, "fa", today=date(2025, 7, 20))
    back = ticket_on(later, asset)
    decision = recorded_coverage(back)
    assert (decision.kind, decision.warranty_kind, decision.until) == (CoverageKind.WARRANTY, "standard", standard_end)
    assert words(decision)[1].endswith(f"and a repair warranty of ticket {job.number}")
    back = add_line(later, back.id, back.version, LineInput(LineKind.PART, part_id=gas))
    back = add_line(later, back.id, back.version, LineInput(LineKind.PART, part_id=filter_))
    back = add_line(later, back.id, back.version, LineInput(LineKind.PART, part_id=part(later)))
    assert [(l.covered, l.coverage_rule) for l in back.lines] == [
        (True, LineRule.REPAIR), (False, LineRule.CONSUMABLE), (True, LineRule.WARRANTY)]


def test_no_repair_warranty_when_the_company_gives_none(desk):
    from dataclasses import replace

    from app.services.company import company_settings, save_company_settings

    settings = company_settings(desk)
    save_company_settings(desk, replace(settings, repair_warranty_days=0), settings.version_token)
    asset = unit(desk, customer(desk), months=0)
    job = ticket_on(desk, asset)
    job = add_line(desk, job.id, job.version, LineInput(LineKind.LABOR, "اجرت", unit_price=Decimal(800)))
    deliver(desk, job)
    assert lookup_coverage(desk, asset.serial).warranties == ()


# -- a manager's override ------------------------------------------------------------------------

def test_a_manager_charges_a_covered_line_saying_why_and_the_history_says_so(desk):
    asset = unit(desk, customer(desk))
    job = ticket_on(desk, asset)
    job = add_line(desk, job.id, job.version, LineInput(LineKind.LABOR, "اجرت", unit_price=Decimal(800)))
    line = job.lines[0]
    assert (line.covered, line.coverage_rule) == (True, LineRule.WARRANTY)
    with pytest.raises(PermissionDenied):
        override_line_coverage(as_role(desk, Role.CLERK), job.id, job.version, line.id, False, "ضربه")
    with pytest.raises(ValidationError):
        override_line_coverage(desk, job.id, job.version, line.id, False, "  ")
    job = override_line_coverage(as_role(desk, Role.MANAGER), job.id, job.version, line.id, False, "آسیب فیزیکی")
    line = job.lines[0]
    assert (line.covered, line.coverage_rule, line.override_reason) == (False, LineRule.OVERRIDE_CHARGED,
                                                                        "آسیب فیزیکی")
    assert job.totals.due == Decimal(800)
    change = next(e for e in job.events if e.kind == EventKind.CHANGE)
    assert ("line_coverage", "warranty", "override_charged") in [tuple(c) for c in change_lines(change.text)]
    assert "آسیب فیزیکی" in change.text


def test_a_clerk_may_not_cover_a_line_by_hand(desk):
    asset = unit(desk, customer(desk), months=0)
    job = ticket_on(desk, asset)
    with pytest.raises(PermissionDenied):
        add_line(as_role(desk, Role.CLERK), job.id, job.version,
                 LineInput(LineKind.LABOR, "اجرت", unit_price=Decimal(800), covered=True))
